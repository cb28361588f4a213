// The yearly needs campaign of §3.4 and any survey's follow-up: who of the people addressed has
// answered, and in-app reminders for those who have not. An anonymous survey shows counts only —
// the participation marks know who answered, but that stays with the once-only rule.
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.js';
import type { Db } from '../db/client.js';
import { AppError } from '../errors/app-error.js';
import type { TenantContext } from '../http/tenancy.js';
import { type AudiencePerson, audiencePeople } from './audience.js';
import { reminders } from './reminders-table.js';
import { type SurveyRow, surveyParticipations } from './surveys-table.js';

const nameOf = (p: AudiencePerson) => [p.lastName, p.firstName, p.middleName].filter(Boolean).join(' ');
const present = (p: AudiencePerson) => ({ staffId: p.staffId, name: nameOf(p), hasAccount: p.userIds.length > 0 });

async function split(db: Db, orgId: string, survey: SurveyRow) {
  const people = await audiencePeople(db, orgId, survey.audience);
  const marks = await db
    .select({ staffId: surveyParticipations.staffId, userId: surveyParticipations.userId })
    .from(surveyParticipations)
    .where(and(eq(surveyParticipations.orgId, orgId), eq(surveyParticipations.surveyId, survey.id)));
  const staffDone = new Set(marks.map((m) => m.staffId));
  const usersDone = new Set(marks.map((m) => m.userId));
  const done = (p: AudiencePerson) => staffDone.has(p.staffId) || p.userIds.some((u) => usersDone.has(u));
  return { answered: people.filter(done), pending: people.filter((p) => !done(p)) };
}

export async function surveyProgress(db: Db, orgId: string, survey: SurveyRow) {
  const { answered, pending } = await split(db, orgId, survey);
  return {
    surveyId: survey.id,
    total: answered.length + pending.length,
    answered: answered.length,
    pending: pending.length,
    answeredPeople: survey.anonymous ? null : answered.map(present),
    pendingPeople: survey.anonymous ? null : pending.map(present),
  };
}

/**
 * One unseen reminder per person who has not answered: someone who still has one from an earlier
 * round is not reminded twice, so their list does not fill with copies.
 */
export async function remindPending(db: Db, ctx: TenantContext, survey: SurveyRow): Promise<number> {
  if (survey.status !== 'open') throw new AppError('SURVEY_NOT_OPEN');
  const { pending } = await split(db, ctx.orgId, survey);
  return db.transaction(async (tx) => {
    const ids = pending.map((p) => p.staffId);
    const unseen =
      ids.length === 0
        ? []
        : await tx
            .select({ staffId: reminders.staffId })
            .from(reminders)
            .where(
              and(
                eq(reminders.orgId, ctx.orgId),
                eq(reminders.surveyId, survey.id),
                isNull(reminders.seenAt),
                inArray(reminders.staffId, ids),
              ),
            );
    const already = new Set(unseen.map((r) => r.staffId));
    const fresh = pending.filter((p) => !already.has(p.staffId));
    if (fresh.length > 0) {
      await tx.insert(reminders).values(
        fresh.map((p) => ({
          orgId: ctx.orgId,
          surveyId: survey.id,
          staffId: p.staffId,
          userId: p.userIds[0] ?? null,
        })),
      );
    }
    await recordAudit(tx, ctx.actor, {
      orgId: ctx.orgId,
      entity: 'survey',
      entityId: survey.id,
      action: 'remind',
      after: { reminded: fresh.length },
    });
    return fresh.length;
  });
}
