// Reading programs: the roles with `readAll` see every program of the organization; a mentor or
// mentee sees the programs of the groups they can see (their own), through the groups' rule.
import { and, asc, desc, eq, type SQL, sql } from 'drizzle-orm';
import { can } from '../auth/policy.js';
import type { Db } from '../db/client.js';
import { notFound } from '../errors/app-error.js';
import { groupScope, groupVisibility } from '../groups/group-access.js';
import { groups } from '../groups/groups-table.js';
import type { TenantContext } from '../http/tenancy.js';
import { decodeCursor, encodeCursor } from '../shared/cursor.js';
import { allowedActions } from './lifecycle.js';
import { pendingChangesOf } from './program-changes.js';
import type { Program, ProgramChange } from './program-contract.js';
import { type ProgramEventRow, type ProgramRow, programEvents, programs } from './programs-table.js';

export function presentProgram(row: ProgramRow, pendingChange: ProgramChange | null = null): Program {
  return {
    id: row.id,
    groupId: row.groupId,
    status: row.status,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    goals: row.goals,
    expectedResults: row.expectedResults,
    strengths: row.strengths,
    difficulties: row.difficulties,
    forms: row.forms,
    participants: row.participants,
    allowedActions: allowedActions(row.status),
    pendingChange,
    outcome: { results: row.outcome?.results ?? null, assessments: row.outcome?.assessments ?? {} },
    version: row.version,
    createdAt: row.createdAt.toISOString(),
  };
}

/** One program as the API returns it, with the change that waits for an order, if any. */
export async function presentOne(db: Db, row: ProgramRow): Promise<Program> {
  return presentProgram(row, (await pendingChangesOf(db, row.orgId, [row.id])).get(row.id) ?? null);
}

async function visibility(db: Db, ctx: TenantContext): Promise<SQL | null> {
  if (can(ctx.roles, 'program', 'readAll')) return null;
  const scope = await groupScope(db, ctx);
  const visibleGroups = await groupVisibility(db, ctx.orgId, { ...scope, all: false });
  if (!visibleGroups) return null;
  return sql`${programs.groupId} in (select ${groups.id} from ${groups} where ${groups.orgId} = ${ctx.orgId} and ${visibleGroups})`;
}

export async function listPrograms(
  db: Db,
  ctx: TenantContext,
  query: {
    limit: number;
    cursor?: string | undefined;
    status?: ProgramRow['status'] | undefined;
    groupId?: string | undefined;
  },
) {
  const where: SQL[] = [eq(programs.orgId, ctx.orgId)];
  const visible = await visibility(db, ctx);
  if (visible) where.push(visible);
  if (query.status) where.push(eq(programs.status, query.status));
  if (query.groupId) where.push(eq(programs.groupId, query.groupId));
  if (query.cursor) {
    const [at, id] = decodeCursor(query.cursor, ['string', 'string']) as [string, string];
    where.push(sql`(${programs.createdAt}, ${programs.id}) < (${at}::timestamptz, ${id}::uuid)`);
  }
  const rows = await db
    .select()
    .from(programs)
    .where(and(...where))
    .orderBy(desc(programs.createdAt), desc(programs.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  const nextCursor = rows.length > query.limit && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null;
  const pending = await pendingChangesOf(
    db,
    ctx.orgId,
    page.map((r) => r.id),
  );
  return { items: page.map((row) => presentProgram(row, pending.get(row.id) ?? null)), nextCursor };
}

export async function getProgram(db: Db, ctx: TenantContext, id: string): Promise<ProgramRow> {
  const where: SQL[] = [eq(programs.orgId, ctx.orgId), eq(programs.id, id)];
  const visible = await visibility(db, ctx);
  if (visible) where.push(visible);
  const [row] = await db
    .select()
    .from(programs)
    .where(and(...where));
  if (!row) throw notFound();
  return row;
}

export async function listProgramEvents(db: Db, ctx: TenantContext, id: string) {
  await getProgram(db, ctx, id);
  const rows = await db
    .select()
    .from(programEvents)
    .where(and(eq(programEvents.orgId, ctx.orgId), eq(programEvents.programId, id)))
    .orderBy(asc(programEvents.at), asc(programEvents.id));
  return rows.map(presentEvent);
}

export function presentEvent(e: ProgramEventRow) {
  return {
    id: e.id,
    action: e.action,
    reason: e.reason,
    note: e.note,
    before: e.before ?? null,
    after: e.after ?? null,
    actor: e.actorName,
    at: e.at.toISOString(),
  };
}
