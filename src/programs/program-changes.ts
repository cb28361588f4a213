// Changes of a program that need the director's order. A pair fixed by an order on pairs (§6.2)
// changes its mentor, its term or ends early only by another order: the request is checked by the
// machine at once, kept as a waiting change, and a draft order is made for it; signing that order
// replays the request through the machine and writes it. Withdrawing the change, or deleting its
// draft, leaves the program as it was.
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { AppError, notFound } from '../errors/app-error.js';
import { groups } from '../groups/groups-table.js';
import type { TenantContext } from '../http/tenancy.js';
import type { OrderRow } from '../orders/orders-table.js';
import { orders } from '../orders/orders-table.js';
import { createOrder, deleteDraft } from '../orders/write-order.js';
import { formatRuDate, todayIso } from '../shared/dates.js';
import { judge, type TransitionRequest, writeOutcome } from './apply-transition.js';
import {
  type ProgramChange,
  type ProgramChangeAction,
  type ProgramChangeRequest,
  programChangeActions,
} from './program-contract.js';
import { logEvent } from './program-log.js';
import { type ProgramChangeRow, type ProgramRow, programChanges, programs } from './programs-table.js';
import { withdrawChanges } from './withdraw-changes.js';

export function isChangeAction(action: string): action is ProgramChangeAction {
  return (programChangeActions as readonly string[]).includes(action);
}

/** A change needs an order when the pair was fixed by one: its group is active. */
export async function needsOrder(tx: Db, orgId: string, row: ProgramRow, action: string): Promise<boolean> {
  if (!isChangeAction(action)) return false;
  const [group] = await tx
    .select({ status: groups.status })
    .from(groups)
    .where(and(eq(groups.orgId, orgId), eq(groups.id, row.groupId)));
  return group?.status === 'active';
}

export async function pendingChangeOf(db: Db, orgId: string, programId: string): Promise<ProgramChangeRow | null> {
  const [row] = await db
    .select()
    .from(programChanges)
    .where(
      and(
        eq(programChanges.orgId, orgId),
        eq(programChanges.programId, programId),
        eq(programChanges.status, 'pending'),
      ),
    );
  return row ?? null;
}

/** The order a change waits for (or was applied by), as the history names it after «Приказ:». */
export function orderLabel(order: Pick<OrderRow, 'title' | 'number' | 'signedOn'>): string {
  return order.number && order.signedOn
    ? `от ${formatRuDate(order.signedOn)} № ${order.number}`
    : `проект «${order.title}»`;
}

export async function presentChanges(db: Db, orgId: string, rows: ProgramChangeRow[]): Promise<ProgramChange[]> {
  const orderIds = rows.map((r) => r.orderId).filter((id): id is string => Boolean(id));
  const orderRows = orderIds.length
    ? await db
        .select()
        .from(orders)
        .where(and(eq(orders.orgId, orgId), inArray(orders.id, orderIds)))
    : [];
  const byId = new Map(orderRows.map((o) => [o.id, o]));
  return rows.map((r) => {
    const order = r.orderId ? byId.get(r.orderId) : undefined;
    return {
      id: r.id,
      action: r.action,
      status: r.status,
      endsOn: r.request.endsOn ?? null,
      mentorId: r.request.mentorId ?? null,
      requestedBy: r.request.requestedBy ?? null,
      reason: r.request.reason ?? null,
      note: r.request.note ?? null,
      order: order ? { id: order.id, status: order.status, number: order.number, date: order.signedOn } : null,
      requestedByName: r.requestedByName,
      createdAt: r.createdAt.toISOString(),
    };
  });
}

/** Waiting changes of the given programs, by program. */
export async function pendingChangesOf(
  db: Db,
  orgId: string,
  programIds: string[],
): Promise<Map<string, ProgramChange>> {
  if (programIds.length === 0) return new Map();
  const rows = await db
    .select()
    .from(programChanges)
    .where(
      and(
        eq(programChanges.orgId, orgId),
        inArray(programChanges.programId, programIds),
        eq(programChanges.status, 'pending'),
      ),
    );
  const views = await presentChanges(db, orgId, rows);
  return new Map(rows.map((r, i) => [r.programId, views[i] as ProgramChange]));
}

/** Every change of a program that went through an order, newest first. */
export async function listChanges(db: Db, orgId: string, programId: string): Promise<ProgramChange[]> {
  const rows = await db
    .select()
    .from(programChanges)
    .where(and(eq(programChanges.orgId, orgId), eq(programChanges.programId, programId)))
    .orderBy(sql`${programChanges.createdAt} desc`);
  return presentChanges(db, orgId, rows);
}

