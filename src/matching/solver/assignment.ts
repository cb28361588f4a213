// Exact max-weight capacitated bipartite matching by successive shortest augmenting
// paths (primal–dual / Hungarian) started from the mentees, returning LP duals.
// Specialised to mentee capacity 1; bmatching.ts covers the mentor-side start.
//
// Flow model: every mentee has supply 1 and may send it to the sink either through an
// allowed mentor (cost −weight, mentor→sink capacity = mentor capacity) or directly
// (cost 0 — "stays unmatched"). Mentees are added one at a time; each addition runs
// Dijkstra on reduced costs from that mentee only and stops at the first free mentor
// or the cheapest "drop out" arc, so the search usually touches a handful of nodes.
// Because dropping out costs 0, an augmentation is only taken when it improves the
// objective, which is the "stop when no improving path is left" rule in disguise.
//
// Duals: u[e] (mentee) and v[m] (mentor) with u + v ≥ w on every edge, tight on matched
// edges, u = 0 on unmatched mentees and v = 0 on mentors with a free place. Mentor
// reduced distances live in a heap; a mentee's distance always equals that of the
// mentor it is matched to (its reverse arc is tight), so mentees never enter the heap.

import type { BipartiteGraph } from './graph.js';
import { IndexedMinHeap } from './heap.js';

export interface AssignmentOutcome {
  /** Per mentee: CSR arc used, or -1. */
  readonly arcOf: Int32Array;
  readonly mentorOf: Int32Array;
  readonly u: Float64Array;
  readonly v: Float64Array;
}

