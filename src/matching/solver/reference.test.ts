// The exact modes checked against two independent exact methods (test/reference-matching.ts:
// Hungarian on mentor places, cycle-cancelling min-cost circulation) on random instances
// of many shapes, beyond the sizes brute force can reach.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cycleCancellingOptimum, hungarianOptimum, type ReferenceInstance } from '../../../test/reference-matching.js';
import { type MatchingProblem, type MatchingResult, solveMaxCoverage, solveMaxScore } from './index.js';

type Edge = [number, number, number];

function toProblem(inst: ReferenceInstance): MatchingProblem {
  return {
    capacity: inst.capacity,
    menteeCount: inst.menteeCount,
    edgeMentor: inst.edges.map((x) => x[0]),
    edgeMentee: inst.edges.map((x) => x[1]),
    edgeScore: inst.edges.map((x) => x[2]),
  };
}

/** Feasibility re-checked here with nothing from the solver: edges, capacities, sums. */
function expectFeasible(inst: ReferenceInstance, r: MatchingResult): void {
  const load = new Array<number>(inst.capacity.length).fill(0);
  let total = 0;
  let matched = 0;
  for (let e = 0; e < inst.menteeCount; e++) {
    const m = r.mentorOf[e];
    if (m === -1) continue;
    const edge = inst.edges[r.edgeOf[e]];
    expect(edge?.[0]).toBe(m);
    expect(edge?.[1]).toBe(e);
    const bestScore = Math.max(...inst.edges.filter(([a, b]) => a === m && b === e).map((x) => x[2]));
    expect(edge?.[2]).toBe(bestScore);
    load[m]++;
    total += edge?.[2] ?? 0;
    matched++;
  }
  load.forEach((l, m) => {
    expect(l).toBeLessThanOrEqual(inst.capacity[m]);
  });
  expect(r.total).toBe(total);
  expect(r.matched).toBe(matched);
}

interface Shape {
  mentors: [number, number];
  mentees: [number, number];
  capacity: [number, number];
  /** Chance that a given pair is allowed. */
  density: [number, number];
  score: [number, number];
}

/** Random instances of one shape; the edge list is drawn pair by pair, with some repeats. */
function instances(shape: Shape): fc.Arbitrary<ReferenceInstance> {
  return fc
    .record({
      mentors: fc.integer({ min: shape.mentors[0], max: shape.mentors[1] }),
      mentees: fc.integer({ min: shape.mentees[0], max: shape.mentees[1] }),
      density: fc.double({ min: shape.density[0], max: shape.density[1], noNaN: true }),
      seed: fc.integer(),
    })
    .chain(({ mentors, mentees, density, seed }) =>
      fc
        .tuple(
          fc.array(fc.integer({ min: shape.capacity[0], max: shape.capacity[1] }), {
            minLength: mentors,
            maxLength: mentors,
          }),
          fc.array(
            fc.tuple(
              fc.double({ min: 0, max: 1, noNaN: true }),
              fc.integer({ min: shape.score[0], max: shape.score[1] }),
            ),
            {
              minLength: mentors * mentees,
              maxLength: mentors * mentees,
            },
          ),
          fc.array(fc.tuple(fc.nat(), fc.integer({ min: shape.score[0], max: shape.score[1] })), { maxLength: 4 }),
        )
        .map(([capacity, cells, repeats]) => {
          const edges: Edge[] = [];
          cells.forEach(([p, s], i) => {
            if (p < density) edges.push([i % Math.max(mentors, 1), Math.floor(i / Math.max(mentors, 1)), s]);
          });
          // A few repeated pairs with other scores: the solver must keep the best one.
          for (const [k, s] of repeats) {
            if (edges.length > 0) {
              const [m, e] = edges[(k + (seed >>> 0)) % edges.length];
              edges.push([m, e, s]);
            }
          }
          return { capacity, menteeCount: mentees, edges };
        }),
    );
}

