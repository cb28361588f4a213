// Loads what a group's supplementary agreement states: the mentor and their employer (their own
// school, which in network mentoring is not the group's), the mentees, the forms, the term (the
// one asked for, else the group's program's) and the pay.
import { and, desc, eq, inArray, ne } from 'drizzle-orm';
import { mentees, mentors } from '../banks/banks-table.js';
import type { Db } from '../db/client.js';
import { notFound } from '../errors/app-error.js';
import { groups } from '../groups/groups-table.js';
import type { OrderPerson } from '../orders/order-content.js';
import { settingsOf } from '../organizations/organization-view.js';
import { getOrganization } from '../organizations/update-organization.js';
import { programs } from '../programs/programs-table.js';
import { staff } from '../staff/staff-table.js';
import type { AgreementQuery } from './agreement-contract.js';
import type { AgreementFacts } from './agreement-document.js';
import { effectivePay, ownPay } from './mentor-pay.js';

const personOf = (r: { lastName: string; firstName: string; middleName: string | null; position: string }) => ({
  lastName: r.lastName,
  firstName: r.firstName,
  middleName: r.middleName,
  position: r.position,
});

export async function loadAgreementFacts(
  db: Db,
  orgId: string,
  groupId: string,
  query: AgreementQuery,
): Promise<{ facts: AgreementFacts; mentorId: string }> {
  const [group] = await db
    .select()
    .from(groups)
    .where(and(eq(groups.orgId, orgId), eq(groups.id, groupId)));
  if (!group) throw notFound();
  const [mentor] = await db.select().from(mentors).where(eq(mentors.id, group.mentorId));
  if (!mentor) throw notFound();
  const menteeRows = group.menteeIds.length
    ? await db
        .select({ id: mentees.id, staffId: mentees.staffId })
        .from(mentees)
        .where(and(eq(mentees.orgId, orgId), inArray(mentees.id, group.menteeIds)))
    : [];
  const staffIds = [mentor.staffId, ...menteeRows.map((m) => m.staffId)];
  const staffRows = await db.select().from(staff).where(inArray(staff.id, staffIds));
  const people = new Map(staffRows.map((r) => [r.id, personOf(r)]));
  const mentorStaff = staffRows.find((r) => r.id === mentor.staffId);
  const unknown: OrderPerson = { lastName: '—', firstName: '', middleName: null, position: '' };
  const menteeStaff = new Map(menteeRows.map((m) => [m.id, m.staffId]));
  // The term of the group's latest program that was not broken off, unless the caller names one.
  const [program] = await db
    .select({ startsOn: programs.startsOn, endsOn: programs.endsOn })
    .from(programs)
    .where(and(eq(programs.orgId, orgId), eq(programs.groupId, group.id), ne(programs.status, 'terminated')))
    .orderBy(desc(programs.createdAt))
    .limit(1);
  const employer = await getOrganization(db, mentor.orgId);
  const pay = effectivePay(await ownPay(db, mentor.orgId, mentor.id), settingsOf(employer));
  return {
    mentorId: mentor.id,
    facts: {
      org: {
        fullName: employer.fullName,
        shortName: employer.shortName,
        address: employer.address,
        locality: employer.locality,
        directorName: employer.directorName,
        directorPosition: employer.directorPosition,
      },
      mentor: people.get(mentor.staffId) ?? unknown,
      mentees: group.menteeIds.map((id) => people.get(menteeStaff.get(id) ?? '') ?? unknown),
      forms: group.forms,
      startsOn: query.startsOn ?? program?.startsOn ?? null,
      endsOn: query.endsOn ?? program?.endsOn ?? null,
      date: query.date ?? null,
      number: query.number ?? null,
      contract: {
        number: mentorStaff?.employmentContractNumber ?? null,
        date: mentorStaff?.employmentContractDate ?? null,
      },
      pay: { amount: pay.amount, unit: pay.unit, conditions: pay.conditions },
    },
  };
}
