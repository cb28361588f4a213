// Reads what matching needs from one organization: mentees still searching, mentors who are
// available, who has which consents, and the catalogue's names. One query per kind of fact.
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { mentees, mentors } from '../banks/banks-table.js';
import { mentorConsents } from '../banks/require-consents.js';
import { listDifficulties } from '../catalog/catalog-store.js';
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

export async function loadMatchingFacts(
  db: Db,
  orgId: string,
  today: string,
  menteeIds?: readonly string[],
): Promise<MatchingFacts> {
  const menteeWhere = [eq(mentees.orgId, orgId), eq(mentees.status, 'searching'), isNull(staff.archivedAt)];
  if (menteeIds) menteeWhere.push(inArray(mentees.id, [...menteeIds]));
  const [menteeRows, mentorRows, consentRows, catalog, busyGroups] = await Promise.all([
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
    // Proposed, agreed and active groups hold their mentees and their mentor's places.
    db
      .select({ mentorId: groups.mentorId, menteeIds: groups.menteeIds })
      .from(groups)
      .where(and(eq(groups.orgId, orgId), inArray(groups.status, [...busyGroupStatuses]))),
  ]);
  const inGroups = new Set(busyGroups.flatMap((g) => g.menteeIds));
  const placesTaken = new Map<string, number>();
  for (const g of busyGroups) placesTaken.set(g.mentorId, (placesTaken.get(g.mentorId) ?? 0) + g.menteeIds.length);
  const kinds = new Map<string, Set<string>>();
  for (const c of consentRows) {
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
      competences: entry.competences,
      subjects: entry.subjects,
      teachingYears: teachingYears(teachingSince, today),
      forms: entry.forms,
      preferredMenteeIds: entry.preferredMenteeIds,
      available: entry.status === 'available',
      hasConsents: mentorConsents.every((k) => has(entry.staffId, k)),
      freePlaces: Math.max(0, entry.capacity - (placesTaken.get(entry.id) ?? 0)),
    })),
    difficultyNames: new Map(catalog.map((d) => [d.id, d.name])),
  };
}
