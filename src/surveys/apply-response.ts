// Feeding the banks from a questionnaire (Roadmap stages 2 and 3): the curator confirms a named
// answer, and the difficulties (or competences) it chose go into the person's bank entry — a new
// one when they are not in the bank yet, through the banks' own use cases and consent checks.
import { and, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.js';
import { type MentorForm, mentorForms } from '../banks/bank-contract.js';
import { isOpenEntry, mentees, mentors } from '../banks/banks-table.js';
import { createMentee, updateMentee } from '../banks/write-mentee.js';
import { createMentor, updateMentor } from '../banks/write-mentor.js';
import type { Db } from '../db/client.js';
import { AppError, notFound } from '../errors/app-error.js';
import type { TenantContext } from '../http/tenancy.js';
import type { Answers, Question } from './survey-contract.js';
import { surveyResponses, surveys } from './surveys-table.js';

export interface BankFacts {
  difficultyIds: string[];
  forms: MentorForm[];
  capacity: number | null;
  text: string | null;
}

/** What an answer says for the banks: catalogue ids chosen, forms, capacity, the free request. Pure. */
export function bankFactsOf(questions: readonly Question[], answers: Answers): BankFacts {
  const ids: string[] = [];
  for (const q of questions) {
    const value = answers[q.id];
    const chosen = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
    for (const o of q.options ?? []) if (o.difficultyId && chosen.includes(o.id)) ids.push(o.difficultyId);
  }
  const forms = answers.forms;
  const capacity = typeof answers.capacity === 'string' ? Number(answers.capacity.replace('cap-', '')) : Number.NaN;
  const text = answers.request ?? answers.experience;
  return {
    difficultyIds: [...new Set(ids)],
    forms: Array.isArray(forms) ? mentorForms.filter((f) => forms.includes(f)) : [],
    capacity: Number.isInteger(capacity) && capacity > 0 ? capacity : null,
    text: typeof text === 'string' ? text : null,
  };
}

async function feedMenteeBank(tx: Db, ctx: TenantContext, staffId: string, facts: BankFacts, reason: string) {
  const [entry] = await tx
    .select()
    .from(mentees)
    .where(and(eq(mentees.orgId, ctx.orgId), eq(mentees.staffId, staffId), isOpenEntry(mentees.status)));
  // Named in a questionnaire, not ranked: a middle priority until the curator talks with the person.
  const fresh = facts.difficultyIds.map((id) => ({ id, priority: 2 }));
  if (!entry) {
    const data = { category: 'identified-difficulties' as const, difficulties: fresh, request: facts.text };
    return createMentee(tx, ctx, staffId, { ...data, preferredForms: facts.forms, preferredMentorIds: [] }, reason);
  }
  const known = new Set(entry.difficulties.map((d) => d.id));
  const data = {
    category: entry.category,
    difficulties: [...entry.difficulties, ...fresh.filter((d) => !known.has(d.id))],
    request: facts.text ?? entry.request,
    preferredForms: [...new Set([...entry.preferredForms, ...facts.forms])],
    preferredMentorIds: entry.preferredMentorIds,
    status: entry.status as 'searching' | 'in-program' | 'done',
  };
  return updateMentee(tx, ctx, entry.id, data, entry.version, reason);
}

async function feedMentorBank(tx: Db, ctx: TenantContext, staffId: string, facts: BankFacts, reason: string) {
  const [entry] = await tx
    .select()
    .from(mentors)
    .where(and(eq(mentors.orgId, ctx.orgId), eq(mentors.staffId, staffId), isOpenEntry(mentors.status)));
  const base = { availability: facts.text, preferredMenteeIds: [] };
  if (!entry) {
    const data = {
      ...base,
      competences: facts.difficultyIds,
      forms: facts.forms,
      capacity: facts.capacity ?? undefined,
    };
    return createMentor(tx, ctx, staffId, data, reason);
  }
  const data = {
    competences: [...new Set([...entry.competences, ...facts.difficultyIds])],
    subjects: entry.subjects,
    capacity: facts.capacity ?? entry.capacity,
    availability: entry.availability ?? facts.text,
    forms: [...new Set([...entry.forms, ...facts.forms])],
    preferredMenteeIds: entry.preferredMenteeIds,
    status: entry.status as 'available' | 'full' | 'paused' | 'released',
  };
  return updateMentor(tx, ctx, entry.id, data, entry.version, reason);
}

export async function applyResponse(db: Db, ctx: TenantContext, surveyId: string, responseId: string) {
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ response: surveyResponses, survey: surveys })
      .from(surveyResponses)
      .innerJoin(surveys, eq(surveys.id, surveyResponses.surveyId))
      .where(
        and(
          eq(surveyResponses.orgId, ctx.orgId),
          eq(surveyResponses.id, responseId),
          eq(surveyResponses.surveyId, surveyId),
        ),
      )
      .for('update', { of: surveyResponses });
    if (!found) throw notFound();
    const { response, survey } = found;
    const feedsBank = survey.kind === 'needs-assessment' || survey.kind === 'mentor-candidate';
    if (!feedsBank || survey.anonymous || !response.staffId) throw new AppError('SURVEY_KIND_MISMATCH');
    const facts = bankFactsOf(survey.questions, response.answers);
    const reason = `Анкета «${survey.title}»`;
    const bank = survey.kind === 'needs-assessment' ? ('mentees' as const) : ('mentors' as const);
    const entry =
      survey.kind === 'needs-assessment'
        ? await feedMenteeBank(tx, ctx, response.staffId, facts, reason)
        : await feedMentorBank(tx, ctx, response.staffId, facts, reason);
    const [applied] = await tx
      .update(surveyResponses)
      .set({ appliedAt: sql`now()` })
      .where(and(eq(surveyResponses.orgId, ctx.orgId), eq(surveyResponses.id, responseId)))
      .returning();
    if (!applied) throw notFound();
    await recordAudit(tx, ctx.actor, {
      orgId: ctx.orgId,
      entity: 'survey-response',
      entityId: responseId,
      action: 'apply',
      after: { surveyId, bank, entryId: entry.id },
    });
    return { response: applied, bank, entryId: entry.id };
  });
}
