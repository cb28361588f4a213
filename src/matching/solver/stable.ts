// Mentee-proposing deferred acceptance with mentor capacities (stable mode).
// Preferences come from explicit lists where given, otherwise from edge scores.

import { type BipartiteGraph, buildGraph } from './graph.js';
import type { MatchingProblem, MatchingResult } from './types.js';

/** Mentor-major view of the arcs, mentees ascending inside each mentor. */
function mentorColumns(g: BipartiteGraph): { colStart: Int32Array; colArc: Int32Array; arcMentee: Int32Array } {
  const arcCount = g.arcMentor.length;
  const colStart = new Int32Array(g.mentorCount + 1);
  for (let a = 0; a < arcCount; a++) colStart[g.arcMentor[a] + 1]++;
  for (let m = 0; m < g.mentorCount; m++) colStart[m + 1] += colStart[m];
  const fill = colStart.slice(0, g.mentorCount);
  const colArc = new Int32Array(arcCount);
  const arcMentee = new Int32Array(arcCount);
  for (let e = 0; e < g.menteeCount; e++) {
    for (let a = g.rowStart[e]; a < g.rowStart[e + 1]; a++) {
      arcMentee[a] = e;
      colArc[fill[g.arcMentor[a]]++] = a;
    }
  }
  return { colStart, colArc, arcMentee };
}

function checkPrefsLength(prefs: ReadonlyArray<unknown> | undefined, size: number, side: string): void {
  if (prefs !== undefined && prefs.length > size) {
    throw new RangeError(`${side}Prefs has ${prefs.length} lists but there are only ${size} ${side}s`);
  }
}

/**
 * arcRank[a] = position of the arc's mentee in its mentor's ranking (0 = best), or -1
 * when the mentor finds that mentee unacceptable (absent from an explicit list).
 */
function mentorRanks(
  g: BipartiteGraph,
  problem: MatchingProblem,
  arcMentee: Int32Array,
  colStart: Int32Array,
  colArc: Int32Array,
): Int32Array {
  const arcRank = new Int32Array(g.arcMentor.length).fill(-1);
  const stamp = new Int32Array(g.menteeCount).fill(-1);
  const position = new Int32Array(g.menteeCount);
  for (let m = 0; m < g.mentorCount; m++) {
    const list = problem.mentorPrefs?.[m];
    if (list !== undefined) {
      for (let i = 0; i < list.length; i++) {
        const e = list[i] as number;
        if (Number.isInteger(e) && e >= 0 && e < g.menteeCount && stamp[e] !== m) {
          stamp[e] = m;
          position[e] = i;
        }
      }
      for (let i = colStart[m]; i < colStart[m + 1]; i++) {
        const a = colArc[i];
        const e = arcMentee[a];
        if (stamp[e] === m) arcRank[a] = position[e];
      }
    } else {
      // Columns list mentees ascending and Array#sort is stable, so equal scores
      // stay in index order.
      const arcs = Array.from(colArc.subarray(colStart[m], colStart[m + 1]));
      arcs.sort((x, y) => g.arcScore[y] - g.arcScore[x]);
      for (let i = 0; i < arcs.length; i++) arcRank[arcs[i]] = i;
    }
  }
  return arcRank;
}

/** Each mentee's proposal order as arcs, restricted to pairs acceptable to both sides. */
function menteeOrders(
  g: BipartiteGraph,
  problem: MatchingProblem,
  arcRank: Int32Array,
): { order: Int32Array; orderEnd: Int32Array } {
  const order = new Int32Array(g.arcMentor.length);
  const orderEnd = new Int32Array(g.menteeCount);
  const stamp = new Int32Array(g.mentorCount).fill(-1);
  const arcOfMentor = new Int32Array(g.mentorCount);
  for (let e = 0; e < g.menteeCount; e++) {
    const a0 = g.rowStart[e];
    const a1 = g.rowStart[e + 1];
    let out = a0;
    const list = problem.menteePrefs?.[e];
    if (list !== undefined) {
      for (let a = a0; a < a1; a++) {
        stamp[g.arcMentor[a]] = e;
        arcOfMentor[g.arcMentor[a]] = a;
      }
      for (let i = 0; i < list.length; i++) {
        const m = list[i] as number;
        if (!Number.isInteger(m) || m < 0 || m >= g.mentorCount || stamp[m] !== e) continue;
        stamp[m] = -2; // consumed: a repeated entry keeps its first position
        const a = arcOfMentor[m];
        if (arcRank[a] >= 0) order[out++] = a;
      }
    } else {
      const arcs: number[] = [];
      for (let a = a0; a < a1; a++) if (arcRank[a] >= 0) arcs.push(a);
      arcs.sort((x, y) => g.arcScore[y] - g.arcScore[x] || g.arcMentor[x] - g.arcMentor[y]);
      for (const a of arcs) order[out++] = a;
    }
    orderEnd[e] = out;
  }
  return { order, orderEnd };
}

