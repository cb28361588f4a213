// Reads what matching needs from one organization: mentees still searching, mentors who are
// available, who has which consents, and the catalogue's names. One query per kind of fact.
// With a network pool, mentors of the other schools who take cross-school mentoring join in,
// their competences translated into this school's catalogue by name.
import { and, arrayContains, eq, inArray, isNull } from 'drizzle-orm';
import { mentees, mentors } from '../banks/banks-table.js';
import { mentorConsents } from '../banks/require-consents.js';
import { listDifficulties } from '../catalog/catalog-store.js';
import { difficulties } from '../catalog/difficulties-table.js';
import { consents } from '../consents/consents-table.js';
import type { Db } from '../db/client.js';
import { busyGroupStatuses } from '../groups/group-contract.js';
import { groups } from '../groups/groups-table.js';
import { staff } from '../staff/staff-table.js';
import { teachingYears } from '../staff/young-specialist.js';
import type { MenteeFacts, MentorFacts } from './scoring.js';

export interface MatchingFacts {
  mentees: MenteeFacts[];
  mentors: MentorFacts[];
  difficultyNames: Map<string, string>;
}

/** Other schools whose cross-school mentors may be proposed (see network/network-pool.ts). */
export interface PoolSchools {
  schoolIds: readonly string[];
}

