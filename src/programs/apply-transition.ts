// One step of a program's life against the records: the request becomes a command of the pure
// machine (lifecycle.ts) with what the records say — the caller's own entry, the new mentor's bank
// entry, the open activities — and an accepted outcome is written: the program, the group it
// belongs to, the history and the audit. The same code runs when the curator acts and when a
// signed order applies a change that waited for it.
import { and, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.js';
import { can } from '../auth/policy.js';
import { isOpenEntry, mentors } from '../banks/banks-table.js';
import { afterWorkingDays } from '../calendar/production-calendar.js';
import type { Db } from '../db/client.js';
import { AppError, notFound } from '../errors/app-error.js';
import { callerEntries } from '../groups/group-access.js';
import { groupSnapshot } from '../groups/group-view.js';
import { groupAgreements, groups } from '../groups/groups-table.js';
import type { TenantContext } from '../http/tenancy.js';
import { formatRuDate, todayIso } from '../shared/dates.js';
import { openActivityCount } from './activities.js';
import {
  applyCommand,
  type Outcome,
  type ProgramCommand,
  type ProgramState,
  type Refusal,
  type TerminationReason,
} from './lifecycle.js';
import type { ProgramChangeRequest, TransitionInput } from './program-contract.js';
import { logEvent } from './program-log.js';
import { type ProgramRow, programs } from './programs-table.js';

/** Until an organization may allow longer programs, 12 months is the limit (§1.3). */
export const maxMonths = 12;

/** Art. 351.8: either side ends the mentoring early with this many working days' notice. */
export const noticeWorkingDays = 3;

/** What a transition asks for, as a change waiting for an order keeps it. */
export type TransitionRequest = Pick<TransitionInput, 'action'> & ProgramChangeRequest & { participantId?: string };

/** The refusals of the machine as the catalogue's errors, naming the field where there is one. */
export function refusalError(refusal: Refusal, status: string, action: string): AppError {
  const field = (path: string, message: string) => new AppError('VALIDATION_FAILED', { errors: [{ path, message }] });
  switch (refusal.code) {
    case 'ACTION_NOT_ALLOWED':
      return new AppError('PROGRAM_ACTION_NOT_ALLOWED', {
        params: { action, status, allowed: refusal.allowed.join(', ') || '—' },
      });
    case 'NOT_A_PARTICIPANT':
      return field('participantId', 'v.notParticipant');
    case 'ALREADY_AGREED':
      return new AppError('PROGRAM_ALREADY_AGREED');
    case 'CONSENT_MISSING':
      return field('allConsent', 'v.consentOfAll');
    case 'TERM_TOO_LONG':
      return field('endsOn', 'v.programTerm');
    case 'END_NOT_LATER':
      return field('endsOn', 'v.endNotLater');
    case 'SAME_MENTOR':
      return field('mentorId', 'v.sameMentor');
    case 'NEW_MENTOR_NOT_AGREED':
      return field('newMentorAgreed', 'v.newMentorAgreement');
    case 'PLAN_NOT_DONE':
      return new AppError('PROGRAM_PLAN_NOT_DONE', { params: { open: refusal.open } });
    case 'STARTS_LATER':
      return new AppError('PROGRAM_NOT_STARTED_YET', { params: { startsOn: formatRuDate(refusal.startsOn) } });
  }
}

/** Which participant agrees: the one named (the curator, from paper), else the caller's own entry. */
async function agreeingParticipant(tx: Db, ctx: TenantContext, row: ProgramRow, named: string | undefined) {
  const manages = can(ctx.roles, 'program', 'manage');
  const mine = await callerEntries(tx, ctx);
  if (named) {
    if (!manages && !mine.has(named)) throw new AppError('FORBIDDEN');
    return named;
  }
  const own = row.participants.find((p) => mine.has(p.id));
  if (!own) throw new AppError('VALIDATION_FAILED', { errors: [{ path: 'participantId', message: 'v.required' }] });
  return own.id;
}

export async function commandFor(
  tx: Db,
  ctx: TenantContext,
  row: ProgramRow,
  input: TransitionRequest,
  today: string,
): Promise<ProgramCommand> {
  const all = row.participants.map((p) => p.id);
  switch (input.action) {
    case 'agree':
      return { action: 'agree', participantId: await agreeingParticipant(tx, ctx, row, input.participantId) };
    case 'start':
      return { action: 'start', on: today };
    case 'extend':
      return { action: 'extend', endsOn: input.endsOn ?? row.endsOn, consentOf: input.allConsent ? all : [] };
    case 'correct':
      return { action: 'correct', consentOf: input.allConsent ? all : [] };
    case 'replace-mentor': {
      const refused = () =>
        new AppError('VALIDATION_FAILED', { errors: [{ path: 'mentorId', message: 'v.mentorNotAvailable' }] });
      if (!input.mentorId) throw refused();
      const [mentor] = await tx
        .select()
        .from(mentors)
        .where(and(eq(mentors.orgId, ctx.orgId), eq(mentors.id, input.mentorId), isOpenEntry(mentors.status)));
      if (mentor?.status !== 'available') throw refused();
      return {
        action: 'replace-mentor',
        mentorId: mentor.id,
        requestedBy: input.requestedBy ?? 'mentee',
        newMentorAgreed: input.newMentorAgreed ?? false,
      };
    }
    case 'terminate':
      return { action: 'terminate', reason: input.reason as TerminationReason };
    case 'approve':
    case 'complete':
      return { action: input.action };
  }
}

/** The machine's verdict on a request against the program as it is now. */
export async function judge(
  tx: Db,
  ctx: TenantContext,
  row: ProgramRow,
  input: TransitionRequest,
  today = todayIso(),
): Promise<{ command: ProgramCommand; outcome: Extract<Outcome, { ok: true }> }> {
  const state: ProgramState = {
    status: row.status,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    participants: row.participants,
    maxMonths,
    openActivities: input.action === 'complete' ? await openActivityCount(tx, ctx.orgId, row.id) : 0,
  };
  const command = await commandFor(tx, ctx, row, input, today);
  const outcome = applyCommand(state, command);
  if (!outcome.ok) throw refusalError(outcome.refusal, row.status, input.action);
  return { command, outcome };
}

/**
 * The day the mentor's supplementary agreement may end after an early end: three working days
 * after the notice on the production calendar; an end by mutual decision needs no notice.
 */
export function agreementEndsOn(reason: string | null | undefined, noticeOn: string): string {
  return reason === 'mutual' ? noticeOn : afterWorkingDays(noticeOn, noticeWorkingDays);
}

/** Writes an accepted outcome: the program, its group, the history (with the order, if one applied it). */
export async function writeOutcome(
  tx: Db,
  ctx: TenantContext,
  row: ProgramRow,
  input: TransitionRequest & { goals?: string | undefined; forms?: string[] | undefined },
  accepted: { command: ProgramCommand; outcome: Extract<Outcome, { ok: true }> },
  extra: { order?: string; noticeOn?: string } = {},
): Promise<ProgramRow> {
  const { command, outcome } = accepted;
  const corrected =
    input.action === 'correct'
      ? { ...(input.goals ? { goals: input.goals } : {}), ...(input.forms ? { forms: input.forms } : {}) }
      : {};
  const { status, endsOn, participants } = outcome.changed;
  const changes = {
    ...(status ? { status } : {}),
    ...(endsOn ? { endsOn } : {}),
    ...(participants ? { participants: [...participants] } : {}),
    ...corrected,
  };
  const [after] = await tx
    .update(programs)
    .set({ ...changes, version: sql`${programs.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(programs.orgId, ctx.orgId), eq(programs.id, row.id)))
    .returning();
  if (!after) throw notFound();
  const before = Object.fromEntries(Object.keys(changes).map((k) => [k, row[k as keyof ProgramRow]]));
  const agreementEnds =
    command.action === 'terminate'
      ? { agreementEndsOn: agreementEndsOn(input.reason, extra.noticeOn ?? todayIso()) }
      : {};
  await logEvent(tx, ctx, after.id, {
    action: input.action,
    reason: command.action === 'replace-mentor' ? `request:${command.requestedBy}` : input.reason,
    note: input.note,
    before,
    after: { ...changes, ...agreementEnds, ...(extra.order ? { order: extra.order } : {}) },
  });
  if (command.action === 'replace-mentor') await handOverGroup(tx, ctx, row, command.mentorId, input.note ?? null);
  if (status === 'completed' || status === 'terminated')
    await endGroup(tx, ctx, row.groupId, extra.order ? `Приказ ${extra.order}` : null);
  return after;
}

/** The pair goes on with the new mentor; the group's audit keeps the old one. */
async function handOverGroup(tx: Db, ctx: TenantContext, row: ProgramRow, mentorId: string, note: string | null) {
  await tx
    .update(groups)
    .set({ mentorId, version: sql`${groups.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(groups.orgId, ctx.orgId), eq(groups.id, row.groupId)));
  // The new mentor's written agreement, so they see the group as theirs from now on.
  await tx
    .insert(groupAgreements)
    .values({
      orgId: ctx.orgId,
      groupId: row.groupId,
      participantId: mentorId,
      role: 'mentor',
      decision: 'agreed',
      recordedBy: ctx.actor.userId,
      recordedByName: ctx.actor.name,
      recordedAt: new Date(),
      onPaper: true,
    })
    .onConflictDoNothing();
  await recordAudit(tx, ctx.actor, {
    orgId: ctx.orgId,
    entity: 'group',
    entityId: row.groupId,
    action: 'replace-mentor',
    before: { mentorId: row.participants.find((p) => p.role === 'mentor')?.id ?? null },
    after: { mentorId },
    reason: note,
  });
}

/** A pair whose program has ended has done its work: it ends too, and the mentor's place is free. */
async function endGroup(tx: Db, ctx: TenantContext, groupId: string, order: string | null) {
  const [before] = await tx
    .select()
    .from(groups)
    .where(and(eq(groups.orgId, ctx.orgId), eq(groups.id, groupId)))
    .for('update');
  if (!before || (before.status !== 'active' && before.status !== 'agreed')) return;
  const [after] = await tx
    .update(groups)
    .set({ status: 'ended', version: sql`${groups.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(groups.orgId, ctx.orgId), eq(groups.id, groupId)))
    .returning();
  if (!after) return;
  await recordAudit(tx, ctx.actor, {
    orgId: ctx.orgId,
    entity: 'group',
    entityId: groupId,
    action: 'end',
    before: groupSnapshot(before),
    after: groupSnapshot(after),
    reason: order,
  });
}
