// The general b-matching core (capacities on both sides) against brute force over all
// edge subsets, with its dual certificate checked directly.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solveBMatching } from './bmatching.js';

interface Instance {
  rowCapacity: number[];
  colCapacity: number[];
  arcs: [number, number, number][]; // row, col, weight
}

const instance: fc.Arbitrary<Instance> = fc
  .record({ rows: fc.integer({ min: 1, max: 4 }), cols: fc.integer({ min: 1, max: 4 }) })
  .chain(({ rows, cols }) =>
    fc.record({
      rowCapacity: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: rows, maxLength: rows }),
      colCapacity: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: cols, maxLength: cols }),
      arcs: fc.array(
        fc.tuple(
          fc.integer({ min: 0, max: rows - 1 }),
          fc.integer({ min: 0, max: cols - 1 }),
          fc.integer({ min: 1, max: 9 }),
        ),
        { maxLength: 11 },
      ),
    }),
  );

function bruteForce(x: Instance): number {
  let best = 0;
  for (let mask = 0; mask < 1 << x.arcs.length; mask++) {
    const rowUse = x.rowCapacity.map(() => 0);
    const colUse = x.colCapacity.map(() => 0);
    let total = 0;
    let ok = true;
    x.arcs.forEach(([r, c, w], k) => {
      if (!(mask & (1 << k))) return;
      rowUse[r]++;
      colUse[c]++;
      total += w;
      if (rowUse[r] > x.rowCapacity[r] || colUse[c] > x.colCapacity[c]) ok = false;
    });
    if (ok && total > best) best = total;
  }
  return best;
}

describe('solveBMatching', () => {
  it('is optimal, feasible and certified on small instances', () => {
    fc.assert(
      fc.property(instance, (x) => {
        const sorted = [...x.arcs].sort((p, q) => p[0] - q[0]);
        const rowStart = new Int32Array(x.rowCapacity.length + 1);
        for (const [r] of sorted) rowStart[r + 1]++;
        for (let r = 0; r < x.rowCapacity.length; r++) rowStart[r + 1] += rowStart[r];
        const { matched, u, v } = solveBMatching({
          rowCapacity: Int32Array.from(x.rowCapacity),
          colCapacity: Int32Array.from(x.colCapacity),
          rowStart,
          arcCol: Int32Array.from(sorted.map((a) => a[1])),
          arcWeight: Float64Array.from(sorted.map((a) => a[2])),
        });
        const rowUse = x.rowCapacity.map(() => 0);
        const colUse = x.colCapacity.map(() => 0);
        let primal = 0;
        let edgeDuals = 0;
        sorted.forEach(([r, c, w], k) => {
          const reduced = u[r] + v[c] - w;
          if (matched[k] === 1) {
            rowUse[r]++;
            colUse[c]++;
            primal += w;
            expect(reduced).toBeLessThanOrEqual(0);
            edgeDuals -= reduced; // the edge's own capacity dual
          } else {
            expect(reduced).toBeGreaterThanOrEqual(0);
          }
        });
        expect(primal).toBe(bruteForce(x));
        let dual = edgeDuals;
        x.rowCapacity.forEach((cap, r) => {
          expect(rowUse[r]).toBeLessThanOrEqual(cap);
          expect(u[r]).toBeGreaterThanOrEqual(0);
          if (u[r] > 0) expect(rowUse[r]).toBe(cap);
          dual += cap * u[r];
        });
        x.colCapacity.forEach((cap, c) => {
          expect(colUse[c]).toBeLessThanOrEqual(cap);
          expect(v[c]).toBeGreaterThanOrEqual(0);
          if (v[c] > 0) expect(colUse[c]).toBe(cap);
          dual += cap * v[c];
        });
        expect(dual).toBe(primal);
      }),
      { numRuns: 500 },
    );
  });
});
