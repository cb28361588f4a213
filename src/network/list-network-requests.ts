// The host school's incoming network requests (newest first, keyset cursor), each with the
// few facts of the mentees' school needed to decide.
import { and, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import { mentees, mentors } from '../banks/banks-table.js';
import { difficulties } from '../catalog/difficulties-table.js';
import type { Db } from '../db/client.js';
import { notFound } from '../errors/app-error.js';
import type { AgreementDecision } from '../groups/group-contract.js';
import { groups } from '../groups/groups-table.js';
import { organizations } from '../organizations/organizations-table.js';
import { decodeCursor, encodeCursor } from '../shared/cursor.js';
import { staff } from '../staff/staff-table.js';
import type { NetworkRequestView } from './network-contract.js';
import { type NetworkRequestRow, networkRequests } from './network-table.js';

function fullName(p: { lastName: string; firstName: string; middleName: string | null }): string {
  return [p.lastName, p.firstName, p.middleName].filter(Boolean).join(' ');
}

async function present(db: Db, rows: NetworkRequestRow[]): Promise<NetworkRequestView[]> {
  if (rows.length === 0) return [];
  const groupRows = await db
    .select({ id: groups.id, menteeIds: groups.menteeIds, forms: groups.forms })
    .from(groups)
    .where(
      inArray(
        groups.id,
        rows.map((r) => r.groupId),
      ),
    );
  const menteeIds = groupRows.flatMap((g) => g.menteeIds);
  const [menteeRows, mentorRows, orgRows] = await Promise.all([
    menteeIds.length === 0
      ? Promise.resolve([])
      : db
          .select({
            id: mentees.id,
            difficulties: mentees.difficulties,
            lastName: staff.lastName,
            firstName: staff.firstName,
            middleName: staff.middleName,
          })
          .from(mentees)
          .innerJoin(staff, eq(staff.id, mentees.staffId))
          .where(inArray(mentees.id, menteeIds)),
    db
      .select({ id: mentors.id, lastName: staff.lastName, firstName: staff.firstName, middleName: staff.middleName })
      .from(mentors)
      .innerJoin(staff, eq(staff.id, mentors.staffId))
      .where(
        inArray(
          mentors.id,
          rows.map((r) => r.mentorId),
        ),
      ),
    db
      .select({ id: organizations.id, name: organizations.shortName })
      .from(organizations)
      .where(
        inArray(
          organizations.id,
          rows.map((r) => r.menteeOrgId),
        ),
      ),
  ]);
  const difficultyIds = [...new Set(menteeRows.flatMap((m) => m.difficulties.map((d) => d.id)))];
  const names =
    difficultyIds.length === 0
      ? []
      : await db
          .select({ id: difficulties.id, name: difficulties.name })
          .from(difficulties)
          .where(inArray(difficulties.id, difficultyIds));
  const nameOf = new Map(names.map((d) => [d.id, d.name]));
  return rows.map((r) => {
    const group = groupRows.find((g) => g.id === r.groupId);
    const mentor = mentorRows.find((m) => m.id === r.mentorId);
    return {
      id: r.id,
      groupId: r.groupId,
      menteeOrg: { id: r.menteeOrgId, name: orgRows.find((o) => o.id === r.menteeOrgId)?.name ?? '' },
      mentor: { id: r.mentorId, fullName: mentor ? fullName(mentor) : '' },
      mentees: (group?.menteeIds ?? []).flatMap((id) => {
        const m = menteeRows.find((x) => x.id === id);
        return m
          ? [{ fullName: fullName(m), difficulties: m.difficulties.flatMap((d) => nameOf.get(d.id) ?? []) }]
          : [];
      }),
      forms: group?.forms ?? [],
      decision: r.decision,
      reason: r.reason,
      recordedBy: r.recordedByName,
      recordedAt: r.recordedAt?.toISOString() ?? null,
      version: r.version,
      createdAt: r.createdAt.toISOString(),
    };
  });
}

export async function listNetworkRequests(
  db: Db,
  orgId: string,
  query: { limit: number; cursor?: string | undefined; decision?: AgreementDecision | undefined },
): Promise<{ items: NetworkRequestView[]; nextCursor: string | null }> {
  const where: (SQL | undefined)[] = [eq(networkRequests.orgId, orgId)];
  if (query.decision) where.push(eq(networkRequests.decision, query.decision));
  if (query.cursor) {
    const [at, id] = decodeCursor(query.cursor, ['string', 'string']) as [string, string];
    where.push(
      or(
        sql`${networkRequests.createdAt} < ${at}::timestamptz`,
        and(eq(networkRequests.createdAt, new Date(at)), sql`${networkRequests.id} < ${id}::uuid`),
      ),
    );
  }
  const rows = await db
    .select()
    .from(networkRequests)
    .where(and(...where))
    .orderBy(desc(networkRequests.createdAt), desc(networkRequests.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  const nextCursor = rows.length > query.limit && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null;
  return { items: await present(db, page), nextCursor };
}

export async function getNetworkRequest(db: Db, orgId: string, id: string): Promise<NetworkRequestView> {
  const [row] = await db
    .select()
    .from(networkRequests)
    .where(and(eq(networkRequests.orgId, orgId), eq(networkRequests.id, id)));
  if (!row) throw notFound();
  const [view] = await present(db, [row]);
  if (!view) throw notFound();
  return view;
}
