// The two exact objectives (max-score, max-coverage) expressed as one max-weight
// b-matching each, with the arithmetic-safety checks that keep doubles exact.

import { solveMaxWeight } from './assignment.js';
import { solveBMatching } from './bmatching.js';
import { type BipartiteGraph, buildGraph } from './graph.js';
import type { MatchingProblem, MatchingResult } from './types.js';

/** Which side's units the augmenting-path searches start from. */
export type Orientation = 'auto' | 'mentee-rows' | 'mentor-rows';

/** Upper bound on any matching's total score: every mentee takes its best edge. */
function bestPossibleTotal(g: BipartiteGraph): number {
  let sum = 0;
  for (let e = 0; e < g.menteeCount; e++) {
    let best = 0;
    for (let a = g.rowStart[e]; a < g.rowStart[e + 1]; a++) {
      if (g.arcScore[a] > best) best = g.arcScore[a];
    }
    sum += best;
  }
  return sum;
}

/**
 * max-coverage uses weight = score + offset with offset > any achievable total, so one
 * more matched mentee always outweighs every score difference. Duals, distances and
 * reduced costs stay within a few multiples of the largest weight, hence the
 * factor 4 of headroom below 2^53.
 */
function weightOffset(g: BipartiteGraph, coverage: boolean): number {
  const bound = bestPossibleTotal(g);
  const offset = coverage ? bound + 1 : 0;
  if (!Number.isSafeInteger(bound) || !Number.isSafeInteger(4 * (offset + g.maxScore))) {
    throw new RangeError('scores are too large for exact arithmetic in double precision');
  }
  return offset;
}

/**
 * Searches end quickly where free places are plentiful, so they start from the scarce
 * side: mentees when mentor places outnumber them, mentor places otherwise. Near
 * balance both are slow; measured on 2M-edge instances the crossover sits at about
 * 0.98 places per mentee.
 */
function pickOrientation(g: BipartiteGraph): 'mentee-rows' | 'mentor-rows' {
  const degree = new Int32Array(g.mentorCount);
  for (let a = 0; a < g.arcMentor.length; a++) degree[g.arcMentor[a]]++;
  let places = 0;
  for (let m = 0; m < g.mentorCount; m++) places += Math.min(g.capacity[m], degree[m]);
  return places < 0.98 * g.menteeCount ? 'mentor-rows' : 'mentee-rows';
}

/** Per mentee: the CSR arc it is matched through, or -1. */
function solveArcs(g: BipartiteGraph, w: Float64Array, orientation: Orientation) {
  const n = g.menteeCount;
  const arcOf = new Int32Array(n).fill(-1);
  const side = orientation === 'auto' ? pickOrientation(g) : orientation;
  if (side === 'mentee-rows') {
    const r = solveMaxWeight(g, w);
    return { arcOf: r.arcOf, menteeDual: r.u, mentorDual: r.v };
  }
  // Transpose to mentor-major; perm maps each transposed arc back to its CSR arc.
  const arcCount = g.arcMentor.length;
  const colStart = new Int32Array(g.mentorCount + 1);
  for (let a = 0; a < arcCount; a++) colStart[g.arcMentor[a] + 1]++;
  for (let m = 0; m < g.mentorCount; m++) colStart[m + 1] += colStart[m];
  const fill = colStart.slice(0, g.mentorCount);
  const perm = new Int32Array(arcCount);
  const arcMentee = new Int32Array(arcCount);
  const tw = new Float64Array(arcCount);
  for (let e = 0; e < n; e++) {
    for (let a = g.rowStart[e]; a < g.rowStart[e + 1]; a++) {
      const t = fill[g.arcMentor[a]]++;
      perm[t] = a;
      arcMentee[t] = e;
      tw[t] = w[a];
    }
  }
  const r = solveBMatching({
    rowCapacity: g.capacity,
    colCapacity: new Int32Array(n).fill(1),
    rowStart: colStart,
    arcCol: arcMentee,
    arcWeight: tw,
  });
  for (let t = 0; t < arcCount; t++) if (r.matched[t] === 1) arcOf[arcMentee[t]] = perm[t];
  return { arcOf, menteeDual: r.v, mentorDual: r.u };
}

export function solveOptimal(
  problem: MatchingProblem,
  mode: 'max-score' | 'max-coverage',
  orientation: Orientation = 'auto',
): MatchingResult {
  const g = buildGraph(problem);
  const offset = weightOffset(g, mode === 'max-coverage');
  const w = offset === 0 ? g.arcScore : g.arcScore.map((s) => s + offset);
  const { arcOf, menteeDual, mentorDual } = solveArcs(g, w, orientation);
  const edgeOf = new Int32Array(g.menteeCount).fill(-1);
  let total = 0;
  let matched = 0;
  for (let e = 0; e < g.menteeCount; e++) {
    const a = arcOf[e];
    if (a < 0) continue;
    edgeOf[e] = g.arcEdge[a];
    total += g.arcScore[a];
    matched++;
    // A matched edge may be left with u + v < w (its edge-capacity dual is positive).
    // The mentee has capacity 1, so moving that slack onto its own dual gives a plain
    // (u, v) certificate without changing anything else.
    const slack = w[a] - menteeDual[e] - mentorDual[g.arcMentor[a]];
    if (slack > 0) menteeDual[e] += slack;
  }
  return {
    mode,
    mentorOf: arcOf.map((a) => (a < 0 ? -1 : g.arcMentor[a])),
    edgeOf,
    total,
    matched,
    duals: { mentee: menteeDual, mentor: mentorDual, weightOffset: offset },
  };
}
