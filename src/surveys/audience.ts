// Who a survey is addressed to: roles (by the account's membership), the banks (by the staff
// member the account is linked to) and named staff members. An empty audience means everyone
// working in the organization — the yearly needs campaign of §3.4 asks all teaching staff.
import { and, eq, isNull, sql } from 'drizzle-orm';
import { memberships } from '../auth/auth-tables.js';
import type { Role } from '../auth/policy.js';
import { isOpenEntry, mentees, mentors } from '../banks/banks-table.js';
import type { Db } from '../db/client.js';
import type { TenantContext } from '../http/tenancy.js';
import { staff } from '../staff/staff-table.js';
import type { Audience } from './survey-contract.js';

export interface Respondent {
  userId: string;
  staffId: string | null;
  roles: readonly Role[];
  inMenteeBank: boolean;
  inMentorBank: boolean;
}

export function isEveryone(audience: Audience): boolean {
  return !audience.roles?.length && !audience.banks?.length && !audience.staffIds?.length;
}

export function inAudience(audience: Audience, who: Respondent): boolean {
  if (isEveryone(audience)) return true;
  if (audience.roles?.some((r) => who.roles.includes(r))) return true;
  if (who.staffId && audience.staffIds?.includes(who.staffId)) return true;
  if (audience.banks?.includes('mentees') && who.inMenteeBank) return true;
  if (audience.banks?.includes('mentors') && who.inMentorBank) return true;
  return false;
}

export async function respondentOf(db: Db, ctx: TenantContext): Promise<Respondent> {
  const userId = ctx.principal.userId;
  const [link] = await db
    .select({ staffId: memberships.staffId })
    .from(memberships)
    .where(and(eq(memberships.orgId, ctx.orgId), eq(memberships.userId, userId)));
  const staffId = link?.staffId ?? null;
  let inMenteeBank = false;
  let inMentorBank = false;
  if (staffId) {
    const [m] = await db
      .select({ id: mentees.id })
      .from(mentees)
      .where(and(eq(mentees.orgId, ctx.orgId), eq(mentees.staffId, staffId), isOpenEntry(mentees.status)));
    const [n] = await db
      .select({ id: mentors.id })
      .from(mentors)
      .where(and(eq(mentors.orgId, ctx.orgId), eq(mentors.staffId, staffId), isOpenEntry(mentors.status)));
    inMenteeBank = Boolean(m);
    inMentorBank = Boolean(n);
  }
  return { userId, staffId, roles: ctx.roles, inMenteeBank, inMentorBank };
}

export interface AudiencePerson {
  staffId: string;
  lastName: string;
  firstName: string;
  middleName: string | null;
  /** Accounts linked to this staff member in the organization (the ones a reminder reaches). */
  userIds: string[];
}

/**
 * The staff members a survey reaches, for the campaign's progress. Accounts without a staff member
 * cannot be counted here: progress is about people of the staff registry.
 */
export async function audiencePeople(db: Db, orgId: string, audience: Audience): Promise<AudiencePerson[]> {
  const rows = await db
    // The subqueries name `staff.*` outright: drizzle leaves columns of a one-table select
    // unqualified, and inside a subquery those would bind to the inner table.
    .select({
      staffId: staff.id,
      lastName: staff.lastName,
      firstName: staff.firstName,
      middleName: staff.middleName,
      userIds: sql<string[] | null>`(select array_agg(m.user_id::text) from ${memberships} m
        where m.org_id = staff.org_id and m.staff_id = staff.id)`,
      roles: sql<string[] | null>`(select array_agg(distinct r) from ${memberships} m, unnest(m.roles) r
        where m.org_id = staff.org_id and m.staff_id = staff.id)`,
      inMenteeBank: sql<boolean>`exists (select 1 from ${mentees} e where e.org_id = staff.org_id
        and e.staff_id = staff.id and e.status not in ('withdrawn', 'removed'))`,
      inMentorBank: sql<boolean>`exists (select 1 from ${mentors} e where e.org_id = staff.org_id
        and e.staff_id = staff.id and e.status not in ('withdrawn', 'removed'))`,
    })
    .from(staff)
    .where(and(eq(staff.orgId, orgId), isNull(staff.archivedAt)))
    .orderBy(staff.sortName);
  return rows
    .filter((r) =>
      inAudience(audience, {
        userId: '',
        staffId: r.staffId,
        roles: (r.roles ?? []) as Role[],
        inMenteeBank: Boolean(r.inMenteeBank),
        inMentorBank: Boolean(r.inMentorBank),
      }),
    )
    .map((r) => ({
      staffId: r.staffId,
      lastName: r.lastName,
      firstName: r.firstName,
      middleName: r.middleName,
      userIds: r.userIds ?? [],
    }));
}