export function solveStable(problem: MatchingProblem): MatchingResult {
  const g = buildGraph(problem);
  checkPrefsLength(problem.mentorPrefs, g.mentorCount, 'mentor');
  checkPrefsLength(problem.menteePrefs, g.menteeCount, 'mentee');
  const { colStart, colArc, arcMentee } = mentorColumns(g);
  const arcRank = mentorRanks(g, problem, arcMentee, colStart, colArc);
  const { order, orderEnd } = menteeOrders(g, problem, arcRank);
  const capacity = g.capacity;

  // Each mentor's held arcs form a max-heap on rank inside its slot range, so the
  // worst held mentee is found in O(1) even for mentors with large capacities.
  const slotStart = new Int32Array(g.mentorCount + 1);
  for (let m = 0; m < g.mentorCount; m++) {
    slotStart[m + 1] = slotStart[m] + Math.min(capacity[m], colStart[m + 1] - colStart[m]);
  }
  const held = new Int32Array(slotStart[g.mentorCount]);
  const load = new Int32Array(g.mentorCount);

  const siftDown = (base: number, size: number, start: number): void => {
    const item = held[base + start];
    const rank = arcRank[item];
    let i = start;
    for (;;) {
      let c = 2 * i + 1;
      if (c >= size) break;
      if (c + 1 < size && arcRank[held[base + c + 1]] > arcRank[held[base + c]]) c++;
      if (arcRank[held[base + c]] <= rank) break;
      held[base + i] = held[base + c];
      i = c;
    }
    held[base + i] = item;
  };
  const siftUp = (base: number, start: number): void => {
    const item = held[base + start];
    const rank = arcRank[item];
    let i = start;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (arcRank[held[base + p]] >= rank) break;
      held[base + i] = held[base + p];
      i = p;
    }
    held[base + i] = item;
  };

  const next = new Int32Array(g.menteeCount);
  for (let e = 0; e < g.menteeCount; e++) next[e] = g.rowStart[e];
  // Free mentees wait on a stack; seeding it in reverse makes mentee 0 propose first.
  const free = new Int32Array(g.menteeCount);
  let freeCount = 0;
  for (let e = g.menteeCount - 1; e >= 0; e--) free[freeCount++] = e;

  while (freeCount > 0) {
    const e = free[--freeCount];
    while (next[e] < orderEnd[e]) {
      const a = order[next[e]++];
      const m = g.arcMentor[a];
      const base = slotStart[m];
      if (load[m] < capacity[m]) {
        held[base + load[m]] = a;
        siftUp(base, load[m]++);
        break;
      }
      if (load[m] === 0) continue; // capacity 0
      const worst = held[base];
      if (arcRank[a] < arcRank[worst]) {
        held[base] = a;
        siftDown(base, load[m], 0);
        free[freeCount++] = arcMentee[worst];
        break;
      }
    }
  }

  const mentorOf = new Int32Array(g.menteeCount).fill(-1);
  const edgeOf = new Int32Array(g.menteeCount).fill(-1);
  let total = 0;
  let matched = 0;
  for (let m = 0; m < g.mentorCount; m++) {
    for (let i = 0; i < load[m]; i++) {
      const a = held[slotStart[m] + i];
      const e = arcMentee[a];
      mentorOf[e] = m;
      edgeOf[e] = g.arcEdge[a];
      total += g.arcScore[a];
      matched++;
    }
  }
  return { mode: 'stable', mentorOf, edgeOf, total, matched };
}
