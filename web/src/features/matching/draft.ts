// The curator's draft of pairs and groups before confirming: built from one mode's proposals, then
// edited by hand. Pure functions over plain data, so every edit is easy to follow and to test.
import type { GroupForm } from '../../../../src/groups/group-contract.js';
import type { MatchingResult, Mode, Proposal } from './matching-api';

export interface DraftGroup {
  key: string;
  mentorId: string;
  menteeIds: string[];
  forms: GroupForm[];
}

export interface Draft {
  groups: DraftGroup[];
  /** Mentees taken out of the draft by hand, with no pair for now. */
  removed: string[];
}

export const pairForms: GroupForm[] = ['traditional', 'teacher-teacher'];
const groupForms: GroupForm[] = ['group', 'teacher-teacher'];

export function draftFrom(proposals: readonly Proposal[]): Draft {
  return {
    groups: proposals.map((p) => ({
      key: p.menteeId,
      mentorId: p.mentorId,
      menteeIds: [p.menteeId],
      forms: pairForms,
    })),
    removed: [],
  };
}

/** A group of one mentee cannot be "group" mentoring; a group of several is. */
function formsFor(forms: readonly GroupForm[], size: number): GroupForm[] {
  if (size > 1 && !forms.includes('group')) return [...forms.filter((f) => f !== 'traditional'), 'group'];
  if (size === 1 && forms.includes('group')) {
    const rest = forms.filter((f) => f !== 'group');
    return rest.includes('traditional') ? rest : ['traditional', ...rest];
  }
  return [...forms];
}

export function removeMentee(draft: Draft, menteeId: string): Draft {
  const groups = draft.groups.flatMap((g) => {
    if (!g.menteeIds.includes(menteeId)) return [g];
    const menteeIds = g.menteeIds.filter((id) => id !== menteeId);
    return menteeIds.length === 0 ? [] : [{ ...g, menteeIds, forms: formsFor(g.forms, menteeIds.length) }];
  });
  return { groups, removed: draft.removed.includes(menteeId) ? draft.removed : [...draft.removed, menteeId] };
}

export function swapMentors(draft: Draft, keyA: string, keyB: string): Draft {
  const a = draft.groups.find((g) => g.key === keyA);
  const b = draft.groups.find((g) => g.key === keyB);
  if (!a || !b || a === b) return draft;
  return {
    ...draft,
    groups: draft.groups.map((g) =>
      g.key === keyA ? { ...g, mentorId: b.mentorId } : g.key === keyB ? { ...g, mentorId: a.mentorId } : g,
    ),
  };
}

export function addPair(draft: Draft, mentorId: string, menteeId: string): Draft {
  const cleared = draft.groups.some((g) => g.menteeIds.includes(menteeId)) ? removeMentee(draft, menteeId) : draft;
  return {
    groups: [...cleared.groups, { key: menteeId, mentorId, menteeIds: [menteeId], forms: pairForms }],
    removed: cleared.removed.filter((id) => id !== menteeId),
  };
}

/** Every pair and group of one mentor becomes one group (group mentoring, §1.3). */
export function mergeByMentor(draft: Draft, mentorId: string): Draft {
  const mine = draft.groups.filter((g) => g.mentorId === mentorId);
  const first = mine[0];
  if (!first || mine.length < 2) return draft;
  const menteeIds = mine.flatMap((g) => g.menteeIds);
  const forms = formsFor([...new Set(mine.flatMap((g) => g.forms))], menteeIds.length).filter(
    (f) => f !== 'traditional',
  );
  const merged: DraftGroup = { key: first.key, mentorId, menteeIds, forms: forms.length ? forms : groupForms };
  return {
    ...draft,
    groups: draft.groups.flatMap((g) => (g.mentorId !== mentorId ? [g] : g === first ? [merged] : [])),
  };
}

export function setForms(draft: Draft, key: string, forms: GroupForm[]): Draft {
  return { ...draft, groups: draft.groups.map((g) => (g.key === key ? { ...g, forms } : g)) };
}

export function dropGroups(draft: Draft, keys: ReadonlySet<string>): Draft {
  return { ...draft, groups: draft.groups.filter((g) => !keys.has(g.key)) };
}

/** How many mentees the draft gives each mentor. */
export function draftLoad(draft: Draft): Map<string, number> {
  const load = new Map<string, number>();
  for (const g of draft.groups) load.set(g.mentorId, (load.get(g.mentorId) ?? 0) + g.menteeIds.length);
  return load;
}

export type Results = Partial<Record<Mode, MatchingResult>>;

/** Every pair any run proposed, by `mentorId:menteeId`: a hand-made pair keeps its known score. */
export type PairBook = ReadonlyMap<string, Proposal>;

export function addToBook(book: Map<string, Proposal>, results: Results): void {
  for (const r of Object.values(results))
    for (const p of r?.proposals ?? []) book.set(`${p.mentorId}:${p.menteeId}`, p);
}

/** A pair's score and reasons from whichever run proposed it, if any did. */
export function findPair(book: PairBook, mentorId: string, menteeId: string): Proposal | null {
  return book.get(`${mentorId}:${menteeId}`) ?? null;
}

export interface ModeDiff {
  menteeId: string;
  mentorOf: Partial<Record<Mode, string | null>>;
}

/** The mentees whose mentor (or lack of one) is not the same in every mode. */
export function modeDifferences(results: Results, order: readonly Mode[]): ModeDiff[] {
  const menteeIds = new Set<string>();
  for (const r of Object.values(results)) {
    for (const p of r?.proposals ?? []) menteeIds.add(p.menteeId);
    for (const u of r?.unmatched ?? []) menteeIds.add(u.menteeId);
  }
  const out: ModeDiff[] = [];
  for (const menteeId of menteeIds) {
    const mentorOf: ModeDiff['mentorOf'] = {};
    for (const mode of order) {
      const r = results[mode];
      if (!r) continue;
      mentorOf[mode] = r.proposals.find((p) => p.menteeId === menteeId)?.mentorId ?? null;
    }
    if (new Set(Object.values(mentorOf)).size > 1) out.push({ menteeId, mentorOf });
  }
  return out;
}