const SHAPES: Record<string, Shape> = {
  dense: { mentors: [1, 8], mentees: [1, 12], capacity: [1, 3], density: [0.8, 1], score: [1, 100] },
  sparse: { mentors: [1, 12], mentees: [1, 16], capacity: [1, 3], density: [0.05, 0.25], score: [1, 100] },
  'many mentees, few places': {
    mentors: [1, 4],
    mentees: [8, 18],
    capacity: [1, 3],
    density: [0.3, 0.9],
    score: [1, 50],
  },
  'many places, few mentees': {
    mentors: [6, 14],
    mentees: [1, 5],
    capacity: [1, 3],
    density: [0.2, 0.9],
    score: [1, 50],
  },
  'near balance, capacity 2': {
    mentors: [3, 7],
    mentees: [6, 14],
    capacity: [2, 2],
    density: [0.15, 0.5],
    score: [1, 30],
  },
  'ties (scores 1–2)': { mentors: [1, 8], mentees: [1, 12], capacity: [0, 3], density: [0.2, 0.8], score: [1, 2] },
  'all equal scores': { mentors: [1, 8], mentees: [1, 12], capacity: [1, 3], density: [0.1, 0.6], score: [7, 7] },
  'wide scores': { mentors: [1, 6], mentees: [1, 10], capacity: [1, 3], density: [0.2, 0.8], score: [1, 1_000_000] },
};

describe.each(Object.entries(SHAPES))('against independent exact methods: %s', (_name, shape) => {
  it('max-score equals the Hungarian and cycle-cancelling optima, and is feasible', () => {
    fc.assert(
      fc.property(instances(shape), (inst) => {
        const r = solveMaxScore(toProblem(inst));
        expectFeasible(inst, r);
        expect(r.total).toBe(hungarianOptimum(inst, false).total);
        expect(r.total).toBe(cycleCancellingOptimum(inst, false).total);
      }),
      { numRuns: 60 },
    );
  });

  it('max-coverage equals both optima in (matched, total), and is feasible', () => {
    fc.assert(
      fc.property(instances(shape), (inst) => {
        const r = solveMaxCoverage(toProblem(inst));
        expectFeasible(inst, r);
        const h = hungarianOptimum(inst, true);
        const c = cycleCancellingOptimum(inst, true);
        expect([r.matched, r.total]).toEqual([h.matched, h.total]);
        expect([r.matched, r.total]).toEqual([c.matched, c.total]);
      }),
      { numRuns: 60 },
    );
  });
});

describe('the reference methods themselves', () => {
  it('agree with each other and return feasible matchings', () => {
    fc.assert(
      fc.property(instances(SHAPES.sparse), fc.boolean(), (inst, coverage) => {
        const h = hungarianOptimum(inst, coverage);
        const c = cycleCancellingOptimum(inst, coverage);
        expect([h.matched, h.total]).toEqual([c.matched, c.total]);
        for (const ref of [h, c]) {
          const load = new Array<number>(inst.capacity.length).fill(0);
          for (const m of ref.mentorOf) if (m >= 0) load[m]++;
          load.forEach((l, m) => {
            expect(l).toBeLessThanOrEqual(inst.capacity[m]);
          });
        }
      }),
      { numRuns: 100 },
    );
  });

  it('solve a hand-made case where greedy fails', () => {
    // Greedy takes (0,0)=10 and leaves mentee 1 alone; the optimum is 9 + 8.
    const inst: ReferenceInstance = {
      capacity: [1, 1],
      menteeCount: 2,
      edges: [
        [0, 0, 10],
        [0, 1, 9],
        [1, 0, 8],
      ],
    };
    expect(hungarianOptimum(inst, false)).toMatchObject({ total: 17, matched: 2, mentorOf: [1, 0] });
    expect(cycleCancellingOptimum(inst, false)).toMatchObject({ total: 17, matched: 2, mentorOf: [1, 0] });
  });
});

describe('medium instances against the Hungarian method', () => {
  it('max-score and max-coverage on 30–60 mentees, sparse and dense', () => {
    fc.assert(
      fc.property(
        instances({ mentors: [10, 30], mentees: [30, 60], capacity: [1, 3], density: [0.03, 0.6], score: [1, 100] }),
        (inst) => {
          const problem = toProblem(inst);
          const score = solveMaxScore(problem);
          expectFeasible(inst, score);
          expect(score.total).toBe(hungarianOptimum(inst, false).total);
          const coverage = solveMaxCoverage(problem);
          expectFeasible(inst, coverage);
          const h = hungarianOptimum(inst, true);
          expect([coverage.matched, coverage.total]).toEqual([h.matched, h.total]);
        },
      ),
      { numRuns: 25 },
    );
  });
});
