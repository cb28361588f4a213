// Drafting orders: a new draft with content built from its kind and linked records, edits of the
// draft under its version, deleting a draft, and reading the register. A signed order never
// changes here (409); it changes only by another order.
import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.js';
import type { Db } from '../db/client.js';
import { AppError, notFound } from '../errors/app-error.js';
import type { TenantContext } from '../http/tenancy.js';
import { getOrganization } from '../organizations/update-organization.js';
import { withdrawOrderChanges, withdrawUnlinkedChanges } from '../programs/withdraw-changes.js';
import { decodeCursor, encodeCursor } from '../shared/cursor.js';
import { todayIso } from '../shared/dates.js';
import { buildOrderContent } from './order-content.js';
import type { OrderCreate, OrderLink, OrderListQuery, OrderUpdate, OrderView } from './order-contract.js';
import { checkLinks, loadOrderFacts } from './order-facts.js';
import { type OrderLinkRow, type OrderRow, orderLinks, orders } from './orders-table.js';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function orderSnapshot(row: OrderRow, links: readonly OrderLink[]): Record<string, unknown> {
  return {
    kind: row.kind,
    status: row.status,
    title: row.title,
    number: row.number,
    date: row.signedOn,
    links,
    content: row.content,
  };
}

export function presentOrder(
  row: OrderRow,
  links: readonly OrderLink[],
  cancelledBy: OrderRow | null = null,
): OrderView {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    title: row.title,
    number: row.number,
    date: row.signedOn,
    content: row.content,
    links: [...links],
    signedBy: row.signedByName,
    cancelledBy: cancelledBy ? { id: cancelledBy.id, number: cancelledBy.number, date: cancelledBy.signedOn } : null,
    createdBy: row.createdByName,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}

