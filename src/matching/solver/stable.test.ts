// Stable mode: no blocking pairs, and mentee-optimality against brute-force
// enumeration of all stable matchings on small instances.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFeasible, findBlockingPair, type MatchingProblem, type MatchingResult, solveStable } from './index.js';

interface Small {
  capacity: number[];
  menteeCount: number;
  edges: [number, number, number][];
  mentorPrefs: (number[] | undefined)[];
  menteePrefs: (number[] | undefined)[];
}

function toProblem(s: Small): MatchingProblem {
  return {
    capacity: s.capacity,
    menteeCount: s.menteeCount,
    edgeMentor: s.edges.map((x) => x[0]),
    edgeMentee: s.edges.map((x) => x[1]),
    edgeScore: s.edges.map((x) => x[2]),
    mentorPrefs: s.mentorPrefs,
    menteePrefs: s.menteePrefs,
  };
}

/** An optional preference list: a random subset of `size` ids in random order. */
const prefsList = (size: number): fc.Arbitrary<number[] | undefined> =>
  fc.option(
    fc.shuffledSubarray(
      Array.from({ length: size }, (_, i) => i),
      { minLength: 0, maxLength: size },
    ),
    { nil: undefined, freq: 2 },
  );

const smallInstance: fc.Arbitrary<Small> = fc
  .record({ mentors: fc.integer({ min: 1, max: 5 }), mentees: fc.integer({ min: 1, max: 6 }) })
  .chain(({ mentors, mentees }) =>
    fc.record({
      capacity: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: mentors, maxLength: mentors }),
      menteeCount: fc.constant(mentees),
      edges: fc.array(
        fc.tuple(
          fc.integer({ min: 0, max: mentors - 1 }),
          fc.integer({ min: 0, max: mentees - 1 }),
          fc.integer({ min: 1, max: 5 }),
        ),
        { maxLength: 16 },
      ),
      mentorPrefs: fc.array(prefsList(mentees), { minLength: mentors, maxLength: mentors }),
      menteePrefs: fc.array(prefsList(mentors), { minLength: mentees, maxLength: mentees }),
    }),
  );

/** Mentee e's rank of mentor m (lower is better), or undefined if unacceptable to e. */
function menteeRank(s: Small, e: number, m: number): number | undefined {
  const scores = new Map<number, number>();
  for (const [mm, ee, sc] of s.edges) if (ee === e) scores.set(mm, Math.max(scores.get(mm) ?? 0, sc));
  if (!scores.has(m)) return undefined;
  const list = s.menteePrefs[e];
  if (list !== undefined) {
    const i = list.indexOf(m);
    return i < 0 ? undefined : i;
  }
  const order = [...scores.keys()].sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0) || a - b);
  return order.indexOf(m);
}

/** All stable matchings, by enumerating every feasible assignment of allowed pairs. */
function allStable(s: Small): Int32Array[] {
  const p = toProblem(s);
  const options: number[][] = Array.from({ length: s.menteeCount }, () => []);
  s.edges.forEach(([m, e], k) => {
    if (!options[e].some((j) => s.edges[j][0] === m)) options[e].push(k);
  });
  const found: Int32Array[] = [];
  const mentorOf = new Int32Array(s.menteeCount).fill(-1);
  const edgeOf = new Int32Array(s.menteeCount).fill(-1);
  const load = s.capacity.map(() => 0);
  const visit = (e: number): void => {
    if (e === s.menteeCount) {
      const candidate: MatchingResult = { mode: 'stable', mentorOf, edgeOf, total: 0, matched: 0 };
      if (findBlockingPair(p, candidate) === null) found.push(mentorOf.slice());
      return;
    }
    visit(e + 1);
    for (const k of options[e]) {
      const m = s.edges[k][0];
      if (load[m] >= s.capacity[m]) continue;
      load[m]++;
      mentorOf[e] = m;
      edgeOf[e] = k;
      visit(e + 1);
      mentorOf[e] = -1;
      edgeOf[e] = -1;
      load[m]--;
    }
  };
  visit(0);
  return found;
}

