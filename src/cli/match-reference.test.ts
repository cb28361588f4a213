// `nastavnik match` as users run it (the built tool), on random instance files: the
// output files are feasible and as good as an independent exact method says is possible.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hungarianOptimum, type ReferenceInstance } from '../../test/reference-matching.js';
import { packageRoot } from '../config/paths.js';

// `npm test` builds dist/ first; NASTAVNIK_MAIN points at a build kept elsewhere.
const builtMain = process.env.NASTAVNIK_MAIN ?? path.join(packageRoot, 'dist/src/main.js');

interface OutputFile {
  pairs: { mentor: string; mentee: string }[];
  total: number;
  elapsedMs: number;
}

const instanceFile = fc
  .record({ mentors: fc.integer({ min: 1, max: 12 }), mentees: fc.integer({ min: 1, max: 20 }) })
  .chain(({ mentors, mentees }) =>
    fc.record({
      capacity: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: mentors, maxLength: mentors }),
      menteeCount: fc.constant(mentees),
      edges: fc.array(
        fc.tuple(
          fc.integer({ min: 0, max: mentors - 1 }),
          fc.integer({ min: 0, max: mentees - 1 }),
          fc.integer({ min: 1, max: 60 }),
        ),
        { maxLength: mentors * mentees },
      ),
    }),
  );

describe('nastavnik match on random files', () => {
  it('writes outputs that are feasible and optimal by the reference method', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'nastavnik-match-ref-'));
    try {
      const samples: ReferenceInstance[] = fc.sample(instanceFile, { numRuns: 6, seed: 4242 });
      samples.forEach((inst, i) => {
        // Mentor ids are strings, mentee ids numbers: the format allows both.
        const file = {
          mentors: inst.capacity.map((capacity, m) => ({ id: `наставник-${m}`, capacity })),
          mentees: Array.from({ length: inst.menteeCount }, (_, e) => ({ id: 1000 + e })),
          edges: inst.edges.map(([m, e, s]) => [`наставник-${m}`, 1000 + e, s]),
        };
        const input = path.join(dir, `in-${i}.json`);
        writeFileSync(input, JSON.stringify(file));
        const best = new Map<string, number>();
        for (const [m, e, s] of inst.edges) {
          const key = `наставник-${m}|${1000 + e}`;
          best.set(key, Math.max(best.get(key) ?? 0, s));
        }
        for (const mode of ['max-score', 'max-coverage'] as const) {
          const output = path.join(dir, `out-${i}-${mode}.json`);
          const run = spawnSync(
            process.execPath,
            [builtMain, 'match', '--in', input, '--out', output, '--mode', mode],
            {
              encoding: 'utf8',
              timeout: 60_000,
            },
          );
          expect(run.status, run.stderr).toBe(0);
          const out = JSON.parse(readFileSync(output, 'utf8')) as OutputFile;
          expect(out.elapsedMs).toBeGreaterThanOrEqual(0);
          const load = new Map<string, number>();
          const seen = new Set<string>();
          let total = 0;
          for (const { mentor, mentee } of out.pairs) {
            const score = best.get(`${mentor}|${mentee}`);
            expect(score, `${mentor} – ${mentee} is not an edge`).toBeDefined();
            total += score ?? 0;
            expect(seen.has(mentee)).toBe(false);
            seen.add(mentee);
            load.set(mentor, (load.get(mentor) ?? 0) + 1);
          }
          for (const [mentor, l] of load) {
            expect(l).toBeLessThanOrEqual(inst.capacity[Number(mentor.split('-')[1])]);
          }
          expect(out.total).toBe(total);
          const ref = hungarianOptimum(inst, mode === 'max-coverage');
          expect(out.total).toBe(ref.total);
          if (mode === 'max-coverage') expect(out.pairs.length).toBe(ref.matched);
        }
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
