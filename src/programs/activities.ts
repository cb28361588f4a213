// The plan of a program: its activities, added and updated while the program is not over. The
// curator or the pair's mentor keeps the plan; every change is audited with the program.
import { and, asc, count, eq, notInArray, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.js';
import { can } from '../auth/policy.js';
import type { Db } from '../db/client.js';
import { AppError, notFound } from '../errors/app-error.js';
import { callerEntries } from '../groups/group-access.js';
import type { TenantContext } from '../http/tenancy.js';
import { terminalStatuses } from './lifecycle.js';
import { type Activity, type ActivityInput, closedActivityStatuses } from './program-contract.js';
import { type ProgramActivityRow, type ProgramRow, programActivities, programs } from './programs-table.js';

export function presentActivity(row: ProgramActivityRow): Activity {
  return {
    id: row.id,
    position: row.position,
    title: row.title,
    kind: row.kind,
    dueOn: row.dueOn,
    responsible: row.responsible,
    expectedResult: row.expectedResult,
    status: row.status,
    evidence: row.evidence,
    version: row.version,
  };
}

export async function listActivities(db: Db, orgId: string, programId: string): Promise<ProgramActivityRow[]> {
  return db
    .select()
    .from(programActivities)
    .where(and(eq(programActivities.orgId, orgId), eq(programActivities.programId, programId)))
    .orderBy(asc(programActivities.position), asc(programActivities.createdAt));
}

/** Activities neither done nor dropped: a program cannot complete while any is left. */
export async function openActivityCount(db: Db, orgId: string, programId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(programActivities)
    .where(
      and(
        eq(programActivities.orgId, orgId),
        eq(programActivities.programId, programId),
        notInArray(programActivities.status, [...closedActivityStatuses]),
      ),
    );
  return Number(row?.n ?? 0);
}

/** The plan may change while the program is not over, by the curator or the pair's mentor. */
async function planKeeper(tx: Db, ctx: TenantContext, programId: string): Promise<ProgramRow> {
  const [program] = await tx
    .select()
    .from(programs)
    .where(and(eq(programs.orgId, ctx.orgId), eq(programs.id, programId)))
    .for('update');
  if (!program) throw notFound();
  if (!can(ctx.roles, 'program', 'manage')) {
    const mine = await callerEntries(tx, ctx);
    const mentor = program.participants.find((p) => p.role === 'mentor');
    if (!mentor || !mine.has(mentor.id)) throw new AppError('FORBIDDEN');
  }
  if (terminalStatuses.includes(program.status)) {
    throw new AppError('PROGRAM_ACTION_NOT_ALLOWED', {
      params: { action: 'plan', status: program.status, allowed: '—' },
    });
  }
  return program;
}

const fields = (input: Omit<ActivityInput, 'version'>) => ({
  title: input.title,
  kind: input.kind,
  dueOn: input.dueOn ?? null,
  responsible: input.responsible,
  expectedResult: input.expectedResult,
  status: input.status,
  evidence: input.evidence,
});

export async function addActivity(
  db: Db,
  ctx: TenantContext,
  programId: string,
  input: Omit<ActivityInput, 'version'>,
): Promise<ProgramActivityRow> {
  return db.transaction(async (tx) => {
    await planKeeper(tx, ctx, programId);
    const [last] = await tx
      .select({ n: sql<number>`coalesce(max(${programActivities.position}), 0)` })
      .from(programActivities)
      .where(and(eq(programActivities.orgId, ctx.orgId), eq(programActivities.programId, programId)));
    const [row] = await tx
      .insert(programActivities)
      .values({ ...fields(input), orgId: ctx.orgId, programId, position: Number(last?.n ?? 0) + 1 })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, ctx.actor, {
      orgId: ctx.orgId,
      entity: 'program',
      entityId: programId,
      action: 'add-activity',
      after: { activityId: row.id, ...fields(input) },
      reason: null,
    });
    return row;
  });
}

export async function updateActivity(
  db: Db,
  ctx: TenantContext,
  programId: string,
  activityId: string,
  input: ActivityInput,
  version: number,
): Promise<ProgramActivityRow> {
  return db.transaction(async (tx) => {
    await planKeeper(tx, ctx, programId);
    const [before] = await tx
      .select()
      .from(programActivities)
      .where(
        and(
          eq(programActivities.orgId, ctx.orgId),
          eq(programActivities.programId, programId),
          eq(programActivities.id, activityId),
        ),
      )
      .for('update');
    if (!before) throw notFound();
    if (before.version !== version) {
      throw new AppError('STALE_VERSION', { params: { sent: version, current: before.version } });
    }
    const [after] = await tx
      .update(programActivities)
      .set({ ...fields(input), version: sql`${programActivities.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(programActivities.orgId, ctx.orgId), eq(programActivities.id, activityId)))
      .returning();
    if (!after) throw notFound();
    await recordAudit(tx, ctx.actor, {
      orgId: ctx.orgId,
      entity: 'program',
      entityId: programId,
      action: 'update-activity',
      before: { activityId, ...presentActivity(before) },
      after: { activityId, ...presentActivity(after) },
      reason: null,
    });
    return after;
  });
}
