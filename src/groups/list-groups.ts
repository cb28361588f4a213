// Reading groups: a page of them (newest first, keyset cursor) or one, each with its agreements,
// within what the caller may see.
import { and, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import { mentors } from '../banks/banks-table.js';
import type { Db } from '../db/client.js';
import { notFound } from '../errors/app-error.js';
import { networkRequests } from '../network/network-table.js';
import { organizations } from '../organizations/organizations-table.js';
import { decodeCursor, encodeCursor } from '../shared/cursor.js';
import { staff } from '../staff/staff-table.js';
import type { GroupScope } from './group-access.js';
import { groupVisibility } from './group-access.js';
import type { GroupStatus } from './group-contract.js';
import type { HostAgreement } from './group-view.js';
import { type AgreementRow, type GroupRow, groupAgreements, groups } from './groups-table.js';

export interface GroupWithAgreements {
  group: GroupRow;
  agreements: AgreementRow[];
  host: HostAgreement | null;
}

function hostOf(
  row:
    | (Omit<HostAgreement, 'mentorName'> & {
        mentorLastName: string;
        mentorFirstName: string;
        mentorMiddleName: string | null;
      })
    | undefined,
): HostAgreement | null {
  if (!row) return null;
  const { mentorLastName, mentorFirstName, mentorMiddleName, ...rest } = row;
  return { ...rest, mentorName: [mentorLastName, mentorFirstName, mentorMiddleName].filter(Boolean).join(' ') };
}

async function withAgreements(db: Db, orgId: string, rows: GroupRow[]): Promise<GroupWithAgreements[]> {
  if (rows.length === 0) return [];
  const networkIds = rows.filter((r) => r.mentorOrgId !== null).map((r) => r.id);
  const hosts =
    networkIds.length === 0
      ? []
      : await db
          .select({
            groupId: networkRequests.groupId,
            orgId: networkRequests.orgId,
            orgName: organizations.shortName,
            decision: networkRequests.decision,
            reason: networkRequests.reason,
            recordedByName: networkRequests.recordedByName,
            recordedAt: networkRequests.recordedAt,
            mentorLastName: staff.lastName,
            mentorFirstName: staff.firstName,
            mentorMiddleName: staff.middleName,
          })
          .from(networkRequests)
          .innerJoin(organizations, eq(organizations.id, networkRequests.orgId))
          .innerJoin(mentors, eq(mentors.id, networkRequests.mentorId))
          .innerJoin(staff, eq(staff.id, mentors.staffId))
          .where(and(eq(networkRequests.menteeOrgId, orgId), inArray(networkRequests.groupId, networkIds)));
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
  return rows.map((group) => ({
    group,
    agreements: agreements.filter((a) => a.groupId === group.id),
    host: hostOf(hosts.find((h) => h.groupId === group.id)),
  }));
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
