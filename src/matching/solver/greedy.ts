// Greedy baseline: take edges by descending score while both ends can still accept.
// Not optimal; exists so benchmarks can show what exactness buys.

import { buildGraph } from './graph.js';
import type { MatchingProblem, MatchingResult } from './types.js';

/** Edge indices by score descending, ties by edge index ascending. */
function orderByScore(problem: MatchingProblem, maxScore: number): Int32Array | number[] {
  const { edgeScore } = problem;
  const edgeCount = edgeScore.length;
  // One packed numeric key per edge lets the native typed-array sort do the work,
  // which is far quicker than a comparator sort over two million edges.
  if (Number.isSafeInteger((maxScore + 1) * edgeCount)) {
    const keys = new Float64Array(edgeCount);
    for (let k = 0; k < edgeCount; k++) keys[k] = (maxScore - (edgeScore[k] as number)) * edgeCount + k;
    keys.sort();
    const order = new Int32Array(edgeCount);
    for (let i = 0; i < edgeCount; i++) order[i] = keys[i] % edgeCount;
    return order;
  }
  const order = Array.from({ length: edgeCount }, (_, k) => k);
  order.sort((x, y) => (edgeScore[y] as number) - (edgeScore[x] as number) || x - y);
  return order;
}

export function solveGreedy(problem: MatchingProblem): MatchingResult {
  const g = buildGraph(problem); // validation only; greedy reads the raw edges
  const mentorOf = new Int32Array(g.menteeCount).fill(-1);
  const edgeOf = new Int32Array(g.menteeCount).fill(-1);
  const load = new Int32Array(g.mentorCount);
  let total = 0;
  let matched = 0;
  for (const k of orderByScore(problem, g.maxScore)) {
    const e = problem.edgeMentee[k] as number;
    const m = problem.edgeMentor[k] as number;
    if (mentorOf[e] >= 0 || load[m] >= g.capacity[m]) continue;
    mentorOf[e] = m;
    edgeOf[e] = k;
    load[m]++;
    total += problem.edgeScore[k] as number;
    matched++;
  }
  return { mode: 'max-score', mentorOf, edgeOf, total, matched };
}
