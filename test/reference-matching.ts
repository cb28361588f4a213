// Two exact matching methods written independently of src/matching/solver (no shared
// code, different algorithms), used only by tests to check the solver's optimality:
// the Hungarian method on the mentor-place matrix, and min-cost circulation by
// cancelling negative cycles found with Bellman–Ford.

/** A plain instance: mentor capacities, mentee count and [mentor, mentee, score] edges. */
export interface ReferenceInstance {
  readonly capacity: readonly number[];
  readonly menteeCount: number;
  readonly edges: readonly (readonly [number, number, number])[];
}

export interface ReferenceOptimum {
  /** The mentor of each mentee, or -1. */
  readonly mentorOf: number[];
  readonly matched: number;
  readonly total: number;
}

/** Best score per (mentor, mentee): a repeated edge counts once, with its largest score. */
function bestEdges(inst: ReferenceInstance): Map<number, number> {
  const width = inst.menteeCount;
  const best = new Map<number, number>();
  for (const [m, e, s] of inst.edges) {
    const key = m * width + e;
    const old = best.get(key);
    if (old === undefined || s > old) best.set(key, s);
  }
  return best;
}

/** Weight of one matched pair: the score, plus a bonus per mentee when coverage comes first. */
function coverageBonus(inst: ReferenceInstance, coverage: boolean): number {
  if (!coverage) return 0;
  let sum = 0;
  for (const [, , s] of inst.edges) sum += s;
  return sum + 1;
}

function summarise(inst: ReferenceInstance, mentorOf: number[], best: Map<number, number>): ReferenceOptimum {
  let matched = 0;
  let total = 0;
  for (let e = 0; e < inst.menteeCount; e++) {
    const m = mentorOf[e];
    if (m < 0) continue;
    matched++;
    total += best.get(m * inst.menteeCount + e) ?? Number.NaN;
  }
  return { mentorOf, matched, total };
}

/**
 * Hungarian method (Kuhn–Munkres with row-by-row potentials, O(n³)) minimising −weight
 * over a square matrix: one row per mentee, one column per mentor place
 * (min(capacity, mentees) of them), padded with zero rows/columns. A zero cell means
 * "not paired", so a mentee assigned to a non-edge or a padding column stays unmatched.
 */
export function hungarianOptimum(inst: ReferenceInstance, coverage: boolean): ReferenceOptimum {
  const best = bestEdges(inst);
  const bonus = coverageBonus(inst, coverage);
  const placeMentor: number[] = [];
  inst.capacity.forEach((c, m) => {
    for (let k = 0; k < Math.min(c, inst.menteeCount); k++) placeMentor.push(m);
  });
  const n = Math.max(inst.menteeCount, placeMentor.length);
  const cost = (row: number, col: number): number => {
    if (row >= inst.menteeCount || col >= placeMentor.length) return 0;
    const s = best.get(placeMentor[col] * inst.menteeCount + row);
    return s === undefined ? 0 : -(s + bonus);
  };
  // 1-based arrays as in the textbook formulation; column 0 is the virtual start.
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(n + 1).fill(0);
  const rowOfCol = new Array<number>(n + 1).fill(0);
  const way = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    rowOfCol[0] = i;
    let j0 = 0;
    const minv = new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY);
    const used = new Array<boolean>(n + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = rowOfCol[j0];
      let delta = Number.POSITIVE_INFINITY;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[rowOfCol[j]] += delta;
          v[j] -= delta;
        } else {
          minv[j] -= delta;
        }
      }
      j0 = j1;
    } while (rowOfCol[j0] !== 0);
    do {
      const j1 = way[j0];
      rowOfCol[j0] = rowOfCol[j1];
      j0 = j1;
    } while (j0 !== 0);
  }
  const mentorOf = new Array<number>(inst.menteeCount).fill(-1);
  for (let j = 1; j <= n; j++) {
    const row = rowOfCol[j] - 1;
    if (row < inst.menteeCount && j - 1 < placeMentor.length && cost(row, j - 1) < 0) {
      mentorOf[row] = placeMentor[j - 1];
    }
  }
  return summarise(inst, mentorOf, best);
}

