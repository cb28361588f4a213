// Exact modes (max-score, max-coverage) against brute force on small instances and
// against their own LP certificate on larger ones.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkCertificate,
  checkFeasible,
  type MatchingProblem,
  solve,
  solveGreedy,
  solveMaxCoverage,
  solveMaxScore,
} from './index.js';
import { type Orientation, solveOptimal } from './optimal.js';

interface Small {
  capacity: number[];
  menteeCount: number;
  edges: [number, number, number][];
}

function toProblem(s: Small): MatchingProblem {
  return {
    capacity: s.capacity,
    menteeCount: s.menteeCount,
    edgeMentor: s.edges.map((x) => x[0]),
    edgeMentee: s.edges.map((x) => x[1]),
    edgeScore: s.edges.map((x) => x[2]),
  };
}

/** ≤ 6 mentors, ≤ 7 mentees, capacities 0–3, sparse edges with repeats and ties. */
const smallInstance: fc.Arbitrary<Small> = fc
  .record({ mentors: fc.integer({ min: 0, max: 6 }), mentees: fc.integer({ min: 0, max: 7 }) })
  .chain(({ mentors, mentees }) =>
    fc.record({
      capacity: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: mentors, maxLength: mentors }),
      menteeCount: fc.constant(mentees),
      edges:
        mentors === 0 || mentees === 0
          ? fc.constant<[number, number, number][]>([])
          : fc.array(
              fc.tuple(
                fc.integer({ min: 0, max: mentors - 1 }),
                fc.integer({ min: 0, max: mentees - 1 }),
                fc.integer({ min: 1, max: 9 }),
              ),
              { maxLength: 18 },
            ),
    }),
  );

/** Enumerates every feasible matching; returns the best total and best (count, total). */
function bruteForce(s: Small): { bestTotal: number; bestCount: number; bestTotalAtCount: number } {
  const best = new Map<string, number>();
  for (const [m, e, sc] of s.edges) best.set(`${m},${e}`, Math.max(best.get(`${m},${e}`) ?? 0, sc));
  const options: [number, number][][] = Array.from({ length: s.menteeCount }, () => []);
  for (const [key, sc] of best) {
    const [m, e] = key.split(',').map(Number);
    options[e].push([m, sc]);
  }
  const load = s.capacity.map(() => 0);
  const out = { bestTotal: 0, bestCount: 0, bestTotalAtCount: 0 };
  const visit = (e: number, count: number, total: number): void => {
    if (e === s.menteeCount) {
      out.bestTotal = Math.max(out.bestTotal, total);
      if (count > out.bestCount || (count === out.bestCount && total > out.bestTotalAtCount)) {
        out.bestCount = count;
        out.bestTotalAtCount = total;
      }
      return;
    }
    visit(e + 1, count, total);
    for (const [m, sc] of options[e]) {
      if (load[m] >= s.capacity[m]) continue;
      load[m]++;
      visit(e + 1, count + 1, total + sc);
      load[m]--;
    }
  };
  visit(0, 0, 0);
  return out;
}

/** Random sparse instance: each mentee gets `degree` random candidate mentors. */
function randomSparse(
  mentors: number,
  mentees: number,
  degree: number,
  maxScore: number,
  seed: number,
): MatchingProblem {
  let state = seed >>> 0 || 1;
  const rnd = (k: number): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % k;
  };
  const capacity = Array.from({ length: mentors }, () => rnd(4));
  const edgeMentor: number[] = [];
  const edgeMentee: number[] = [];
  const edgeScore: number[] = [];
  for (let e = 0; e < mentees; e++) {
    for (let i = 0; i < degree; i++) {
      edgeMentor.push(rnd(mentors));
      edgeMentee.push(e);
      edgeScore.push(1 + rnd(maxScore));
    }
  }
  return { capacity, menteeCount: mentees, edgeMentor, edgeMentee, edgeScore };
}

/** Max number of matchable mentees by plain augmenting paths, independent of the solver. */
function maxCardinality(p: MatchingProblem): number {
  const adj: number[][] = Array.from({ length: p.menteeCount }, () => []);
  for (let k = 0; k < p.edgeMentor.length; k++) adj[p.edgeMentee[k]].push(p.edgeMentor[k]);
  const held: number[][] = Array.from({ length: p.capacity.length }, () => []);
  let count = 0;
  for (let start = 0; start < p.menteeCount; start++) {
    const seen = new Set<number>();
    const tryMentee = (e: number): boolean => {
      for (const m of adj[e]) {
        if (seen.has(m)) continue;
        seen.add(m);
        if (held[m].length < p.capacity[m]) {
          held[m].push(e);
          return true;
        }
        for (let i = 0; i < held[m].length; i++) {
          if (tryMentee(held[m][i])) {
            held[m][i] = e;
            return true;
          }
        }
      }
      return false;
    };
    if (tryMentee(start)) count++;
  }
  return count;
}

const ORIENTATIONS: Orientation[] = ['mentee-rows', 'mentor-rows', 'auto'];

