import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addPair,
  addToBook,
  type Draft,
  draftFrom,
  draftLoad,
  findPair,
  mergeByMentor,
  modeDifferences,
  removeMentee,
  swapMentors,
} from './draft';
import type { Proposal } from './matching-api';

const p = (mentorId: string, menteeId: string, score = 50): Proposal =>
  ({ mentorId, menteeId, score, reasons: [] }) as unknown as Proposal;

const base = () => draftFrom([p('A', '1'), p('A', '2'), p('B', '3')]);

/** Every mentee is in at most one group or in the removed list, never both. */
function consistent(d: Draft): boolean {
  const inGroups = d.groups.flatMap((g) => g.menteeIds);
  return new Set(inGroups).size === inGroups.length && !d.removed.some((m) => inGroups.includes(m));
}

describe('the curator’s draft', () => {
  it('starts with one pair per proposal', () => {
    const d = base();
    expect(d.groups.map((g) => [g.mentorId, g.menteeIds])).toEqual([
      ['A', ['1']],
      ['A', ['2']],
      ['B', ['3']],
    ]);
    expect(draftLoad(d)).toEqual(
      new Map([
        ['A', 2],
        ['B', 1],
      ]),
    );
  });

  it('removes a mentee into the removed list and adds them back with another mentor', () => {
    const removed = removeMentee(base(), '1');
    expect(removed.groups.map((g) => g.menteeIds[0])).toEqual(['2', '3']);
    expect(removed.removed).toEqual(['1']);
    const added = addPair(removed, 'B', '1');
    expect(added.removed).toEqual([]);
    expect(draftLoad(added).get('B')).toBe(2);
  });

  it('swaps the mentors of two pairs and ignores a swap with itself', () => {
    const d = base();
    const [first, , third] = d.groups;
    const swapped = swapMentors(d, first?.key ?? '', third?.key ?? '');
    expect(swapped.groups.map((g) => g.mentorId)).toEqual(['B', 'A', 'A']);
    expect(swapMentors(d, first?.key ?? '', first?.key ?? '')).toBe(d);
  });

  it('turns one mentor’s pairs into a group with the group form, and back into a pair', () => {
    const merged = mergeByMentor(base(), 'A');
    const group = merged.groups.find((g) => g.mentorId === 'A');
    expect(group?.menteeIds).toEqual(['1', '2']);
    expect(group?.forms).toContain('group');
    expect(group?.forms).not.toContain('traditional');
    const single = removeMentee(merged, '2').groups.find((g) => g.mentorId === 'A');
    expect(single?.forms).toContain('traditional');
    expect(single?.forms).not.toContain('group');
    // A mentor with a single pair has nothing to merge.
    expect(mergeByMentor(base(), 'B')).toEqual(base());
  });

  it('keeps every mentee in one place whatever edits follow each other', () => {
    const mentors = ['A', 'B', 'C'];
    const mentees = ['1', '2', '3', '4', '5'];
    const edit = fc.oneof(
      fc.record({ op: fc.constant('remove' as const), m: fc.constantFrom(...mentees) }),
      fc.record({ op: fc.constant('add' as const), m: fc.constantFrom(...mentees), t: fc.constantFrom(...mentors) }),
      fc.record({ op: fc.constant('merge' as const), t: fc.constantFrom(...mentors) }),
      fc.record({ op: fc.constant('swap' as const), a: fc.nat(6), b: fc.nat(6) }),
    );
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 25 }), (edits) => {
        let d = base();
        for (const e of edits) {
          if (e.op === 'remove') d = removeMentee(d, e.m);
          else if (e.op === 'add') d = addPair(d, e.t, e.m);
          else if (e.op === 'merge') d = mergeByMentor(d, e.t);
          else d = swapMentors(d, d.groups[e.a]?.key ?? '', d.groups[e.b]?.key ?? '');
          if (!consistent(d)) return false;
        }
        const total = [...draftLoad(d).values()].reduce((a, b) => a + b, 0);
        return total === d.groups.flatMap((g) => g.menteeIds).length;
      }),
    );
  });

  it('remembers scores from every run and lists the mentees whose mentor differs between modes', () => {
    const results = {
      'max-score': { proposals: [p('A', '1', 80), p('B', '2', 60)], unmatched: [] },
      stable: { proposals: [p('B', '1', 70)], unmatched: [{ menteeId: '2', reason: '' }] },
    } as unknown as Parameters<typeof addToBook>[1];
    const book = new Map<string, Proposal>();
    addToBook(book, results);
    expect(findPair(book, 'B', '1')?.score).toBe(70);
    expect(findPair(book, 'C', '1')).toBeNull();
    const diff = modeDifferences(results, ['max-score', 'stable']);
    expect(diff.map((d) => [d.menteeId, d.mentorOf])).toEqual([
      ['1', { 'max-score': 'A', stable: 'B' }],
      ['2', { 'max-score': 'B', stable: null }],
    ]);
  });
});