interface Arc {
  readonly to: number;
  cap: number;
  readonly cost: number;
  /** Index of the reverse arc in `arcs`. */
  readonly rev: number;
}

/**
 * Min-cost circulation by cycle cancelling: source → mentee (1), mentee → mentor
 * (1, cost −weight), mentor → sink (capacity), sink → source (unbounded). The empty
 * flow is feasible; Bellman–Ford from a virtual root finds a negative residual cycle,
 * which is saturated, until none is left — then the flow is optimal.
 */
export function cycleCancellingOptimum(inst: ReferenceInstance, coverage: boolean): ReferenceOptimum {
  const best = bestEdges(inst);
  const bonus = coverageBonus(inst, coverage);
  const mentees = inst.menteeCount;
  const mentors = inst.capacity.length;
  const source = mentees + mentors;
  const sink = source + 1;
  const nodes = sink + 1;
  const arcs: Arc[] = [];
  const out: number[][] = Array.from({ length: nodes }, () => []);
  const addArc = (from: number, to: number, cap: number, cost: number): void => {
    out[from].push(arcs.length);
    arcs.push({ to, cap, cost, rev: arcs.length + 1 });
    out[to].push(arcs.length);
    arcs.push({ to: from, cap: 0, cost: -cost, rev: arcs.length - 1 });
  };
  for (let e = 0; e < mentees; e++) addArc(source, e, 1, 0);
  const pairArc = new Map<number, number>();
  for (const [key, s] of best) {
    const m = Math.floor(key / mentees);
    const e = key % mentees;
    pairArc.set(key, arcs.length);
    addArc(e, mentees + m, 1, -(s + bonus));
  }
  for (let m = 0; m < mentors; m++) addArc(mentees + m, sink, inst.capacity[m], 0);
  addArc(sink, source, mentees, 0);

  const from = new Array<number>(arcs.length);
  for (let x = 0; x < nodes; x++) for (const a of out[x]) from[a] = x;

  for (;;) {
    // Bellman–Ford with every node at distance 0 (a virtual root reaching all).
    const dist = new Array<number>(nodes).fill(0);
    const predArc = new Array<number>(nodes).fill(-1);
    let relaxedNode = -1;
    for (let round = 0; round < nodes; round++) {
      relaxedNode = -1;
      for (let a = 0; a < arcs.length; a++) {
        const arc = arcs[a];
        if (arc.cap <= 0) continue;
        const nd = dist[from[a]] + arc.cost;
        if (nd < dist[arc.to]) {
          dist[arc.to] = nd;
          predArc[arc.to] = a;
          relaxedNode = arc.to;
        }
      }
      if (relaxedNode < 0) break;
    }
    if (relaxedNode < 0) break;
    // A relaxation in the n-th round lies on or behind a negative cycle: step back n
    // times to land on the cycle, then walk it once.
    let x = relaxedNode;
    for (let k = 0; k < nodes; k++) x = from[predArc[x]];
    const cycle: number[] = [];
    let y = x;
    do {
      const a = predArc[y];
      cycle.push(a);
      y = from[a];
    } while (y !== x);
    let push = Number.POSITIVE_INFINITY;
    for (const a of cycle) push = Math.min(push, arcs[a].cap);
    for (const a of cycle) {
      arcs[a].cap -= push;
      arcs[arcs[a].rev].cap += push;
    }
  }

  const mentorOf = new Array<number>(mentees).fill(-1);
  for (const [key, a] of pairArc) {
    if (arcs[a].cap === 0) mentorOf[key % mentees] = Math.floor(key / mentees);
  }
  return summarise(inst, mentorOf, best);
}