describe.each(ORIENTATIONS)('brute force, searches from %s', (orientation) => {
  it('max-score matches brute force on small random instances', () => {
    fc.assert(
      fc.property(smallInstance, (s) => {
        const p = toProblem(s);
        const r = solveOptimal(p, 'max-score', orientation);
        expect(checkFeasible(p, r)).toBeNull();
        expect(checkCertificate(p, r)).toBeNull();
        expect(r.total).toBe(bruteForce(s).bestTotal);
      }),
      { numRuns: 300 },
    );
  });

  it('max-coverage matches brute force on small random instances', () => {
    fc.assert(
      fc.property(smallInstance, (s) => {
        const p = toProblem(s);
        const r = solveOptimal(p, 'max-coverage', orientation);
        const bf = bruteForce(s);
        expect(checkFeasible(p, r)).toBeNull();
        expect(checkCertificate(p, r)).toBeNull();
        expect(r.matched).toBe(bf.bestCount);
        expect(r.total).toBe(bf.bestTotalAtCount);
      }),
      { numRuns: 300 },
    );
  });
});

describe('max-score', () => {
  it('is deterministic', () => {
    fc.assert(
      fc.property(smallInstance, (s) => {
        const a = solveMaxScore(toProblem(s));
        const b = solveMaxScore(toProblem(s));
        expect(Array.from(a.edgeOf)).toEqual(Array.from(b.edgeOf));
      }),
      { numRuns: 100 },
    );
  });

  it('beats greedy where greedy is trapped, and the certificate rejects greedy', () => {
    // x: A 10, B 9; y: A 9. Greedy takes x–A and strands y; optimum is x–B, y–A.
    const p: MatchingProblem = {
      capacity: [1, 1],
      menteeCount: 2,
      edgeMentor: [0, 1, 0],
      edgeMentee: [0, 0, 1],
      edgeScore: [10, 9, 9],
    };
    const r = solveMaxScore(p);
    expect(r.total).toBe(18);
    expect(Array.from(r.mentorOf)).toEqual([1, 0]);
    const greedy = solveGreedy(p);
    expect(greedy.total).toBe(10);
    const duals = r.duals;
    if (duals === undefined) throw new Error('max-score must return duals');
    expect(checkCertificate(p, { ...greedy, duals })).not.toBeNull();
  });
});

describe('max-coverage', () => {
  it('trades score for coverage', () => {
    // x's only option is mentor 0, which y values at 100 (y's fallback, mentor 1, only 2):
    // max-score gives mentor 0 to y and strands x; max-coverage matches both.
    const p: MatchingProblem = {
      capacity: [1, 1],
      menteeCount: 2,
      edgeMentor: [0, 0, 1],
      edgeMentee: [0, 1, 1],
      edgeScore: [1, 100, 2],
    };
    expect(solveMaxScore(p).total).toBe(100);
    const c = solveMaxCoverage(p);
    expect(c.matched).toBe(2);
    expect(c.total).toBe(3);
  });
});

describe('optimality certificate on larger instances', () => {
  it.each([
    [300, 150, 6, 100, 1],
    [300, 150, 12, 5, 2],
    [300, 150, 3, 1_000_000, 3],
    [300, 60, 10, 100, 4],
  ])('%i mentees × %i mentors, degree %i, scores ≤ %i (seed %i)', (mentees, mentors, degree, maxScore, seed) => {
    const p = randomSparse(mentors, mentees, degree, maxScore, seed);
    const cardinality = maxCardinality(p);
    const greedy = solveGreedy(p).total;
    const totals = new Set<number>();
    for (const orientation of ORIENTATIONS) {
      const score = solveOptimal(p, 'max-score', orientation);
      expect(checkFeasible(p, score)).toBeNull();
      expect(checkCertificate(p, score)).toBeNull();
      const coverage = solveOptimal(p, 'max-coverage', orientation);
      expect(checkFeasible(p, coverage)).toBeNull();
      expect(checkCertificate(p, coverage)).toBeNull();
      expect(coverage.matched).toBe(cardinality);
      expect(coverage.matched).toBeGreaterThanOrEqual(score.matched);
      expect(coverage.total).toBeLessThanOrEqual(score.total);
      expect(score.total).toBeGreaterThanOrEqual(greedy);
      totals.add(score.total);
    }
    expect(totals.size).toBe(1);
  });

  it('certifies many random medium instances', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 31 - 1 }),
        fc.integer({ min: 1, max: 8 }),
        fc.integer({ min: 10, max: 80 }),
        (seed, degree, mentors) => {
          const p = randomSparse(mentors, 80, degree, 20, seed);
          for (const mode of ['max-score', 'max-coverage'] as const) {
            const totals = ORIENTATIONS.map((orientation) => {
              const r = solveOptimal(p, mode, orientation);
              expect(checkFeasible(p, r)).toBeNull();
              expect(checkCertificate(p, r)).toBeNull();
              return r.total;
            });
            expect(new Set(totals).size).toBe(1);
            expect(solve(p, mode).total).toBe(totals[0]);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
