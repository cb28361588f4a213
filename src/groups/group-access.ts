// Who sees which groups: the roles with `readAll` see every group of the organization; a mentor or
// a mentee sees the groups where one of their own bank entries takes part. "Own" goes through the
// staff member their membership is linked to, as in the banks.
import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { memberships } from '../auth/auth-tables.js';
import { can } from '../auth/policy.js';
import { mentees, mentors } from '../banks/banks-table.js';
import type { Db } from '../db/client.js';
import type { TenantContext } from '../http/tenancy.js';
import { groupAgreements, groups } from './groups-table.js';

export interface GroupScope {
  all: boolean;
  /** The caller's staff member in this organization (null when the account is not linked). */
  ownStaffId: string | null;
}

export async function groupScope(db: Db, ctx: TenantContext): Promise<GroupScope> {
  const all = can(ctx.roles, 'group', 'readAll');
  return { all, ownStaffId: await ownStaffId(db, ctx) };
}

export async function ownStaffId(db: Db, ctx: TenantContext): Promise<string | null> {
  if (!ctx.actor.userId) return null;
  const [link] = await db
    .select({ staffId: memberships.staffId })
    .from(memberships)
    .where(and(eq(memberships.orgId, ctx.orgId), eq(memberships.userId, ctx.actor.userId)));
  return link?.staffId ?? null;
}

/** The caller's own bank entries in this organization (none when the account has no staff link). */
export async function callerEntries(db: Db, ctx: TenantContext): Promise<Set<string>> {
  const staffId = await ownStaffId(db, ctx);
  return staffId ? entriesOf(db, ctx.orgId, staffId) : new Set<string>();
}

/** The bank entries (of either bank) that stand on the given staff member. */
export async function entriesOf(db: Db, orgId: string, staffId: string): Promise<Set<string>> {
  // One after the other: inside a transaction the client runs one query at a time.
  const a = await db
    .select({ id: mentors.id })
    .from(mentors)
    .where(and(eq(mentors.orgId, orgId), eq(mentors.staffId, staffId)));
  const b = await db
    .select({ id: mentees.id })
    .from(mentees)
    .where(and(eq(mentees.orgId, orgId), eq(mentees.staffId, staffId)));
  return new Set([...a, ...b].map((r) => r.id));
}

/** The condition on group rows a limited caller may see; null means "all of them". */
export async function groupVisibility(db: Db, orgId: string, scope: GroupScope): Promise<SQL | null> {
  if (scope.all) return null;
  if (!scope.ownStaffId) return sql`false`;
  const own = [...(await entriesOf(db, orgId, scope.ownStaffId))];
  if (own.length === 0) return sql`false`;
  return sql`${groups.id} in (${db
    .select({ id: groupAgreements.groupId })
    .from(groupAgreements)
    .where(and(eq(groupAgreements.orgId, orgId), inArray(groupAgreements.participantId, own)))})`;
}
