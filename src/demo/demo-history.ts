// Writing the demo's past: records dated weeks or months before the day the demo is made. A
// program's life is replayed through the pure machine (lifecycle.ts), so each step's event has the
// same shape the use cases record, only with its own date; orders are signed with the number the
// school's register had reached by their date.
import { and, eq, gt, lte, max, min, sql } from 'drizzle-orm';
import { type Actor, recordAudit } from '../audit/record-audit.js';
import { isWorkingDay, shiftDays } from '../calendar/production-calendar.js';
import type { Db } from '../db/client.js';
import { groupAgreements, groups } from '../groups/groups-table.js';
import type { TenantContext } from '../http/tenancy.js';
import type { OrderKind, OrderLink } from '../orders/order-contract.js';
import { type OrderRow, orderCounters, orders } from '../orders/orders-table.js';
import { signOrder } from '../orders/sign-order.js';
import { createOrder } from '../orders/write-order.js';
import { applyCommand, type Participant, type ProgramCommand, type ProgramState } from '../programs/lifecycle.js';
import { type ProgramRow, programEvents, programs } from '../programs/programs-table.js';

/** A moment of a school day in the demo's town (Yekaterinburg time, UTC+5). */
export function at(date: string, time: string): Date {
  return new Date(`${date}T${time}:00+05:00`);
}

/** The nearest working day on or before the date (`step` 1: on or after). */
export function workday(date: string, step: -1 | 1 = -1): string {
  let d = date;
  while (!isWorkingDay(d)) d = shiftDays(d, step);
  return d;
}

