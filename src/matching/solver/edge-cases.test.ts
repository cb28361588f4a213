// Edge cases and building blocks: empty inputs, zero capacities, ties, duplicate edges,
// input validation, the greedy baseline and the indexed heap.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IndexedMinHeap } from './heap.js';
import {
  checkCertificate,
  checkFeasible,
  MATCH_MODES,
  type MatchingProblem,
  solve,
  solveGreedy,
  solveMaxCoverage,
  solveMaxScore,
} from './index.js';

function problem(capacity: number[], menteeCount: number, edges: [number, number, number][]): MatchingProblem {
  return {
    capacity,
    menteeCount,
    edgeMentor: edges.map((x) => x[0]),
    edgeMentee: edges.map((x) => x[1]),
    edgeScore: edges.map((x) => x[2]),
  };
}

describe('edge cases (all modes)', () => {
  it.each(MATCH_MODES)('%s: no mentors, no mentees, no edges', (mode) => {
    for (const p of [problem([], 0, []), problem([2, 1], 3, []), problem([], 4, [])]) {
      const r = solve(p, mode);
      expect(r.total).toBe(0);
      expect(r.matched).toBe(0);
      expect(Array.from(r.mentorOf)).toEqual(Array.from({ length: p.menteeCount }, () => -1));
      if (mode !== 'stable') expect(checkCertificate(p, r)).toBeNull();
    }
  });

  it.each(MATCH_MODES)('%s: zero-capacity mentors take nobody', (mode) => {
    const p = problem([0, 1], 3, [
      [0, 0, 50],
      [0, 1, 50],
      [1, 1, 2],
      [1, 2, 1],
    ]);
    const r = solve(p, mode);
    expect(checkFeasible(p, r)).toBeNull();
    expect(Array.from(r.mentorOf)).toEqual([-1, 1, -1]);
    if (mode !== 'stable') expect(checkCertificate(p, r)).toBeNull();
  });

  it.each(MATCH_MODES)('%s: single mentor, many mentees, takes the best', (mode) => {
    const scores = [5, 9, 1, 9, 7, 3];
    const p = problem(
      [3],
      scores.length,
      scores.map((s, e) => [0, e, s]),
    );
    const r = solve(p, mode);
    expect(r.matched).toBe(3);
    expect(r.total).toBe(25);
    expect(checkFeasible(p, r)).toBeNull();
  });

  it('all-equal scores: optimum is the maximum matching, results are deterministic', () => {
    const edges: [number, number, number][] = [];
    for (let m = 0; m < 4; m++) for (let e = 0; e < 10; e++) edges.push([m, e, 7]);
    const p = problem([2, 2, 1, 3], 10, edges);
    const a = solveMaxScore(p);
    expect(a.matched).toBe(8);
    expect(a.total).toBe(56);
    expect(checkCertificate(p, a)).toBeNull();
    expect(Array.from(solveMaxScore(p).mentorOf)).toEqual(Array.from(a.mentorOf));
  });

  it('duplicate edges keep the larger score and report that edge', () => {
    const p = problem([1], 1, [
      [0, 0, 3],
      [0, 0, 8],
      [0, 0, 5],
    ]);
    for (const mode of MATCH_MODES) {
      const r = solve(p, mode);
      expect(r.total).toBe(8);
      expect(Array.from(r.edgeOf)).toEqual([1]);
    }
  });

  it('huge capacities behave as unlimited', () => {
    const p = problem([1e12], 3, [
      [0, 0, 1],
      [0, 1, 2],
      [0, 2, 3],
    ]);
    const r = solveMaxScore(p);
    expect(r.matched).toBe(3);
    expect(checkCertificate(p, r)).toBeNull();
  });

  it('accepts typed arrays as input', () => {
    const p: MatchingProblem = {
      capacity: Int32Array.from([1, 1]),
      menteeCount: 2,
      edgeMentor: Int32Array.from([0, 1, 1]),
      edgeMentee: Int32Array.from([0, 0, 1]),
      edgeScore: Float64Array.from([4, 3, 9]),
    };
    expect(solveMaxCoverage(p).total).toBe(13);
  });
});

describe('input validation', () => {
  it.each<[string, MatchingProblem, RegExp]>([
    ['mentor out of range', problem([1], 1, [[1, 0, 1]]), /edge 0: mentor index 1 out of range/],
    ['mentee out of range', problem([1], 1, [[0, 2, 1]]), /edge 0: mentee index 2 out of range/],
    ['zero score', problem([1], 1, [[0, 0, 0]]), /edge 0: score must be a positive safe integer/],
    [
      'fractional score',
      problem([1], 2, [
        [0, 0, 1],
        [0, 1, 2.5],
      ]),
      /edge 1: score/,
    ],
    ['negative capacity', problem([1, -1], 1, []), /mentor 1: capacity/],
    ['fractional capacity', problem([1.5], 1, []), /mentor 0: capacity/],
    ['bad mentee count', problem([1], -1, []), /menteeCount/],
  ])('rejects %s', (_label, p, message) => {
    for (const mode of MATCH_MODES) expect(() => solve(p, mode)).toThrow(message);
  });

  it('rejects mismatched edge arrays', () => {
    const p: MatchingProblem = { capacity: [1], menteeCount: 1, edgeMentor: [0], edgeMentee: [0, 0], edgeScore: [1] };
    expect(() => solveMaxScore(p)).toThrow(/same length/);
  });

  it('refuses scores too large to stay exact', () => {
    const big = 2 ** 52;
    const p = problem([1, 1], 2, [
      [0, 0, big],
      [1, 1, big],
    ]);
    expect(() => solveMaxScore(p)).toThrow(RangeError);
    expect(() => solveMaxCoverage(problem([1], 1, [[0, 0, 2 ** 50]]))).toThrow(RangeError);
  });
});

describe('greedy baseline', () => {
  it('takes edges by score and never beats the optimum', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(4), fc.nat(6), fc.integer({ min: 1, max: 9 })), { maxLength: 25 }),
        fc.array(fc.nat(3), { minLength: 5, maxLength: 5 }),
        (edges, capacity) => {
          const p = problem(capacity, 7, edges);
          const g = solveGreedy(p);
          expect(checkFeasible(p, g)).toBeNull();
          expect(g.total).toBeLessThanOrEqual(solveMaxScore(p).total);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('IndexedMinHeap', () => {
  it('pops keys in ascending order under pushes and decreases', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(19), fc.integer({ min: -50, max: 50 })), { maxLength: 60 }), (ops) => {
        const key = new Float64Array(20).fill(Number.POSITIVE_INFINITY);
        const heap = new IndexedMinHeap(20, key);
        for (const [id, k] of ops) {
          if (k < key[id]) {
            key[id] = k;
            heap.pushOrDecrease(id);
          }
        }
        const expected = Array.from(key)
          .filter((k) => k !== Number.POSITIVE_INFINITY)
          .sort((a, b) => a - b);
        const popped: number[] = [];
        while (heap.length > 0) popped.push(key[heap.pop()]);
        expect(popped).toEqual(expected);
      }),
    );
  });
});