function nameKey(name: string): string {
  return name.toLocaleLowerCase('ru-RU').replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

export async function loadMatchingFacts(
  db: Db,
  orgId: string,
  today: string,
  menteeIds?: readonly string[],
  pool?: PoolSchools,
): Promise<MatchingFacts> {
  const menteeWhere = [eq(mentees.orgId, orgId), eq(mentees.status, 'searching'), isNull(staff.archivedAt)];
  if (menteeIds) menteeWhere.push(inArray(mentees.id, [...menteeIds]));
  const poolIds = pool?.schoolIds.filter((id) => id !== orgId) ?? [];
  const [menteeRows, ownMentorRows, consentRows, catalog, poolMentorRows] = await Promise.all([
    db
      .select({ entry: mentees, subjects: staff.subjects, teachingSince: staff.teachingSince })
      .from(mentees)
      .innerJoin(staff, eq(staff.id, mentees.staffId))
      .where(and(...menteeWhere))
      .orderBy(staff.sortName),
    db
      .select({ entry: mentors, teachingSince: staff.teachingSince })
      .from(mentors)
      .innerJoin(staff, eq(staff.id, mentors.staffId))
      .where(and(eq(mentors.orgId, orgId), inArray(mentors.status, ['available', 'full']), isNull(staff.archivedAt)))
      .orderBy(staff.sortName),
    db
      .select({ staffId: consents.staffId, kind: consents.kind })
      .from(consents)
      .where(and(eq(consents.orgId, orgId), isNull(consents.withdrawnOn))),
    listDifficulties(db, orgId, undefined),
    poolIds.length === 0
      ? Promise.resolve([])
      : db
          .select({
            entry: mentors,
            teachingSince: staff.teachingSince,
            lastName: staff.lastName,
            firstName: staff.firstName,
            middleName: staff.middleName,
          })
          .from(mentors)
          .innerJoin(staff, eq(staff.id, mentors.staffId))
          .where(
            and(
              inArray(mentors.orgId, poolIds),
              eq(mentors.status, 'available'),
              arrayContains(mentors.forms, ['cross-school']),
              isNull(staff.archivedAt),
            ),
          )
          .orderBy(staff.sortName),
  ]);
  // Another school's mentor is named in the proposal: this school has no bank entry to show.
  const poolNames = new Map(
    poolMentorRows.map((r) => [r.entry.id, [r.lastName, r.firstName, r.middleName].filter(Boolean).join(' ')]),
  );
  const mentorRows = [...ownMentorRows, ...poolMentorRows];
  const allMentorIds = mentorRows.map((r) => r.entry.id);
  // Proposed, agreed and active groups hold their mentees and their mentor's places — a mentor's
  // places are taken by groups of any school, so those are counted by mentor, not by school.
  const [busyGroups, mentorLoad, poolConsents, poolDifficulties] = await Promise.all([
    db
      .select({ menteeIds: groups.menteeIds })
      .from(groups)
      .where(and(eq(groups.orgId, orgId), inArray(groups.status, [...busyGroupStatuses]))),
    allMentorIds.length === 0
      ? Promise.resolve([])
      : db
          .select({ mentorId: groups.mentorId, menteeIds: groups.menteeIds })
          .from(groups)
          .where(and(inArray(groups.mentorId, allMentorIds), inArray(groups.status, [...busyGroupStatuses]))),
    poolMentorRows.length === 0
      ? Promise.resolve([])
      : db
          .select({ staffId: consents.staffId, kind: consents.kind })
          .from(consents)
          .where(
            and(
              inArray(consents.orgId, poolIds),
              inArray(
                consents.staffId,
                poolMentorRows.map((r) => r.entry.staffId),
              ),
              isNull(consents.withdrawnOn),
            ),
          ),
    poolMentorRows.length === 0
      ? Promise.resolve([])
      : db
          .select({ id: difficulties.id, name: difficulties.name })
          .from(difficulties)
          .where(inArray(difficulties.orgId, poolIds)),
  ]);
  const inGroups = new Set(busyGroups.flatMap((g) => g.menteeIds));
  const placesTaken = new Map<string, number>();
  for (const g of mentorLoad) placesTaken.set(g.mentorId, (placesTaken.get(g.mentorId) ?? 0) + g.menteeIds.length);
  // Another school's difficulty id → this school's id with the same name (dropped when none).
  const localByName = new Map(catalog.map((d) => [nameKey(d.name), d.id]));
  const translate = new Map<string, string>();
  for (const d of poolDifficulties) {
    const local = localByName.get(nameKey(d.name));
    if (local) translate.set(d.id, local);
  }
  const kinds = new Map<string, Set<string>>();
  for (const c of [...consentRows, ...poolConsents]) {
    const set = kinds.get(c.staffId) ?? new Set<string>();
    set.add(c.kind);
    kinds.set(c.staffId, set);
  }
  const has = (staffId: string, kind: string) => kinds.get(staffId)?.has(kind) ?? false;
  return {
    mentees: menteeRows
      .filter(({ entry }) => !inGroups.has(entry.id))
      .map(({ entry, subjects, teachingSince }) => ({
        id: entry.id,
        staffId: entry.staffId,
        orgId: entry.orgId,
        difficulties: entry.difficulties,
        subjects,
        teachingYears: teachingYears(teachingSince, today),
        preferredForms: entry.preferredForms,
        preferredMentorIds: entry.preferredMentorIds,
        hasPersonalDataConsent: has(entry.staffId, 'personal-data'),
      })),
    mentors: mentorRows.map(({ entry, teachingSince }) => ({
      id: entry.id,
      staffId: entry.staffId,
      orgId: entry.orgId,
      competences:
        entry.orgId === orgId
          ? entry.competences
          : entry.competences.flatMap((id) => {
              const local = translate.get(id);
              return local ? [local] : [];
            }),
      subjects: entry.subjects,
      teachingYears: teachingYears(teachingSince, today),
      forms: entry.forms,
      preferredMenteeIds: entry.preferredMenteeIds,
      available: entry.status === 'available',
      hasConsents: mentorConsents.every((k) => has(entry.staffId, k)),
      freePlaces: Math.max(0, entry.capacity - (placesTaken.get(entry.id) ?? 0)),
      ...(poolNames.has(entry.id) ? { fullName: poolNames.get(entry.id) } : {}),
    })),
    difficultyNames: new Map(catalog.map((d) => [d.id, d.name])),
  };
}
