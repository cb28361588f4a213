// Loads what the program's papers state: the organization, the pair's people, the difficulties'
// names, the plan, the journal's counts and the curator (an account with the curator role linked
// to a staff member).
import { and, arrayContains, asc, eq, inArray, isNotNull } from 'drizzle-orm';
import { memberships } from '../auth/auth-tables.js';
import { mentees, mentors } from '../banks/banks-table.js';
import { difficulties } from '../catalog/difficulties-table.js';
import type { Db } from '../db/client.js';
import { getOrganization } from '../organizations/update-organization.js';
import { staff } from '../staff/staff-table.js';
import type { ProgramFacts } from './program-document.js';
import { type ProgramRow, programActivities, programJournal } from './programs-table.js';

const personOf = (r: { lastName: string; firstName: string; middleName: string | null; position: string }) => ({
  lastName: r.lastName,
  firstName: r.firstName,
  middleName: r.middleName,
  position: r.position,
});

export async function loadProgramFacts(db: Db, program: ProgramRow): Promise<ProgramFacts> {
  const orgId = program.orgId;
  const mentorId = program.participants.find((p) => p.role === 'mentor')?.id ?? '';
  const menteeIds = program.participants.filter((p) => p.role === 'mentee').map((p) => p.id);
  const [mentorRows, menteeRows, org, activityRows, journalRows, curatorLink, difficultyRows] = await Promise.all([
    db.select({ staffId: mentors.staffId }).from(mentors).where(eq(mentors.id, mentorId)),
    menteeIds.length
      ? db
          .select({ id: mentees.id, staffId: mentees.staffId })
          .from(mentees)
          .where(and(eq(mentees.orgId, orgId), inArray(mentees.id, menteeIds)))
      : Promise.resolve([]),
    getOrganization(db, orgId),
    db
      .select()
      .from(programActivities)
      .where(and(eq(programActivities.orgId, orgId), eq(programActivities.programId, program.id)))
      .orderBy(asc(programActivities.position)),
    db
      .select({ kind: programJournal.kind, minutes: programJournal.minutes })
      .from(programJournal)
      .where(and(eq(programJournal.orgId, orgId), eq(programJournal.programId, program.id))),
    db
      .select({ staffId: memberships.staffId })
      .from(memberships)
      .where(
        and(
          eq(memberships.orgId, orgId),
          arrayContains(memberships.roles, ['curator']),
          isNotNull(memberships.staffId),
        ),
      )
      .limit(1),
    program.difficulties.length
      ? db
          .select({ id: difficulties.id, name: difficulties.name })
          .from(difficulties)
          .where(and(eq(difficulties.orgId, orgId), inArray(difficulties.id, program.difficulties)))
      : Promise.resolve([]),
  ]);
  const staffIds = [
    ...mentorRows.map((m) => m.staffId),
    ...menteeRows.map((m) => m.staffId),
    ...curatorLink.flatMap((c) => (c.staffId ? [c.staffId] : [])),
  ];
  const byId = new Map(
    staffIds.length
      ? (await db.select().from(staff).where(inArray(staff.id, staffIds))).map((r) => [r.id, personOf(r)])
      : [],
  );
  const unknown = { lastName: '—', firstName: '', middleName: null, position: '' };
  const names = new Map(difficultyRows.map((d) => [d.id, d.name]));
  const curatorStaff = curatorLink[0]?.staffId;
  return {
    org: {
      fullName: org.fullName,
      shortName: org.shortName,
      directorName: org.directorName,
      directorPosition: org.directorPosition,
    },
    status: program.status,
    startsOn: program.startsOn,
    endsOn: program.endsOn,
    mentor: byId.get(mentorRows[0]?.staffId ?? '') ?? unknown,
    mentees: menteeIds.map((id) => byId.get(menteeRows.find((m) => m.id === id)?.staffId ?? '') ?? unknown),
    difficulties: program.difficulties.flatMap((id) => (names.has(id) ? [names.get(id) as string] : [])),
    goals: program.goals,
    expectedResults: program.expectedResults,
    strengths: program.strengths,
    forms: program.forms as ProgramFacts['forms'],
    activities: activityRows.map((a) => ({
      title: a.title,
      kind: a.kind,
      dueOn: a.dueOn,
      responsible: a.responsible,
      expectedResult: a.expectedResult,
      status: a.status,
      evidence: a.evidence,
    })),
    journal: journalRows,
    curator: curatorStaff ? (byId.get(curatorStaff) ?? null) : null,
    outcome: {
      results: program.outcome?.results ?? null,
      mentor: program.outcome?.assessments[mentorId] ?? null,
      mentees: menteeIds.map((id) => program.outcome?.assessments[id] ?? null),
    },
  };
}