function requestOf(input: TransitionRequest): ProgramChangeRequest {
  return {
    endsOn: input.endsOn,
    mentorId: input.mentorId,
    requestedBy: input.requestedBy,
    newMentorAgreed: input.newMentorAgreed,
    allConsent: input.allConsent,
    reason: input.reason ?? null,
    note: input.note ?? null,
  };
}

/** Keeps an accepted request waiting and makes the draft order that will apply it. */
export async function requestChange(
  tx: Db,
  ctx: TenantContext,
  row: ProgramRow,
  input: TransitionRequest & { action: ProgramChangeAction },
  today = todayIso(),
): Promise<ProgramChangeRow> {
  const [change] = await tx
    .insert(programChanges)
    .values({
      orgId: ctx.orgId,
      programId: row.id,
      action: input.action,
      request: requestOf(input),
      requestedBy: ctx.actor.userId,
      requestedByName: ctx.actor.name,
    })
    .returning();
  if (!change) throw new Error('insert returned nothing');
  const order = await createOrder(
    tx,
    ctx,
    {
      kind: input.action === 'terminate' ? 'program-end' : 'program-change',
      links: [{ entity: 'program', entityId: row.id }],
      reason: input.reason ?? input.note ?? null,
    },
    today,
  );
  const [linked] = await tx
    .update(programChanges)
    .set({ orderId: order.id })
    .where(and(eq(programChanges.orgId, ctx.orgId), eq(programChanges.id, change.id)))
    .returning();
  await logEvent(tx, ctx, row.id, {
    action: 'change-requested',
    reason: input.reason,
    note: input.note,
    after: {
      change: input.action,
      ...(input.endsOn ? { endsOn: input.endsOn } : {}),
      ...(input.mentorId ? { mentorId: input.mentorId } : {}),
      order: orderLabel(order),
    },
  });
  return linked ?? change;
}

/** Signing an order applies the changes that waited for it; one that is no longer possible stops the signing. */
export async function applyOrderChanges(tx: Db, ctx: TenantContext, order: OrderRow): Promise<void> {
  const waiting = await tx
    .select()
    .from(programChanges)
    .where(
      and(
        eq(programChanges.orgId, ctx.orgId),
        eq(programChanges.orderId, order.id),
        eq(programChanges.status, 'pending'),
      ),
    )
    .for('update');
  for (const change of waiting) {
    const [row] = await tx
      .select()
      .from(programs)
      .where(and(eq(programs.orgId, ctx.orgId), eq(programs.id, change.programId)))
      .for('update');
    if (!row) continue;
    const input: TransitionRequest = { action: change.action, ...change.request };
    let accepted: Awaited<ReturnType<typeof judge>>;
    try {
      accepted = await judge(tx, ctx, row, input, order.signedOn ?? todayIso());
    } catch (error) {
      const why = error instanceof AppError ? error.code : String(error);
      throw new AppError('ORDER_PROGRAM_CHANGE_REFUSED', { params: { program: row.goals.slice(0, 80), why } });
    }
    await writeOutcome(tx, ctx, row, input, accepted, {
      order: orderLabel(order),
      noticeOn: change.createdAt.toISOString().slice(0, 10),
    });
    await tx
      .update(programChanges)
      .set({ status: 'applied', settledAt: new Date() })
      .where(and(eq(programChanges.orgId, ctx.orgId), eq(programChanges.id, change.id)));
  }
}

/** The curator takes a waiting change back; its draft order goes with it. */
export async function withdrawChange(db: Db, ctx: TenantContext, programId: string, changeId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [change] = await tx
      .select()
      .from(programChanges)
      .where(
        and(
          eq(programChanges.orgId, ctx.orgId),
          eq(programChanges.programId, programId),
          eq(programChanges.id, changeId),
        ),
      )
      .for('update');
    if (!change) throw notFound();
    if (change.status !== 'pending') throw new AppError('PROGRAM_CHANGE_SETTLED');
    const [order] = change.orderId
      ? await tx
          .select()
          .from(orders)
          .where(and(eq(orders.orgId, ctx.orgId), eq(orders.id, change.orderId)))
      : [];
    // The draft was made for this change; deleting it withdraws the change with the same record.
    if (order && order.status === 'draft') await deleteDraft(tx, ctx, order.id, order.version);
    else await withdrawChanges(tx, ctx, [change]);
  });
}
