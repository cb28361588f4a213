// Reading groups: a page of them (newest first, keyset cursor) or one, each with its agreements,
// within what the caller may see.
import { and, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { notFound } from '../errors/app-error.js';
import { decodeCursor, encodeCursor } from '../shared/cursor.js';
import type { GroupScope } from './group-access.js';
import { groupVisibility } from './group-access.js';
import type { GroupStatus } from './group-contract.js';
import { type AgreementRow, type GroupRow, groupAgreements, groups } from './groups-table.js';

export interface GroupWithAgreements {
  group: GroupRow;
  agreements: AgreementRow[];
}

async function withAgreements(db: Db, orgId: string, rows: GroupRow[]): Promise<GroupWithAgreements[]> {
  if (rows.length === 0) return [];
  const agreements = await db
    .select()
    .from(groupAgreements)
    .where(
      and(
        eq(groupAgreements.orgId, orgId),
        inArray(
          groupAgreements.groupId,
          rows.map((r) => r.id),
        ),
      ),
    );
  return rows.map((group) => ({ group, agreements: agreements.filter((a) => a.groupId === group.id) }));
}

export async function listGroups(
  db: Db,
  orgId: string,
  scope: GroupScope,
  query: { limit: number; cursor?: string | undefined; status?: GroupStatus | undefined },
): Promise<{ items: GroupWithAgreements[]; nextCursor: string | null }> {
  const where: (SQL | undefined)[] = [eq(groups.orgId, orgId)];
  const visible = await groupVisibility(db, orgId, scope);
  if (visible) where.push(visible);
  if (query.status) where.push(eq(groups.status, query.status));
  if (query.cursor) {
    const [at, id] = decodeCursor(query.cursor, ['string', 'string']) as [string, string];
    where.push(
      or(
        sql`${groups.createdAt} < ${at}::timestamptz`,
        and(eq(groups.createdAt, new Date(at)), sql`${groups.id} < ${id}::uuid`),
      ),
    );
  }
  const rows = await db
    .select()
    .from(groups)
    .where(and(...where))
    .orderBy(desc(groups.createdAt), desc(groups.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  const nextCursor = rows.length > query.limit && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null;
  return { items: await withAgreements(db, orgId, page), nextCursor };
}

export async function getGroup(db: Db, orgId: string, scope: GroupScope, id: string): Promise<GroupWithAgreements> {
  const where: SQL[] = [eq(groups.orgId, orgId), eq(groups.id, id)];
  const visible = await groupVisibility(db, orgId, scope);
  if (visible) where.push(visible);
  const [row] = await db
    .select()
    .from(groups)
    .where(and(...where));
  if (!row) throw notFound();
  const [found] = await withAgreements(db, orgId, [row]);
  if (!found) throw notFound();
  return found;
}
