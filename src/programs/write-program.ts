// Drafting a program for a pair or group and moving it through its life. The rules are the pure
// machine of lifecycle.ts; here they meet the records: the group, the participants' own entries,
// the new mentor's bank entry, row locks, versions, the program's event log and the audit journal.
import { and, eq, inArray, notInArray } from 'drizzle-orm';
import { can } from '../auth/policy.js';
import { mentees } from '../banks/banks-table.js';
import { shiftDays } from '../calendar/production-calendar.js';
import type { Db } from '../db/client.js';
import { AppError, notFound } from '../errors/app-error.js';
import { groups } from '../groups/groups-table.js';
import type { TenantContext } from '../http/tenancy.js';
import { orders } from '../orders/orders-table.js';
import { judge, maxMonths, writeOutcome } from './apply-transition.js';
import { terminalStatuses, termWithin } from './lifecycle.js';
import { isChangeAction, needsOrder, pendingChangeOf, requestChange } from './program-changes.js';
import type { ProgramCreate, TransitionInput } from './program-contract.js';
import { logEvent } from './program-log.js';
import { type ProgramChangeRow, type ProgramRow, programActivities, programs } from './programs-table.js';
import { programTemplates } from './templates.js';

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
    await logEvent(tx, ctx, row.id, {
      action: 'create',
      after: { status: row.status, startsOn: row.startsOn, endsOn: row.endsOn, goals: row.goals },
    });
    return row;
  });
}

/**
 * One step of the program's life. A change that needs the director's order (the pair was fixed by
 * one) is checked now and waits for the order; anything else applies at once.
 */
export async function transitionProgram(
  db: Db,
  ctx: TenantContext,
  id: string,
  input: TransitionInput,
  version: number | undefined,
): Promise<{ row: ProgramRow; change: ProgramChangeRow | null }> {
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
    const waiting = await pendingChangeOf(tx, ctx.orgId, row.id);
    if (waiting && input.action !== 'correct' && input.action !== 'agree') {
      const [order] = waiting.orderId
        ? await tx
            .select()
            .from(orders)
            .where(and(eq(orders.orgId, ctx.orgId), eq(orders.id, waiting.orderId)))
        : [];
      throw new AppError('PROGRAM_CHANGE_PENDING', { params: { order: order?.title ?? '—' } });
    }
    const accepted = await judge(tx, ctx, row, input);
    if (isChangeAction(input.action) && (await needsOrder(tx, ctx.orgId, row, input.action))) {
      const change = await requestChange(tx, ctx, row, { ...input, action: input.action });
      return { row, change };
    }
    return { row: await writeOutcome(tx, ctx, row, input, accepted), change: null };
  });
}