/** Solves max Σ w[arc] over feasible matchings; exact for integer weights. */
export function solveMaxWeight(g: BipartiteGraph, w: Float64Array): AssignmentOutcome {
  const n = g.menteeCount;
  const mentorCount = g.mentorCount;
  const { rowStart, arcMentor, capacity } = g;

  const u = new Float64Array(n);
  const v = new Float64Array(mentorCount);
  const mentorOf = new Int32Array(n).fill(-1);
  const arcOf = new Int32Array(n).fill(-1);
  const slotOf = new Int32Array(n).fill(-1);

  // A mentor can never hold more mentees than it has edges, so slot storage is
  // bounded by min(capacity, degree) even when a capacity is huge.
  const degree = new Int32Array(mentorCount);
  for (let a = 0; a < arcMentor.length; a++) degree[arcMentor[a]]++;
  const slotStart = new Int32Array(mentorCount + 1);
  for (let m = 0; m < mentorCount; m++) {
    slotStart[m + 1] = slotStart[m] + Math.min(capacity[m], degree[m]);
  }
  const slots = new Int32Array(slotStart[mentorCount]);
  const load = new Int32Array(mentorCount);

  const dist = new Float64Array(mentorCount).fill(Number.POSITIVE_INFINITY);
  const state = new Uint8Array(mentorCount); // 0 untouched, 1 labelled, 2 settled
  const predMentee = new Int32Array(mentorCount);
  const predArc = new Int32Array(mentorCount);
  const touched = new Int32Array(mentorCount);
  const settledMentor = new Int32Array(mentorCount);
  const settledMentee = new Int32Array(n);
  const menteeDist = new Float64Array(n);
  const heap = new IndexedMinHeap(mentorCount, dist);
  let touchedCount = 0;

  // Labels every unsettled mentor adjacent to mentee e (itself at distance `base`).
  // Returns a free mentor reached at reduced cost 0: nothing can beat it, so the
  // search may stop right there.
  const relax = (e: number, base: number): number => {
    const ue = base + u[e];
    for (let a = rowStart[e], end = rowStart[e + 1]; a < end; a++) {
      const m = arcMentor[a];
      const st = state[m];
      if (st === 2) continue;
      const nd = ue + v[m] - w[a];
      if (nd < dist[m]) {
        dist[m] = nd;
        predMentee[m] = e;
        predArc[m] = a;
        if (st === 0) {
          state[m] = 1;
          touched[touchedCount++] = m;
        }
        if (nd === base && load[m] < capacity[m]) return m;
        heap.pushOrDecrease(m);
      }
    }
    return -1;
  };

  const place = (e: number, m: number, a: number, slot: number): void => {
    mentorOf[e] = m;
    arcOf[e] = a;
    slotOf[e] = slot;
    slots[slot] = e;
  };

  for (let r = 0; r < n; r++) {
    const a0 = rowStart[r];
    const a1 = rowStart[r + 1];
    // Start r at the tightest feasible dual; its best arcs then have reduced cost 0,
    // and if one of them leads to a free mentor the greedy choice is already optimal.
    let best = Number.NEGATIVE_INFINITY;
    let freeArc = -1;
    for (let a = a0; a < a1; a++) {
      const m = arcMentor[a];
      const val = w[a] - v[m];
      if (val > best) {
        best = val;
        freeArc = load[m] < capacity[m] ? a : -1;
      } else if (val === best && freeArc < 0 && load[m] < capacity[m]) {
        freeArc = a;
      }
    }
    if (!(best > 0)) continue; // no edge is worth taking: u[r] = 0, r unmatched
    u[r] = best;
    if (freeArc >= 0) {
      const m = arcMentor[freeArc];
      place(r, m, freeArc, slotStart[m] + load[m]++);
      continue;
    }

    // Dijkstra from r. dT is the cheapest way found so far to reach the sink through
    // some mentee dropping out (r itself: reduced cost u[r]).
    let dT = u[r];
    let dropAt = r;
    menteeDist[r] = 0;
    settledMentee[0] = r;
    let settledMenteeCount = 1;
    let settledMentorCount = 0;
    let found = relax(r, 0);
    search: while (found < 0 && heap.length > 0) {
      const m = heap.peek();
      const dm = dist[m];
      if (dT <= dm) break; // ties go to dropping: same objective, and no crawl across a plateau of equal distances
      heap.pop();
      state[m] = 2;
      settledMentor[settledMentorCount++] = m;
      if (load[m] < capacity[m]) {
        found = m;
        break;
      }
      for (let s = slotStart[m], end = s + load[m]; s < end; s++) {
        const e = slots[s];
        menteeDist[e] = dm;
        settledMentee[settledMenteeCount++] = e;
        const drop = dm + u[e];
        if (drop < dT) {
          dT = drop;
          dropAt = e;
        }
        found = relax(e, dm);
        if (found >= 0) break search;
      }
    }
    const D = found >= 0 ? dist[found] : dT;

    // Shift duals so every arc on a shortest path becomes tight and no reduced cost
    // turns negative (nodes beyond distance D are untouched).
    for (let i = 0; i < settledMentorCount; i++) {
      const m = settledMentor[i];
      const d = dist[m];
      if (d < D) v[m] += D - d;
    }
    for (let i = 0; i < settledMenteeCount; i++) {
      const e = settledMentee[i];
      const d = menteeDist[e];
      if (d < D) u[e] -= D - d;
    }

    // Augment: walk back from the end, each mentee taking over the slot its
    // successor on the path vacated.
    let m: number;
    let slot: number;
    if (found >= 0) {
      m = found;
      slot = slotStart[m] + load[m]++;
    } else if (dropAt !== r) {
      m = mentorOf[dropAt];
      slot = slotOf[dropAt];
      mentorOf[dropAt] = -1;
      arcOf[dropAt] = -1;
      slotOf[dropAt] = -1;
    } else {
      m = -1;
      slot = -1;
    }
    while (m >= 0) {
      const e = predMentee[m];
      const nextM = mentorOf[e];
      const nextSlot = slotOf[e];
      place(e, m, predArc[m], slot);
      if (e === r) break;
      m = nextM;
      slot = nextSlot;
    }

    for (let i = 0; i < touchedCount; i++) {
      const t = touched[i];
      dist[t] = Number.POSITIVE_INFINITY;
      state[t] = 0;
    }
    touchedCount = 0;
    heap.clear();
  }

  return { arcOf, mentorOf, u, v };
}