export async function getOrderRow(db: Db, orgId: string, id: string, lock = false): Promise<OrderRow> {
  const query = db
    .select()
    .from(orders)
    .where(and(eq(orders.orgId, orgId), eq(orders.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound();
  return row;
}

export async function linksOf(db: Db, orgId: string, orderId: string): Promise<OrderLink[]> {
  const rows: OrderLinkRow[] = await db
    .select()
    .from(orderLinks)
    .where(and(eq(orderLinks.orgId, orgId), eq(orderLinks.orderId, orderId)))
    .orderBy(asc(orderLinks.position));
  return rows.map((r) => ({ entity: r.entity, entityId: r.entityId }));
}

export async function getOrder(
  db: Db,
  orgId: string,
  id: string,
): Promise<{ row: OrderRow; links: OrderLink[]; cancelledBy: OrderRow | null }> {
  const row = await getOrderRow(db, orgId, id);
  const cancelledBy = row.cancelledBy ? await getOrderRow(db, orgId, row.cancelledBy) : null;
  return { row, links: await linksOf(db, orgId, id), cancelledBy };
}

async function writeLinks(tx: Db, orgId: string, orderId: string, links: readonly OrderLink[]): Promise<void> {
  await tx.delete(orderLinks).where(and(eq(orderLinks.orgId, orgId), eq(orderLinks.orderId, orderId)));
  if (links.length === 0) return;
  await tx
    .insert(orderLinks)
    .values(links.map((l, position) => ({ orgId, orderId, entity: l.entity, entityId: l.entityId, position })));
}

export async function createOrder(
  db: Db,
  ctx: TenantContext,
  input: OrderCreate,
  today = todayIso(),
): Promise<OrderRow> {
  await checkLinks(db, ctx.orgId, input.links);
  const org = await getOrganization(db, ctx.orgId);
  const built = buildOrderContent(await loadOrderFacts(db, org, input.kind, input.links, today));
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(orders)
      .values({
        orgId: ctx.orgId,
        kind: input.kind,
        title: input.title ?? built.title,
        content: input.content ?? built.content,
        createdBy: ctx.actor.userId,
        createdByName: ctx.actor.name,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await writeLinks(tx, ctx.orgId, row.id, input.links);
    await recordAudit(tx, ctx.actor, {
      orgId: ctx.orgId,
      entity: 'order',
      entityId: row.id,
      action: 'create',
      after: orderSnapshot(row, input.links),
      reason: input.reason,
    });
    return row;
  });
}

export function requireDraft(row: OrderRow): void {
  if (row.status !== 'draft') throw new AppError('ORDER_NOT_DRAFT', { params: { status: row.status } });
}

export async function updateOrder(
  db: Db,
  ctx: TenantContext,
  id: string,
  input: OrderUpdate,
  version: number,
  today = todayIso(),
): Promise<OrderRow> {
  if (input.links) await checkLinks(db, ctx.orgId, input.links, id);
  return db.transaction(async (tx) => {
    const before = await getOrderRow(tx, ctx.orgId, id, true);
    requireDraft(before);
    if (before.version !== version) {
      throw new AppError('STALE_VERSION', { params: { sent: version, current: before.version } });
    }
    const beforeLinks = await linksOf(tx, ctx.orgId, id);
    const links = input.links ?? beforeLinks;
    const linksChanged = JSON.stringify(links) !== JSON.stringify(beforeLinks);
    // New links or an explicit rebuild bring fresh default content, unless the caller sends theirs.
    let content = input.content ?? before.content;
    let title = input.title ?? before.title;
    if (!input.content && (input.rebuild || linksChanged)) {
      const org = await getOrganization(tx, ctx.orgId);
      const built = buildOrderContent(await loadOrderFacts(tx, org, before.kind, links, today, id));
      content = built.content;
      if (input.rebuild && !input.title) title = built.title;
    }
    const [after] = await tx
      .update(orders)
      .set({ title, content, version: sql`${orders.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(orders.orgId, ctx.orgId), eq(orders.id, id)))
      .returning();
    if (!after) throw notFound();
    if (linksChanged) {
      await writeLinks(tx, ctx.orgId, id, links);
      const programIds = links.filter((l) => l.entity === 'program').map((l) => l.entityId);
      await withdrawUnlinkedChanges(tx, ctx, id, programIds);
    }
    await recordAudit(tx, ctx.actor, {
      orgId: ctx.orgId,
      entity: 'order',
      entityId: id,
      action: 'update',
      before: orderSnapshot(before, beforeLinks),
      after: orderSnapshot(after, links),
      reason: input.reason,
    });
    return after;
  });
}

export async function deleteDraft(db: Db, ctx: TenantContext, id: string, version: number): Promise<void> {
  await db.transaction(async (tx) => {
    const before = await getOrderRow(tx, ctx.orgId, id, true);
    requireDraft(before);
    if (before.version !== version) {
      throw new AppError('STALE_VERSION', { params: { sent: version, current: before.version } });
    }
    const links = await linksOf(tx, ctx.orgId, id);
    await withdrawOrderChanges(tx, ctx, id);
    await tx.delete(orders).where(and(eq(orders.orgId, ctx.orgId), eq(orders.id, id)));
    await recordAudit(tx, ctx.actor, {
      orgId: ctx.orgId,
      entity: 'order',
      entityId: id,
      action: 'delete',
      before: orderSnapshot(before, links),
    });
  });
}

/** The register, newest first (keyset on creation time and id). */
export async function listOrders(
  db: Db,
  orgId: string,
  query: OrderListQuery,
): Promise<{ items: OrderRow[]; nextCursor: string | null }> {
  const conditions: SQL[] = [eq(orders.orgId, orgId)];
  if (query.kind) conditions.push(eq(orders.kind, query.kind));
  if (query.status) conditions.push(eq(orders.status, query.status));
  if (query.year) {
    conditions.push(sql`coalesce(${orders.year}, extract(year from ${orders.createdAt})::int) = ${query.year}`);
  }
  if (query.q)
    conditions.push(sql`(${orders.title} ilike ${`%${query.q}%`} or ${orders.number} ilike ${`${query.q}%`})`);
  if (query.entityId) {
    const linked = db
      .select({ id: orderLinks.orderId })
      .from(orderLinks)
      .where(
        and(
          eq(orderLinks.orgId, orgId),
          eq(orderLinks.entityId, query.entityId),
          ...(query.entity ? [eq(orderLinks.entity, query.entity)] : []),
        ),
      );
    conditions.push(inArray(orders.id, linked));
  }
  if (query.cursor) {
    // The cursor holds the creation time as the database wrote it (microseconds), not a JS Date.
    const [at, id] = decodeCursor(query.cursor, ['string', 'string']) as [string, string];
    if (!/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d+)?\+00$/.test(at) || !uuidPattern.test(id)) {
      throw new AppError('BAD_REQUEST', { errors: [{ path: 'cursor', message: 'v.cursor' }] });
    }
    conditions.push(sql`(${orders.createdAt}, ${orders.id}) < (${at}::timestamptz, ${id}::uuid)`);
  }
  const rows = await db
    .select({
      order: orders,
      at: sql<string>`to_char(${orders.createdAt} at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS.US"+00"')`,
    })
    .from(orders)
    .where(and(...conditions))
    .orderBy(desc(orders.createdAt), desc(orders.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  const nextCursor = rows.length > query.limit && last ? encodeCursor([last.at, last.order.id]) : null;
  const items = page.map((r) => r.order);
  return { items, nextCursor };
}
