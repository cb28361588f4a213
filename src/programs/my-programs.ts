// The programs the caller takes part in, as a mentor or a mentee, with what their home page needs in
// one read: the people's names, the plan's progress and next steps, the journal's last entry and
// whether the caller's own agreement is awaited. Only programs of groups the caller sees (the
// groups' rule) in which one of their bank entries is a participant now.
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { mentees, mentors } from '../banks/banks-table.js';
import { shiftDays } from '../calendar/production-calendar.js';
import type { Db } from '../db/client.js';
import { entriesOf, groupVisibility, ownStaffId } from '../groups/group-access.js';
import { groups } from '../groups/groups-table.js';
import type { TenantContext } from '../http/tenancy.js';
import { staff } from '../staff/staff-table.js';
import { terminalStatuses } from './lifecycle.js';
import { type MyProgram, type MyPrograms, nextActivitiesShown } from './my-programs-contract.js';
import { quietDays } from './overview.js';
import { closedActivityStatuses } from './program-contract.js';
import { type ProgramRow, programActivities, programJournal, programs } from './programs-table.js';

const fullName = (s: { lastName: string; firstName: string; middleName: string | null }) =>
  [s.lastName, s.firstName, s.middleName].filter(Boolean).join(' ');

export async function myPrograms(db: Db, ctx: TenantContext, today: string): Promise<MyPrograms> {
  const staffId = await ownStaffId(db, ctx);
  if (!staffId) return { today, items: [] };
  const own = await entriesOf(db, ctx.orgId, staffId);
  const visibleGroups = await groupVisibility(db, ctx.orgId, { all: false, ownStaffId: staffId });
  if (own.size === 0 || !visibleGroups) return { today, items: [] };

  const rows = (
    await db
      .select()
      .from(programs)
      .where(
        and(
          eq(programs.orgId, ctx.orgId),
          sql`${programs.groupId} in (select ${groups.id} from ${groups} where ${groups.orgId} = ${ctx.orgId} and ${visibleGroups})`,
        ),
      )
  ).filter((p) => p.participants.some((x) => own.has(x.id)));
  if (rows.length === 0) return { today, items: [] };
  const ids = rows.map((p) => p.id);

  const [activities, lastEntries, names] = await Promise.all([
    db
      .select({
        programId: programActivities.programId,
        id: programActivities.id,
        title: programActivities.title,
        kind: programActivities.kind,
        status: programActivities.status,
        dueOn: programActivities.dueOn,
      })
      .from(programActivities)
      .where(and(eq(programActivities.orgId, ctx.orgId), inArray(programActivities.programId, ids)))
      // Dated steps first, soonest first; undated ones keep the plan's order.
      .orderBy(sql`${programActivities.dueOn} asc nulls last`, asc(programActivities.position)),
    db
      .select({ programId: programJournal.programId, last: sql<string>`max(${programJournal.happenedOn})::text` })
      .from(programJournal)
      .where(and(eq(programJournal.orgId, ctx.orgId), inArray(programJournal.programId, ids)))
      .groupBy(programJournal.programId),
    participantNames(db, ctx.orgId, rows),
  ]);
  const lastBy = new Map(lastEntries.map((e) => [e.programId, e.last]));
  const quietSince = shiftDays(today, -quietDays);
  const closed = new Set<string>(closedActivityStatuses);

  const items = rows.map((p): MyProgram => {
    const me = p.participants.find((x) => own.has(x.id)) as ProgramRow['participants'][number];
    const plan = activities.filter((a) => a.programId === p.id);
    const open = plan.filter((a) => !closed.has(a.status));
    const last = lastBy.get(p.id) ?? null;
    const person = (x: { id: string; agreed: boolean }) => ({
      id: x.id,
      name: names.get(x.id) ?? '',
      agreed: x.agreed,
    });
    const mentor = p.participants.find((x) => x.role === 'mentor');
    return {
      id: p.id,
      groupId: p.groupId,
      status: p.status,
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      role: me.role,
      participantId: me.id,
      mentor: mentor ? person(mentor) : null,
      mentees: p.participants.filter((x) => x.role === 'mentee').map(person),
      awaitingMe: p.status === 'draft' && !me.agreed,
      plan: {
        total: plan.length,
        done: plan.filter((a) => a.status === 'done').length,
        dropped: plan.filter((a) => a.status === 'dropped').length,
        overdue: open.filter((a) => a.dueOn !== null && a.dueOn < today).length,
      },
      next: open.slice(0, nextActivitiesShown).map(({ id, title, kind, status, dueOn }) => ({
        id,
        title,
        kind,
        status,
        dueOn,
      })),
      lastJournalOn: last,
      // The same rule as the curator's overview: three weeks with no entry once the program runs.
      quiet: p.status === 'active' && (last ?? p.startsOn) < quietSince && p.startsOn < quietSince,
    };
  });
  // Programs still going first, the latest start first among them.
  const ended = (p: MyProgram) => (terminalStatuses.includes(p.status) ? 1 : 0);
  items.sort((a, b) => ended(a) - ended(b) || b.startsOn.localeCompare(a.startsOn));
  return { today, items };
}

/** Bank entry id → the person's full name. A network group's mentor is in another school's bank. */
async function participantNames(db: Db, orgId: string, rows: ProgramRow[]): Promise<Map<string, string>> {
  const idsOf = (role: 'mentor' | 'mentee') => [
    ...new Set(rows.flatMap((p) => p.participants.filter((x) => x.role === role).map((x) => x.id))),
  ];
  const mentorIds = idsOf('mentor');
  const menteeIds = idsOf('mentee');
  const [mentorRows, menteeRows] = await Promise.all([
    mentorIds.length
      ? db
          .select({
            id: mentors.id,
            lastName: staff.lastName,
            firstName: staff.firstName,
            middleName: staff.middleName,
          })
          .from(mentors)
          .innerJoin(staff, eq(staff.id, mentors.staffId))
          .where(inArray(mentors.id, mentorIds))
      : Promise.resolve([]),
    menteeIds.length
      ? db
          .select({
            id: mentees.id,
            lastName: staff.lastName,
            firstName: staff.firstName,
            middleName: staff.middleName,
          })
          .from(mentees)
          .innerJoin(staff, eq(staff.id, mentees.staffId))
          .where(and(eq(mentees.orgId, orgId), inArray(mentees.id, menteeIds)))
      : Promise.resolve([]),
  ]);
  return new Map([...mentorRows, ...menteeRows].map((r) => [r.id, fullName(r)]));
}