describe('stable mode', () => {
  it('never leaves a blocking pair (with and without explicit prefs)', () => {
    fc.assert(
      fc.property(smallInstance, (s) => {
        const p = toProblem(s);
        const r = solveStable(p);
        expect(checkFeasible(p, r)).toBeNull();
        expect(findBlockingPair(p, r)).toBeNull();
      }),
      { numRuns: 400 },
    );
  });

  it('is mentee-optimal among all stable matchings', () => {
    fc.assert(
      fc.property(smallInstance, (s) => {
        const r = solveStable(toProblem(s));
        const stable = allStable(s);
        expect(stable.length).toBeGreaterThan(0);
        expect(stable.some((x) => x.every((m, e) => m === r.mentorOf[e]))).toBe(true);
        const rank = (e: number, m: number): number =>
          m < 0 ? Number.POSITIVE_INFINITY : (menteeRank(s, e, m) ?? Number.POSITIVE_INFINITY);
        for (const other of stable) {
          for (let e = 0; e < s.menteeCount; e++) {
            expect(rank(e, r.mentorOf[e])).toBeLessThanOrEqual(rank(e, other[e]));
          }
        }
      }),
      { numRuns: 250 },
    );
  });

  it('has no blocking pair on a larger random instance', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        let state = seed;
        const rnd = (k: number): number => {
          state = (Math.imul(state, 1103515245) + 12345) >>> 0;
          return (state >>> 8) % k;
        };
        const edges: [number, number, number][] = [];
        for (let e = 0; e < 300; e++) for (let i = 0; i < 8; i++) edges.push([rnd(150), e, 1 + rnd(20)]);
        const p: MatchingProblem = {
          capacity: Array.from({ length: 150 }, () => rnd(4)),
          menteeCount: 300,
          edgeMentor: edges.map((x) => x[0]),
          edgeMentee: edges.map((x) => x[1]),
          edgeScore: edges.map((x) => x[2]),
        };
        const r = solveStable(p);
        expect(checkFeasible(p, r)).toBeNull();
        expect(findBlockingPair(p, r)).toBeNull();
      }),
      { numRuns: 10 },
    );
  });

  it('follows explicit prefs and treats unlisted edges as unacceptable', () => {
    // Both mentees rank mentor 0 first; mentor 0 (capacity 1) prefers mentee 1.
    const p: MatchingProblem = {
      capacity: [1, 1],
      menteeCount: 2,
      edgeMentor: [0, 1, 0, 1],
      edgeMentee: [0, 0, 1, 1],
      edgeScore: [1, 1, 1, 1],
      mentorPrefs: [[1, 0], undefined],
      menteePrefs: [
        [0, 1],
        [0, 1],
      ],
    };
    expect(Array.from(solveStable(p).mentorOf)).toEqual([1, 0]);
    // Mentor 1 lists only mentee 1, so mentee 0 cannot fall back to it.
    const q: MatchingProblem = { ...p, mentorPrefs: [[1, 0], [1]] };
    expect(Array.from(solveStable(q).mentorOf)).toEqual([-1, 0]);
    // A prefs entry without an edge is ignored: mentee 0 lists mentor 2 (no edge) first.
    const r: MatchingProblem = { ...p, capacity: [1, 1, 1], menteePrefs: [[2, 1, 0], [0]] };
    expect(Array.from(solveStable(r).mentorOf)).toEqual([1, 0]);
  });

  it('ranks by score when no list is given, ties by index', () => {
    // One mentor, capacity 1, two mentees with equal score: the lower index wins.
    const tie: MatchingProblem = {
      capacity: [1],
      menteeCount: 2,
      edgeMentor: [0, 0],
      edgeMentee: [1, 0],
      edgeScore: [5, 5],
    };
    expect(Array.from(solveStable(tie).mentorOf)).toEqual([0, -1]);
    // Mentee 0 ties two mentors: it takes the lower index.
    const tie2: MatchingProblem = {
      capacity: [1, 1],
      menteeCount: 1,
      edgeMentor: [1, 0],
      edgeMentee: [0, 0],
      edgeScore: [5, 5],
    };
    expect(Array.from(solveStable(tie2).mentorOf)).toEqual([0]);
    // Mentor prefers the higher score even though that mentee proposes later.
    const byScore: MatchingProblem = {
      capacity: [1],
      menteeCount: 2,
      edgeMentor: [0, 0],
      edgeMentee: [0, 1],
      edgeScore: [3, 8],
    };
    const r = solveStable(byScore);
    expect(Array.from(r.mentorOf)).toEqual([-1, 0]);
    expect(r.total).toBe(8);
  });

  it('handles a single large-capacity mentor and zero capacities', () => {
    const n = 1000;
    const p: MatchingProblem = {
      capacity: [400, 0],
      menteeCount: n,
      edgeMentor: [...Array.from({ length: n }, () => 0), ...Array.from({ length: n }, () => 1)],
      edgeMentee: [...Array.from({ length: n }, (_, e) => e), ...Array.from({ length: n }, (_, e) => e)],
      edgeScore: [...Array.from({ length: n }, (_, e) => 1 + (e % 97)), ...Array.from({ length: n }, () => 100)],
    };
    const r = solveStable(p);
    expect(r.matched).toBe(400);
    expect(checkFeasible(p, r)).toBeNull();
    expect(findBlockingPair(p, r)).toBeNull();
  });
});