/** The day a term of `months` starting on `from` ends on (both days included). */
export function lastDay(from: string, months: number): string {
  const total = Number(from.slice(0, 4)) * 12 + Number(from.slice(5, 7)) - 1 + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(Number(from.slice(8)), days);
  return shiftDays(`${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, -1);
}

/**
 * The register «од» holds all of a school's orders, about 185 of them by the first of September
 * (seed-orders.ts); an order of another day gets the number the register would have reached by then.
 */
function registerReached(date: string): number {
  const dayOfYear = (d: string) =>
    (Date.parse(`${d}T00:00:00Z`) - Date.parse(`${d.slice(0, 4)}-01-01T00:00:00Z`)) / 864e5;
  return Math.max(1, Math.round((185 * dayOfYear(date)) / dayOfYear(`${date.slice(0, 4)}-09-01`)));
}

/** Signs a demo order on a past date, numbered in its place in that year's register. */
async function signOn(
  tx: Db,
  director: TenantContext,
  order: OrderRow,
  date: string,
  today: string,
): Promise<OrderRow> {
  const year = Number(date.slice(0, 4));
  const inYear = and(eq(orders.orgId, director.orgId), eq(orders.year, year));
  const [before] = await tx
    .select({ seq: max(orders.seq) })
    .from(orders)
    .where(and(inYear, lte(orders.signedOn, date)));
  const [after] = await tx
    .select({ seq: min(orders.seq) })
    .from(orders)
    .where(and(inYear, gt(orders.signedOn, date)));
  const seq = Math.max(registerReached(date), (before?.seq ?? 0) + 1);
  if (after?.seq != null && seq >= after.seq) throw new Error(`demo: no free number for an order of ${date}`);
  const [counter] = await tx
    .select()
    .from(orderCounters)
    .where(and(eq(orderCounters.orgId, director.orgId), eq(orderCounters.year, year)));
  await tx
    .insert(orderCounters)
    .values({ orgId: director.orgId, year, lastSeq: seq - 1 })
    .onConflictDoUpdate({ target: [orderCounters.orgId, orderCounters.year], set: { lastSeq: seq - 1 } });
  const signed = await signOrder(tx, director, order.id, { date }, order.version, today);
  // The register goes on from its highest number, whatever the date of this one.
  await tx
    .update(orderCounters)
    .set({ lastSeq: Math.max(counter?.lastSeq ?? 0, seq) })
    .where(and(eq(orderCounters.orgId, director.orgId), eq(orderCounters.year, year)));
  await backdateOrder(tx, order.id, date);
  return signed;
}

/** A signed demo order was drafted the day before and signed in the morning of its date. */
export async function backdateOrder(tx: Db, orderId: string, signedOn: string): Promise<void> {
  await tx
    .update(orders)
    .set({ createdAt: at(shiftDays(signedOn, -1), '16:20'), updatedAt: at(signedOn, '11:05') })
    .where(eq(orders.id, orderId));
}

/** The curator drafts an order on `date` and the director signs it the same day. */
export async function signedOrder(
  tx: Db,
  people: { curator: TenantContext; director: TenantContext },
  kind: OrderKind,
  links: OrderLink[],
  date: string,
  today: string,
  reason: string | null = null,
): Promise<OrderRow> {
  const draft = await createOrder(tx, people.curator, { kind, links, reason }, date);
  return signOn(tx, people.director, draft, date, today);
}

/** The order as the program's history names it, the same words the use cases write. */
export { orderLabel } from '../programs/program-changes.js';

/** Moves a group's and its agreements' times back to the day the pair was formed. */
export async function backdateGroup(tx: Db, groupId: string, formedOn: string): Promise<void> {
  await tx
    .update(groups)
    .set({ createdAt: at(formedOn, '10:00'), updatedAt: at(formedOn, '15:00') })
    .where(eq(groups.id, groupId));
  await tx
    .update(groupAgreements)
    .set({ recordedAt: at(formedOn, '14:30') })
    .where(eq(groupAgreements.groupId, groupId));
}

/** A program being written step by step, as its row stands now. */
export interface LiveProgram {
  row: ProgramRow;
  orgId: string;
}

type Values = Record<string, unknown>;

async function logStep(
  tx: Db,
  live: LiveProgram,
  actor: Actor,
  when: Date,
  step: { action: string; reason?: string | null; note?: string | null; before?: Values | null; after?: Values | null },
): Promise<void> {
  await tx.insert(programEvents).values({
    orgId: live.orgId,
    programId: live.row.id,
    action: step.action,
    reason: step.reason ?? null,
    note: step.note ?? null,
    before: step.before ?? null,
    after: step.after ?? null,
    actorId: actor.userId,
    actorName: actor.name,
    at: when,
  });
  await recordAudit(tx, actor, {
    orgId: live.orgId,
    entity: 'program',
    entityId: live.row.id,
    action: step.action,
    before: step.before ?? null,
    after: step.after ?? null,
    reason: step.reason ?? step.note ?? null,
  });
}

/** A draft as createProgram leaves it, dated `when`. */
export async function draftProgram(
  tx: Db,
  orgId: string,
  actor: Actor,
  when: Date,
  values: Omit<typeof programs.$inferInsert, 'orgId' | 'status' | 'participants'> & { participants: Participant[] },
): Promise<LiveProgram> {
  const [row] = await tx
    .insert(programs)
    .values({ ...values, orgId, status: 'draft', createdAt: when, updatedAt: when })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  const live = { row, orgId };
  await logStep(tx, live, actor, when, {
    action: 'create',
    after: { status: row.status, startsOn: row.startsOn, endsOn: row.endsOn, goals: row.goals },
  });
  return live;
}

/** One step of the program's life through the machine, recorded as the transition would record it. */
export async function step(
  tx: Db,
  live: LiveProgram,
  command: ProgramCommand,
  actor: Actor,
  when: Date,
  words: { reason?: string | null; note?: string | null; extra?: Values } = {},
): Promise<void> {
  const state: ProgramState = {
    status: live.row.status,
    startsOn: live.row.startsOn,
    endsOn: live.row.endsOn,
    participants: live.row.participants,
    maxMonths: 12,
    openActivities: 0,
  };
  const outcome = applyCommand(state, command);
  if (!outcome.ok) throw new Error(`demo: ${command.action} refused (${outcome.refusal.code})`);
  const { status, endsOn, participants } = outcome.changed;
  const changes = {
    ...(status ? { status } : {}),
    ...(endsOn ? { endsOn } : {}),
    ...(participants ? { participants: [...participants] } : {}),
  };
  const before = Object.fromEntries(Object.keys(changes).map((k) => [k, live.row[k as keyof ProgramRow]]));
  const [row] = await tx
    .update(programs)
    .set({ ...changes, version: sql`${programs.version} + 1`, updatedAt: when })
    .where(eq(programs.id, live.row.id))
    .returning();
  if (!row) throw new Error('update returned nothing');
  live.row = row;
  await logStep(tx, live, actor, when, {
    action: command.action,
    reason:
      command.action === 'replace-mentor'
        ? `request:${command.requestedBy}`
        : command.action === 'terminate'
          ? command.reason
          : (words.reason ?? null),
    note: words.note ?? null,
    before,
    after: { ...changes, ...words.extra },
  });
}

/** A remark on a draft (§5.1), as the program's page shows it. */
export async function remark(tx: Db, live: LiveProgram, actor: Actor, when: Date, text: string): Promise<void> {
  await logStep(tx, live, actor, when, { action: 'comment', note: text });
}
