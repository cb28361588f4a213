// Drafting a program for a pair or group and moving it through its life. The rules are the pure
// machine of lifecycle.ts; here they meet the records: the group, the participants' own entries,
// the new mentor's bank entry, row locks, versions, the program's event log and the audit journal.
import { and, eq, inArray, notInArray, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.js';
import { can } from '../auth/policy.js';
import { isOpenEntry, mentees, mentors } from '../banks/banks-table.js';
import { shiftDays } from '../calendar/production-calendar.js';
import type { Db } from '../db/client.js';
import { AppError, notFound } from '../errors/app-error.js';
import { entriesOf, ownStaffId } from '../groups/group-access.js';
import { groupAgreements, groups } from '../groups/groups-table.js';
import type { TenantContext } from '../http/tenancy.js';
import { formatRuDate, todayIso } from '../shared/dates.js';
import { openActivityCount } from './activities.js';
import {
  applyCommand,
  type ProgramCommand,
  type ProgramState,
  type Refusal,
  type TerminationReason,
  terminalStatuses,
  termWithin,
} from './lifecycle.js';
import type { ProgramCreate, TransitionInput } from './program-contract.js';
import { type ProgramRow, programActivities, programEvents, programs } from './programs-table.js';
import { programTemplates } from './templates.js';

/** Until an organization may allow longer programs, 12 months is the limit (§1.3). */
const maxMonths = 12;

async function logEvent(
  tx: Db,
  ctx: TenantContext,
  program: ProgramRow,
  event: {
    action: string;
    reason?: string | null;
    note?: string | null;
    before?: object | null;
    after?: object | null;
  },
) {
  await tx.insert(programEvents).values({
    orgId: ctx.orgId,
    programId: program.id,
    action: event.action,
    reason: event.reason ?? null,
    note: event.note ?? null,
    before: (event.before as Record<string, unknown>) ?? null,
    after: (event.after as Record<string, unknown>) ?? null,
    actorId: ctx.actor.userId,
    actorName: ctx.actor.name,
  });
  await recordAudit(tx, ctx.actor, {
    orgId: ctx.orgId,
    entity: 'program',
    entityId: program.id,
    action: event.action,
    before: (event.before as Record<string, unknown>) ?? null,
    after: (event.after as Record<string, unknown>) ?? null,
    reason: event.reason ?? event.note ?? null,
  });
}

/** What a template or a past program brings: goals, results and a plan with dates from the start. */
async function startingPoint(tx: Db, ctx: TenantContext, input: ProgramCreate) {
  if (input.template) {
    const template = programTemplates.find((x) => x.name === input.template);
    if (!template)
      throw new AppError('VALIDATION_FAILED', { errors: [{ path: 'template', message: 'v.unknownTemplate' }] });
    return {
      goals: template.goals,
      expectedResults: template.expectedResults,
      strengths: null,
      forms: undefined,
      activities: template.activities.map((a) => ({
        title: a.title,
        kind: a.kind,
        dueOn:
          shiftDays(input.startsOn, a.week * 7 - 1) <= input.endsOn
            ? shiftDays(input.startsOn, a.week * 7 - 1)
            : input.endsOn,
        responsible: null,
        expectedResult: a.expectedResult ?? null,
        status: 'planned' as const,
        evidence: null,
      })),
    };
  }
  if (input.copyFrom) {
    const [past] = await tx
      .select()
      .from(programs)
      .where(and(eq(programs.orgId, ctx.orgId), eq(programs.id, input.copyFrom)));
    if (!past) throw new AppError('VALIDATION_FAILED', { errors: [{ path: 'copyFrom', message: 'v.unknownProgram' }] });
    const plan = await tx
      .select()
      .from(programActivities)
      .where(and(eq(programActivities.orgId, ctx.orgId), eq(programActivities.programId, past.id)))
      .orderBy(programActivities.position);
    // Deadlines keep their distance from the start, inside the new term.
    return {
      goals: past.goals,
      expectedResults: past.expectedResults,
      strengths: null,
      forms: past.forms,
      activities: plan.map((a) => {
        const offset = a.dueOn ? daysBetween(past.startsOn, a.dueOn) : null;
        const due = offset === null ? null : shiftDays(input.startsOn, offset);
        return {
          title: a.title,
          kind: a.kind,
          dueOn: due && due > input.endsOn ? input.endsOn : due,
          responsible: null,
          expectedResult: a.expectedResult,
          status: 'planned' as const,
          evidence: null,
        };
      }),
    };
  }
  return null;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export async function createProgram(db: Db, ctx: TenantContext, given: ProgramCreate): Promise<ProgramRow> {
  if (!termWithin(given.startsOn, given.endsOn, maxMonths)) {
    throw new AppError('VALIDATION_FAILED', { errors: [{ path: 'endsOn', message: 'v.programTerm' }] });
  }
  return db.transaction(async (tx) => {
    const start = await startingPoint(tx, ctx, given);
    const goals = given.goals ?? start?.goals;
    if (!goals) throw new AppError('VALIDATION_FAILED', { errors: [{ path: 'goals', message: 'v.required' }] });
    const input = {
      ...given,
      goals,
      expectedResults: given.expectedResults ?? start?.expectedResults ?? null,
      forms: given.forms ?? start?.forms,
      activities: given.activities.length > 0 ? given.activities : (start?.activities ?? []),
    };
    const [group] = await tx
      .select()
      .from(groups)
      .where(and(eq(groups.orgId, ctx.orgId), eq(groups.id, input.groupId)))
      .for('update');
    if (!group) throw new AppError('VALIDATION_FAILED', { errors: [{ path: 'groupId', message: 'v.unknownGroup' }] });
    if (group.status !== 'agreed' && group.status !== 'active') {
      throw new AppError('VALIDATION_FAILED', { errors: [{ path: 'groupId', message: 'v.groupNotAgreed' }] });
    }
    const [open] = await tx
      .select({ id: programs.id })
      .from(programs)
      .where(
        and(
          eq(programs.orgId, ctx.orgId),
          eq(programs.groupId, group.id),
          notInArray(programs.status, [...terminalStatuses]),
        ),
      );
    if (open) throw new AppError('PROGRAM_EXISTS');
    // The difficulties default to what the mentees' cards say troubles them.
    const menteeRows = await tx
      .select({ difficulties: mentees.difficulties })
      .from(mentees)
      .where(and(eq(mentees.orgId, ctx.orgId), inArray(mentees.id, group.menteeIds)));
    const difficulties =
      input.difficulties.length > 0
        ? input.difficulties
        : [...new Set(menteeRows.flatMap((m) => m.difficulties.map((d) => d.id)))];
    const participants = [
      { id: group.mentorId, role: 'mentor' as const, agreed: false },
      ...group.menteeIds.map((id) => ({ id, role: 'mentee' as const, agreed: false })),
    ];
    const [row] = await tx
      .insert(programs)
      .values({
        orgId: ctx.orgId,
        groupId: group.id,
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        goals: input.goals,
        expectedResults: input.expectedResults,
        strengths: input.strengths,
        difficulties,
        forms: input.forms ?? group.forms,
        participants,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    if (input.activities.length > 0) {
      await tx.insert(programActivities).values(
        input.activities.map((a, i) => ({
          orgId: ctx.orgId,
          programId: row.id,
          position: i + 1,
          title: a.title,
          kind: a.kind,
          dueOn: a.dueOn ?? null,
          responsible: a.responsible,
          expectedResult: a.expectedResult,
          status: a.status,
          evidence: a.evidence,
        })),
      );
    }
    await logEvent(tx, ctx, row, {
      action: 'create',
      after: { status: row.status, startsOn: row.startsOn, endsOn: row.endsOn, goals: row.goals },
    });
    return row;
  });
}

/** The refusals of the machine as the catalogue's errors, naming the field where there is one. */
function refusalError(refusal: Refusal, status: string, action: string): AppError {
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
  const staffId = await ownStaffId(tx, ctx);
  const mine = staffId ? await entriesOf(tx, ctx.orgId, staffId) : new Set<string>();
  if (named) {
    if (!manages && !mine.has(named)) throw new AppError('FORBIDDEN');
    return named;
  }
  const own = row.participants.find((p) => mine.has(p.id));
  if (!own) throw new AppError('VALIDATION_FAILED', { errors: [{ path: 'participantId', message: 'v.required' }] });
  return own.id;
}

export async function transitionProgram(
  db: Db,
  ctx: TenantContext,
  id: string,
  input: TransitionInput,
  version: number | undefined,
): Promise<ProgramRow> {
  if (input.action !== 'agree' && !can(ctx.roles, 'program', 'manage')) throw new AppError('FORBIDDEN');
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(programs)
      .where(and(eq(programs.orgId, ctx.orgId), eq(programs.id, id)))
      .for('update');
    if (!row) throw notFound();
    if (version !== undefined && version !== row.version) {
      throw new AppError('STALE_VERSION', { params: { sent: version, current: row.version } });
    }
    const state: ProgramState = {
      status: row.status,
      startsOn: row.startsOn,
      endsOn: row.endsOn,
      participants: row.participants,
      maxMonths,
      openActivities: input.action === 'complete' ? await openActivityCount(tx, ctx.orgId, row.id) : 0,
    };
    const all = row.participants.map((p) => p.id);
    let command: ProgramCommand;
    switch (input.action) {
      case 'agree':
        command = { action: 'agree', participantId: await agreeingParticipant(tx, ctx, row, input.participantId) };
        break;
      case 'start':
        command = { action: 'start', on: todayIso() };
        break;
      case 'extend':
        command = { action: 'extend', endsOn: input.endsOn ?? row.endsOn, consentOf: input.allConsent ? all : [] };
        break;
      case 'correct':
        command = { action: 'correct', consentOf: input.allConsent ? all : [] };
        break;
      case 'replace-mentor': {
        const refused = () =>
          new AppError('VALIDATION_FAILED', { errors: [{ path: 'mentorId', message: 'v.mentorNotAvailable' }] });
        if (!input.mentorId) throw refused();
        const [mentor] = await tx
          .select()
          .from(mentors)
          .where(and(eq(mentors.orgId, ctx.orgId), eq(mentors.id, input.mentorId), isOpenEntry(mentors.status)));
        if (mentor?.status !== 'available') throw refused();
        command = {
          action: 'replace-mentor',
          mentorId: mentor.id,
          requestedBy: input.requestedBy ?? 'mentee',
          newMentorAgreed: input.newMentorAgreed ?? false,
        };
        break;
      }
      case 'terminate':
        command = { action: 'terminate', reason: input.reason as TerminationReason };
        break;
      default:
        command = { action: input.action };
    }
    const outcome = applyCommand(state, command);
    if (!outcome.ok) throw refusalError(outcome.refusal, row.status, input.action);

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
      .where(and(eq(programs.orgId, ctx.orgId), eq(programs.id, id)))
      .returning();
    if (!after) throw notFound();
    const before = Object.fromEntries(Object.keys(changes).map((k) => [k, row[k as keyof ProgramRow]]));
    await logEvent(tx, ctx, after, {
      action: input.action,
      reason:
        input.action === 'replace-mentor'
          ? `request:${command.action === 'replace-mentor' ? command.requestedBy : ''}`
          : input.reason,
      note: input.note,
      before,
      after: changes,
    });
    if (command.action === 'replace-mentor') {
      // The pair goes on with the new mentor; the group's history keeps the old one in its audit.
      await tx
        .update(groups)
        .set({ mentorId: command.mentorId, version: sql`${groups.version} + 1`, updatedAt: sql`now()` })
        .where(and(eq(groups.orgId, ctx.orgId), eq(groups.id, row.groupId)));
      // The new mentor's written agreement, so they see the group as theirs from now on.
      await tx
        .insert(groupAgreements)
        .values({
          orgId: ctx.orgId,
          groupId: row.groupId,
          participantId: command.mentorId,
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
        after: { mentorId: command.mentorId },
        reason: input.note ?? null,
      });
    }
    return after;
  });
}
