// Validates a MatchingProblem and packs it into a mentee-major CSR graph with
// duplicate (mentor, mentee) edges collapsed to the best score.

import type { MatchingProblem } from './types.js';

/** Mentee-major compressed adjacency: arcs of mentee e are rowStart[e] … rowStart[e+1]-1. */
export interface BipartiteGraph {
  readonly menteeCount: number;
  readonly mentorCount: number;
  readonly capacity: Int32Array;
  readonly rowStart: Int32Array;
  readonly arcMentor: Int32Array;
  /** Scores as doubles so the hot loops never convert int→double. */
  readonly arcScore: Float64Array;
  /** Input edge index of each arc, to report which edge a pair came from. */
  readonly arcEdge: Int32Array;
  readonly maxScore: number;
}

function isIndex(x: number, size: number): boolean {
  return Number.isInteger(x) && x >= 0 && x < size;
}

/** Throws RangeError naming the offending edge or mentor when the problem is malformed. */
export function buildGraph(problem: MatchingProblem): BipartiteGraph {
  const mentorCount = problem.capacity.length;
  const menteeCount = problem.menteeCount;
  if (!Number.isInteger(menteeCount) || menteeCount < 0) {
    throw new RangeError(`menteeCount must be a non-negative integer, got ${menteeCount}`);
  }
  const capacity = new Int32Array(mentorCount);
  for (let m = 0; m < mentorCount; m++) {
    const c = problem.capacity[m] as number;
    if (!Number.isSafeInteger(c) || c < 0) {
      throw new RangeError(`mentor ${m}: capacity must be a non-negative integer, got ${c}`);
    }
    // menteeCount + 1 is as good as infinite (the mentor can never fill up) and fits
    // in an Int32Array; "never full" keeps the mentor's dual at 0 as it should be.
    capacity[m] = Math.min(c, menteeCount + 1);
  }
  const { edgeMentor, edgeMentee, edgeScore } = problem;
  const edgeCount = edgeMentor.length;
  if (edgeMentee.length !== edgeCount || edgeScore.length !== edgeCount) {
    throw new RangeError('edgeMentor, edgeMentee and edgeScore must have the same length');
  }

  const rowCount = new Int32Array(menteeCount + 1);
  let maxScore = 0;
  for (let k = 0; k < edgeCount; k++) {
    const m = edgeMentor[k] as number;
    const e = edgeMentee[k] as number;
    const s = edgeScore[k] as number;
    if (!isIndex(m, mentorCount)) throw new RangeError(`edge ${k}: mentor index ${m} out of range`);
    if (!isIndex(e, menteeCount)) throw new RangeError(`edge ${k}: mentee index ${e} out of range`);
    if (!Number.isSafeInteger(s) || s <= 0) {
      throw new RangeError(`edge ${k}: score must be a positive safe integer, got ${s}`);
    }
    if (s > maxScore) maxScore = s;
    rowCount[e + 1]++;
  }
  for (let e = 0; e < menteeCount; e++) rowCount[e + 1] += rowCount[e];

  // Counting sort by mentee keeps input order inside each row, which is what makes
  // tie-breaking (and so the whole result) deterministic.
  const fill = rowCount.slice(0, menteeCount);
  const sortedEdge = new Int32Array(edgeCount);
  for (let k = 0; k < edgeCount; k++) sortedEdge[fill[edgeMentee[k] as number]++] = k;

  // Collapse duplicates in one pass per row: seenRow/seenPos remember where mentor m
  // last appeared, so no per-row reset is needed.
  const seenRow = new Int32Array(mentorCount).fill(-1);
  const seenPos = new Int32Array(mentorCount);
  const rowStart = new Int32Array(menteeCount + 1);
  const arcMentor = new Int32Array(edgeCount);
  const arcScore = new Float64Array(edgeCount);
  const arcEdge = new Int32Array(edgeCount);
  let out = 0;
  for (let e = 0; e < menteeCount; e++) {
    rowStart[e] = out;
    for (let i = rowCount[e]; i < rowCount[e + 1]; i++) {
      const k = sortedEdge[i];
      const m = edgeMentor[k] as number;
      const s = edgeScore[k] as number;
      if (seenRow[m] === e) {
        const p = seenPos[m];
        if (s > arcScore[p]) {
          arcScore[p] = s;
          arcEdge[p] = k;
        }
        continue;
      }
      seenRow[m] = e;
      seenPos[m] = out;
      arcMentor[out] = m;
      arcScore[out] = s;
      arcEdge[out] = k;
      out++;
    }
  }
  rowStart[menteeCount] = out;
  const trim = out === edgeCount;
  return {
    menteeCount,
    mentorCount,
    capacity,
    rowStart,
    arcMentor: trim ? arcMentor : arcMentor.slice(0, out),
    arcScore: trim ? arcScore : arcScore.slice(0, out),
    arcEdge: trim ? arcEdge : arcEdge.slice(0, out),
    maxScore,
  };
}
