// Who sees which bank entries. The policy table decides who may read a bank at all and who reads
// all of it (`readAll`); the rest see what concerns them, found through the staff member their
// membership is linked to.
import { and, eq, type SQL, sql } from 'drizzle-orm';
import { memberships } from '../auth/auth-tables.js';
import { can } from '../auth/policy.js';
import type { Db } from '../db/client.js';
import { groups } from '../groups/groups-table.js';
import type { TenantContext } from '../http/tenancy.js';
import { isOpenEntry, mentees, mentors } from './banks-table.js';

export interface BankScope {
  /** Sees every entry of the organization. */
  all: boolean;
  /** The staff member the caller is, in this organization (null when not linked). */
  ownStaffId: string | null;
  /** Sees the mentees who named the caller's mentor entry as preferred, and those in their groups. */
  asMentor: boolean;
}

export async function bankScope(db: Db, ctx: TenantContext, bank: 'mentee' | 'mentor'): Promise<BankScope> {
  const all = can(ctx.roles, bank, 'readAll');
  if (all) return { all, ownStaffId: null, asMentor: false };
  const [link] = await db
    .select({ staffId: memberships.staffId })
    .from(memberships)
    .where(and(eq(memberships.orgId, ctx.orgId), eq(memberships.userId, ctx.actor.userId ?? '')));
  return { all, ownStaffId: link?.staffId ?? null, asMentor: ctx.roles.includes('mentor') };
}

/** The condition on mentee rows a limited caller may see; null means "all of them". */
export function menteeVisibility(scope: BankScope): SQL | null {
  if (scope.all) return null;
  if (!scope.ownStaffId) return sql`false`;
  const own = eq(mentees.staffId, scope.ownStaffId);
  if (!scope.asMentor) return sql`(${own} and ${isOpenEntry(mentees.status)})`;
  const myEntries = sql`select ${mentors.id} from ${mentors}
    where ${mentors.orgId} = ${mentees.orgId} and ${mentors.staffId} = ${scope.ownStaffId}`;
  const chosen = sql`${mentees.preferredMentorIds} && array(${myEntries} and ${isOpenEntry(mentors.status)})`;
  // The mentor's own mentees: those in a pair or group with them that was not declined.
  const mine = sql`exists (select 1 from ${groups} where ${groups.orgId} = ${mentees.orgId}
    and ${mentees.id} = any(${groups.menteeIds}) and ${groups.status} <> 'declined'
    and ${groups.mentorId} in (${myEntries}))`;
  return sql`((${own} or ${chosen} or ${mine}) and ${isOpenEntry(mentees.status)})`;
}
