// Answering a survey: open, inside its dates, addressed to the caller, once per account, answers
// that fit the questions. For an anonymous survey the answer is stored without the person; only the
// participation mark (a separate row) knows that this account has answered.
import { and, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.js';
import type { Db } from '../db/client.js';
import { AppError } from '../errors/app-error.js';
import type { TenantContext } from '../http/tenancy.js';
import { inAudience, respondentOf } from './audience.js';
import { checkAnswers, normalizeAnswers } from './check-answers.js';
import type { Answers } from './survey-contract.js';
import { type SurveyResponseRow, surveyParticipations, surveyResponses, surveys } from './surveys-table.js';

/** Why a survey takes no answers today, or null when it does. Pure: tested apart. */
export function answeringRefusal(
  survey: { status: string; opensOn: string; closesOn: string },
  today: string,
): AppError | null {
  if (survey.status !== 'open') return new AppError('SURVEY_NOT_OPEN');
  if (today < survey.opensOn || today > survey.closesOn) {
    return new AppError('SURVEY_OUTSIDE_WINDOW', { params: { opensOn: survey.opensOn, closesOn: survey.closesOn } });
  }
  return null;
}

export async function submitResponse(
  db: Db,
  ctx: TenantContext,
  surveyId: string,
  answers: Answers,
  today: string,
): Promise<SurveyResponseRow> {
  const who = await respondentOf(db, ctx);
  return db.transaction(async (tx) => {
    // A shared lock: closing the survey waits for answers being written, answers do not wait for each other.
    const [survey] = await tx
      .select()
      .from(surveys)
      .where(and(eq(surveys.orgId, ctx.orgId), eq(surveys.id, surveyId)))
      .for('share');
    if (!survey || survey.status === 'draft') throw new AppError('NOT_FOUND');
    if (!inAudience(survey.audience, who)) throw new AppError('SURVEY_NOT_IN_AUDIENCE');
    const refusal = answeringRefusal(survey, today);
    if (refusal) throw refusal;
    const errors = checkAnswers(survey.questions, answers);
    if (errors.length > 0) throw new AppError('VALIDATION_FAILED', { errors });
    const marked = await tx
      .insert(surveyParticipations)
      .values({ orgId: ctx.orgId, surveyId, userId: who.userId, staffId: who.staffId })
      .onConflictDoNothing()
      .returning({ id: surveyParticipations.id });
    if (marked.length === 0) throw new AppError('SURVEY_ALREADY_ANSWERED');
    const [row] = await tx
      .insert(surveyResponses)
      .values({
        orgId: ctx.orgId,
        surveyId,
        userId: survey.anonymous ? null : who.userId,
        staffId: survey.anonymous ? null : who.staffId,
        answers: normalizeAnswers(survey.questions, answers),
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    // No audit row for anonymous answers: the journal names its actor, which would undo the anonymity.
    if (!survey.anonymous) {
      await recordAudit(tx, ctx.actor, {
        orgId: ctx.orgId,
        entity: 'survey-response',
        entityId: row.id,
        action: 'create',
        after: { surveyId, staffId: who.staffId },
      });
    }
    return row;
  });
}
