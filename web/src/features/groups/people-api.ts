// The people behind bank ids: groups and proposals name bank entries, screens show names. A school's
// banks are small, so both are read whole; a mentor or mentee sees only what the banks show them.
import { useQuery } from '@tanstack/react-query';
import type { Mentee, Mentor, MentorPublic } from '../../../../src/banks/bank-contract.js';
import { api, type Page, withQuery } from '../../api/client';
import { menteesKey, mentorsKey } from '../../api/keys';
import { fullName } from '../staff/staff-format';

async function fetchAll<T>(path: string, signal?: AbortSignal): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | undefined;
  do {
    const page: Page<T> = await api<Page<T>>(withQuery(path, { limit: 200, cursor }), { signal });
    out.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out;
}

export function useAllMentees(orgId: string, enabled = true) {
  return useQuery({
    queryKey: [...menteesKey(orgId), 'all'],
    queryFn: ({ signal }) => fetchAll<Mentee>(`/api/v1/orgs/${orgId}/mentees`, signal),
    enabled,
  });
}

export function useAllMentors(orgId: string, enabled = true) {
  return useQuery({
    queryKey: [...mentorsKey(orgId), 'all'],
    queryFn: ({ signal }) => fetchAll<Mentor | MentorPublic>(`/api/v1/orgs/${orgId}/mentors`, signal),
    enabled,
  });
}

export interface Person {
  id: string;
  name: string;
  position: string;
  subjects: string[];
}

export interface People {
  mentees: Map<string, Mentee>;
  mentors: Map<string, Mentor | MentorPublic>;
  mentee(id: string): Person | null;
  mentor(id: string): Person | null;
  isLoading: boolean;
  error: unknown;
}

export function usePeople(orgId: string, enabled = true): People {
  const mentees = useAllMentees(orgId, enabled);
  const mentors = useAllMentors(orgId, enabled);
  const menteeMap = new Map((mentees.data ?? []).map((m) => [m.id, m]));
  const mentorMap = new Map((mentors.data ?? []).map((m) => [m.id, m]));
  return {
    mentees: menteeMap,
    mentors: mentorMap,
    mentee(id) {
      const m = menteeMap.get(id);
      return m ? { id, name: fullName(m.staff), position: m.staff.position, subjects: m.staff.subjects } : null;
    },
    mentor(id) {
      const m = mentorMap.get(id);
      return m ? { id, name: fullName(m.staff), position: m.staff.position, subjects: m.staff.subjects } : null;
    },
    isLoading: mentees.isPending || mentors.isPending,
    error: mentees.error ?? mentors.error,
  };
}

/**
 * People with mentors of other schools added (network mentoring): they are not in this school's
 * bank, so their names come from the proposals or the groups that name them.
 */
export function withExternalMentors(
  people: People,
  external: ReadonlyMap<string, { name: string; orgName: string }>,
): People {
  if (external.size === 0) return people;
  return {
    ...people,
    mentor(id) {
      const own = people.mentor(id);
      if (own) return own;
      const e = external.get(id);
      return e ? { id, name: e.name, position: e.orgName, subjects: [] } : null;
    },
  };
}

/** The other-school mentors of network groups, named by the host school's agreement. */
export function groupsExternalMentors(
  groups: readonly { mentorId: string; hostAgreement: { mentorName: string; orgName: string } | null }[],
) {
  const out = new Map<string, { name: string; orgName: string }>();
  for (const g of groups)
    if (g.hostAgreement) out.set(g.mentorId, { name: g.hostAgreement.mentorName, orgName: g.hostAgreement.orgName });
  return out;
}

/**
 * The bank entries that are the signed-in person, for a mentor or mentee who sees only their own
 * part of the banks: their mentor entry is the one shown in full; a mentee sees only their own entry.
 */
export function ownEntryIds(people: People, roles: readonly string[], readsAll: boolean): Set<string> {
  const own = new Set<string>();
  if (readsAll) return own;
  const mentorStaff = new Set<string>();
  for (const m of people.mentors.values())
    if (m.view === 'full') {
      own.add(m.id);
      mentorStaff.add(m.staffId);
    }
  const onlyMentee = roles.includes('mentee') && !roles.includes('mentor');
  for (const m of people.mentees.values()) if (onlyMentee || mentorStaff.has(m.staffId)) own.add(m.id);
  return own;
}
