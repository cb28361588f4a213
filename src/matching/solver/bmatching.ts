// Exact max-weight bipartite b-matching (capacities on both sides, edge capacity 1) by
// successive shortest augmenting paths with potentials, one supply unit at a time.
//
// Flow model: row i has supply cap_i; each unit goes to the sink through an allowed
// column (cost −w, column→sink capacity = column capacity) or straight to the sink
// ("dummy", cost 0). Each unit runs Dijkstra on reduced costs from its row and stops at
// the cheapest end: a column with a free place, or a reached row whose unit drops to
// its dummy arc. Because dropping costs 0, a path is only taken when it improves the
// objective — the "stop when no improving path is left" rule in disguise.
//
// Duals (u rows, v cols) keep every residual arc's reduced cost ≥ 0: unmatched arcs
// u + v ≥ w, matched arcs u + v ≤ w, u = 0 on rows with dummy flow, v = 0 on columns
// with a free place. Columns with a free place are terminals and never enter the heap.

import { IndexedMinHeap } from './heap.js';

export interface BMatchingInput {
  readonly rowCapacity: Int32Array;
  readonly colCapacity: Int32Array;
  /** CSR by row: arcs rowStart[i] … rowStart[i+1]-1, each to column arcCol[a]. */
  readonly rowStart: Int32Array;
  readonly arcCol: Int32Array;
  readonly arcWeight: Float64Array;
}

export interface BMatchingOutcome {
  readonly matched: Uint8Array;
  readonly u: Float64Array;
  readonly v: Float64Array;
}

export function solveBMatching(input: BMatchingInput): BMatchingOutcome {
  const { rowCapacity, colCapacity, rowStart, arcCol, arcWeight: w } = input;
  const rows = rowCapacity.length;
  const cols = colCapacity.length;
  const arcs = arcCol.length;

  const arcRow = new Int32Array(arcs);
  const colDegree = new Int32Array(cols);
  for (let i = 0; i < rows; i++) {
    for (let a = rowStart[i]; a < rowStart[i + 1]; a++) {
      arcRow[a] = i;
      colDegree[arcCol[a]]++;
    }
  }
  // A column never holds more arcs than it has, so slots are min(capacity, degree).
  const slotStart = new Int32Array(cols + 1);
  for (let j = 0; j < cols; j++) slotStart[j + 1] = slotStart[j] + Math.min(colCapacity[j], colDegree[j]);
  const slots = new Int32Array(slotStart[cols]);
  const slotOfArc = new Int32Array(arcs).fill(-1);
  const load = new Int32Array(cols);
  const matched = new Uint8Array(arcs);
  const u = new Float64Array(rows);
  const v = new Float64Array(cols);

  // Node ids: rows 0 … rows-1, columns rows … rows+cols-1.
  const nodes = rows + cols;
  const dist = new Float64Array(nodes).fill(Number.POSITIVE_INFINITY);
  const state = new Uint8Array(nodes); // 0 untouched, 1 labelled, 2 settled
  const pred = new Int32Array(nodes);
  const touched = new Int32Array(nodes);
  const settled = new Int32Array(nodes);
  const heap = new IndexedMinHeap(nodes, dist);
  let touchedCount = 0;
  let settledCount = 0;
  let bestD = 0;
  let bestEnd = -1;

  const label = (x: number, d: number, arc: number): void => {
    dist[x] = d;
    pred[x] = arc;
    if (state[x] === 0) {
      state[x] = 1;
      touched[touchedCount++] = x;
    }
  };

  // Relaxes row i's unmatched arcs. Returns true when a column with a free place is
  // reached at reduced cost 0: nothing left in the queue can beat it.
  const relaxRow = (i: number, di: number): boolean => {
    const base = di + u[i];
    for (let a = rowStart[i], end = rowStart[i + 1]; a < end; a++) {
      if (matched[a] === 1) continue;
      const j = arcCol[a];
      const x = rows + j;
      if (state[x] === 2) continue;
      const nd = base + v[j] - w[a];
      if (nd >= dist[x]) continue;
      label(x, nd, a);
      if (load[j] < colCapacity[j]) {
        if (nd < bestD) {
          bestD = nd;
          bestEnd = x;
          if (nd === di) return true;
        }
      } else {
        heap.pushOrDecrease(x);
      }
    }
    return false;
  };

  // A full column's matched arcs lead back to their rows (cost +w).
  const expandCol = (j: number, dj: number): void => {
    const base = dj - v[j];
    for (let s = slotStart[j], end = s + load[j]; s < end; s++) {
      const a = slots[s];
      const i = arcRow[a];
      if (state[i] === 2) continue;
      const nd = base + w[a] - u[i];
      if (nd >= dist[i]) continue;
      label(i, nd, a);
      if (nd + u[i] < bestD) {
        bestD = nd + u[i];
        bestEnd = i;
      }
      heap.pushOrDecrease(i);
    }
  };

  const addToCol = (a: number, slot: number): void => {
    matched[a] = 1;
    slots[slot] = a;
    slotOfArc[a] = slot;
  };

  const augment = (r: number): void => {
    let x = bestEnd;
    let slot = -1;
    if (x >= rows) {
      const j = x - rows;
      slot = slotStart[j] + load[j]++;
    }
    // Walk back: a column entered by arc pred[col] takes the slot its successor
    // vacated; a row entered by a matched arc gives that arc up.
    for (;;) {
      if (x >= rows) {
        const a = pred[x];
        addToCol(a, slot);
        x = arcRow[a];
      } else {
        if (x === r) return;
        const a = pred[x];
        matched[a] = 0;
        slot = slotOfArc[a];
        slotOfArc[a] = -1;
        x = rows + arcCol[a];
      }
    }
  };

  for (let r = 0; r < rows; r++) {
    const a0 = rowStart[r];
    const a1 = rowStart[r + 1];
    if (a0 === a1) continue;
    // Tightest feasible start for the row's dual; with more units than arcs, the
    // extra unit only proves that u[r] may drop to 0.
    let best = 0;
    for (let a = a0; a < a1; a++) {
      const val = w[a] - v[arcCol[a]];
      if (val > best) best = val;
    }
    u[r] = best;
    const units = Math.min(rowCapacity[r], a1 - a0 + 1);
    for (let unit = 0; unit < units; unit++) {
      bestD = u[r];
      bestEnd = r;
      dist[r] = 0;
      state[r] = 2;
      touched[touchedCount++] = r;
      settled[settledCount++] = r;
      if (!relaxRow(r, 0)) {
        while (heap.length > 0) {
          const x = heap.peek();
          const dx = dist[x];
          if (dx >= bestD) break;
          heap.pop();
          state[x] = 2;
          settled[settledCount++] = x;
          if (x < rows) {
            if (relaxRow(x, dx)) break;
          } else {
            expandCol(x - rows, dx);
          }
        }
      }
      const D = bestD;
      for (let k = 0; k < settledCount; k++) {
        const x = settled[k];
        const d = dist[x];
        if (d < D) {
          if (x < rows) u[x] -= D - d;
          else v[x - rows] += D - d;
        }
      }
      const droppedHere = bestEnd === r;
      if (!droppedHere) augment(r);
      for (let k = 0; k < touchedCount; k++) {
        const x = touched[k];
        dist[x] = Number.POSITIVE_INFINITY;
        state[x] = 0;
      }
      touchedCount = 0;
      settledCount = 0;
      heap.clear();
      // Once a unit of r drops, every later unit would drop too (u[r] is now 0).
      if (droppedHere) break;
    }
  }
  return { matched, u, v };
}
