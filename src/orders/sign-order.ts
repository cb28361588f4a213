// The director signs a draft: it gets the next number of the year in the organization's register
// («187-од») and its date, both fixed from then on, and what it orders takes effect in the same
// transaction — agreed pairs and groups become active, the orders it cancels become cancelled.
// The number comes from the organization's counter row for that year: the upsert locks the row
// until the transaction ends, so simultaneous signings queue on it and a failed signing returns
// its number with the rollback (no gaps, no duplicates; PGlite and PostgreSQL alike).
import { and, eq, inArray, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.js';
import { mentors } from '../banks/banks-table.js';
import type { Db } from '../db/client.js';
import { AppError } from '../errors/app-error.js';
import { groupSnapshot } from '../groups/group-view.js';
import { groups } from '../groups/groups-table.js';
import type { TenantContext } from '../http/tenancy.js';
import { getOrganization } from '../organizations/update-organization.js';
import { applyOrderChanges } from '../programs/program-changes.js';
import { formatRuDate, todayIso } from '../shared/dates.js';
import { shortNameOf } from './order-content.js';
import type { OrderLink } from './order-contract.js';
import { groupFacts } from './order-facts.js';
import { type OrderRow, orderCounters, orders } from './orders-table.js';
import { getOrderRow, linksOf, orderSnapshot, requireDraft } from './write-order.js';

/** «187-од»; a register without a suffix prints the bare number. */
export function orderNumber(seq: number, suffix: string): string {
  return suffix ? `${seq}-${suffix}` : String(seq);
}

async function nextSeq(tx: Db, orgId: string, year: number): Promise<number> {
  const [row] = await tx
    .insert(orderCounters)
    .values({ orgId, year, lastSeq: 1 })
    .onConflictDoUpdate({
      target: [orderCounters.orgId, orderCounters.year],
      set: { lastSeq: sql`${orderCounters.lastSeq} + 1` },
    })
    .returning({ seq: orderCounters.lastSeq });
  if (!row) throw new Error('counter upsert returned nothing');
  return row.seq;
}

const statusWords: Record<string, string> = {
  proposed: 'ожидает согласия участников',
  declined: 'отклонена',
  active: 'уже действует',
  ended: 'завершена',
};

/** Mentors named by an order appointing mentors are appointed by it (§3.3), each with an audit row. */
async function appointMentors(tx: Db, ctx: TenantContext, order: OrderRow, links: OrderLink[]): Promise<void> {
  if (order.kind !== 'mentors' || !order.number || !order.signedOn) return;
  const ids = links.filter((l) => l.entity === 'mentor').map((l) => l.entityId);
  if (ids.length === 0) return;
  const rows = await tx
    .select()
    .from(mentors)
    .where(and(eq(mentors.orgId, ctx.orgId), inArray(mentors.id, ids)))
    .for('update');
  const closed = rows.filter((m) => m.status === 'withdrawn' || m.status === 'removed');
  if (closed.length > 0 || rows.length < ids.length) {
    throw new AppError('ORDER_MENTOR_NOT_IN_BANK', { params: { count: closed.length + ids.length - rows.length } });
  }
  for (const before of rows) {
    const appointment = { appointedOrderId: order.id, appointedOrderNumber: order.number, appointedOn: order.signedOn };
    await tx
      .update(mentors)
      .set({ ...appointment, version: sql`${mentors.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(mentors.orgId, ctx.orgId), eq(mentors.id, before.id)));
    await recordAudit(tx, ctx.actor, {
      orgId: ctx.orgId,
      entity: 'mentor',
      entityId: before.id,
      action: 'appoint',
      before: { appointedOrderNumber: before.appointedOrderNumber, appointedOn: before.appointedOn },
      after: { appointedOrderNumber: order.number, appointedOn: order.signedOn },
      reason: `Приказ № ${order.number}`,
    });
  }
}

/** Agreed groups named by an order on pairs become active; any other status refuses the signing. */
async function activateGroups(tx: Db, ctx: TenantContext, order: OrderRow, links: OrderLink[]): Promise<void> {
  // Only an order on pairs approves them; other kinds (a change, an end) merely name them.
  if (order.kind !== 'groups') return;
  const ids = links.filter((l) => l.entity === 'group').map((l) => l.entityId);
  if (ids.length === 0) return;
  const rows = await tx
    .select()
    .from(groups)
    .where(and(eq(groups.orgId, ctx.orgId), inArray(groups.id, ids)))
    .for('update');
  const notAgreed = rows.filter((g) => g.status !== 'agreed');
  const missing = ids.filter((id) => !rows.some((g) => g.id === id));
  if (notAgreed.length > 0 || missing.length > 0) {
    const facts = await groupFacts(
      tx,
      ctx.orgId,
      notAgreed.map((g) => g.id),
    );
    const named = [
      ...facts.map((f) => {
        const status = notAgreed.find((g) => g.id === f.id)?.status ?? '';
        return `${shortNameOf(f.mentor)} – ${f.mentees.map(shortNameOf).join(', ')} (${statusWords[status] ?? status})`;
      }),
      ...missing,
    ];
    throw new AppError('ORDER_GROUP_NOT_AGREED', { params: { groups: named.join(', ') } });
  }
  for (const before of rows) {
    const [after] = await tx
      .update(groups)
      .set({ status: 'active', version: sql`${groups.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(groups.orgId, ctx.orgId), eq(groups.id, before.id)))
      .returning();
    if (!after) continue;
    await recordAudit(tx, ctx.actor, {
      orgId: ctx.orgId,
      entity: 'group',
      entityId: before.id,
      action: 'activate',
      before: groupSnapshot(before),
      after: groupSnapshot(after),
      reason: `Приказ от ${formatRuDate(order.signedOn)} № ${order.number}`,
    });
  }
}

/** Earlier signed orders named by this one are cancelled by it. */
async function cancelOrders(tx: Db, ctx: TenantContext, order: OrderRow, links: OrderLink[]): Promise<void> {
  const ids = links.filter((l) => l.entity === 'order').map((l) => l.entityId);
  if (ids.length === 0) return;
  const rows = await tx
    .select()
    .from(orders)
    .where(and(eq(orders.orgId, ctx.orgId), inArray(orders.id, ids)))
    .for('update');
  const notSigned = rows.filter((o) => o.status !== 'signed');
  if (notSigned.length > 0 || rows.length !== ids.length) {
    const named = notSigned.map((o) => o.number ?? o.title);
    throw new AppError('ORDER_CANCEL_NOT_SIGNED', { params: { orders: named.join(', ') || ids.join(', ') } });
  }
  for (const before of rows) {
    const [after] = await tx
      .update(orders)
      .set({ status: 'cancelled', cancelledBy: order.id, version: sql`${orders.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(orders.orgId, ctx.orgId), eq(orders.id, before.id)))
      .returning();
    if (!after) continue;
    const beforeLinks = await linksOf(tx, ctx.orgId, before.id);
    await recordAudit(tx, ctx.actor, {
      orgId: ctx.orgId,
      entity: 'order',
      entityId: before.id,
      action: 'cancel',
      before: orderSnapshot(before, beforeLinks),
      after: orderSnapshot(after, beforeLinks),
      reason: `Отменён приказом от ${formatRuDate(order.signedOn)} № ${order.number}`,
    });
  }
}

export async function signOrder(
  db: Db,
  ctx: TenantContext,
  id: string,
  input: { date?: string | undefined },
  version: number,
  today = todayIso(),
): Promise<OrderRow> {
  const date = input.date ?? today;
  if (date > today) {
    throw new AppError('VALIDATION_FAILED', { errors: [{ path: 'date', message: 'v.dateInFuture' }] });
  }
  return db.transaction(async (tx) => {
    // The order's row first, then the counter: every signing takes the locks in this order.
    const before = await getOrderRow(tx, ctx.orgId, id, true);
    requireDraft(before);
    if (before.version !== version) {
      throw new AppError('STALE_VERSION', { params: { sent: version, current: before.version } });
    }
    const org = await getOrganization(tx, ctx.orgId);
    const year = Number(date.slice(0, 4));
    const seq = await nextSeq(tx, ctx.orgId, year);
    const [after] = await tx
      .update(orders)
      .set({
        status: 'signed',
        year,
        seq,
        number: orderNumber(seq, org.orderSuffix),
        signedOn: date,
        signedBy: ctx.actor.userId,
        signedByName: ctx.actor.name,
        version: sql`${orders.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(and(eq(orders.orgId, ctx.orgId), eq(orders.id, id)))
      .returning();
    if (!after) throw new Error('update returned nothing');
    const links = await linksOf(tx, ctx.orgId, id);
    await activateGroups(tx, ctx, after, links);
    await appointMentors(tx, ctx, after, links);
    await cancelOrders(tx, ctx, after, links);
    await applyOrderChanges(tx, ctx, after);
    await recordAudit(tx, ctx.actor, {
      orgId: ctx.orgId,
      entity: 'order',
      entityId: id,
      action: 'sign',
      before: orderSnapshot(before, links),
      after: orderSnapshot(after, links),
    });
    return after;
  });
}
