import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../config/paths.js';

// The built tool, as users run it (`npm test` builds before testing).
function nastavnik(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [path.join(packageRoot, 'dist/src/main.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('the nastavnik command', () => {
  it('lists its commands and answers --help for each', () => {
    const usage = nastavnik(['--help']);
    expect(usage.code).toBe(0);
    for (const c of [
      'serve',
      'demo',
      'migrate',
      'create-admin',
      'import-staff',
      'match',
      'backup',
      'restore',
      'remind',
    ]) {
      expect(usage.out).toContain(c);
      const help = nastavnik([c, '--help']);
      expect(help.code, c).toBe(0);
      expect(help.out, c).toContain(`nastavnik ${c}`);
    }
  });

  it('exits with 2 and a clear message on bad arguments', () => {
    expect(nastavnik([]).code).toBe(2);
    const unknown = nastavnik(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('Unknown command: frobnicate');
    const missing = nastavnik(['match', '--in', 'x.json']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('--out is required');
    const badDay = nastavnik(['remind', '--day', '2026-02-30']);
    expect(badDay.code).toBe(2);
    expect(badDay.err).toContain('--day: not a date (YYYY-MM-DD)');
    const badEnv = nastavnik(['migrate'], { PORT: 'eighty' });
    expect(badEnv.code).toBe(2);
    expect(badEnv.err).toContain('PORT');
  });

  it('keeps demo mode away from a standard database, even an empty one', () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'nastavnik-standard-'));
    expect(nastavnik(['migrate'], { DATA_DIR: dataDir }).code).toBe(0);
    const refused = nastavnik(['demo'], { DATA_DIR: dataDir, PORT: '0' });
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('не демонстрационная');
  }, 60_000);

  it('solves a matching file in each mode', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'nastavnik-match-'));
    const input = path.join(dir, 'in.json');
    writeFileSync(
      input,
      JSON.stringify({
        mentors: [
          { id: 'a', capacity: 1 },
          { id: 'b', capacity: 1 },
        ],
        mentees: [{ id: 'x' }, { id: 'y' }],
        edges: [
          ['a', 'x', 10],
          ['a', 'y', 9],
          ['b', 'x', 8],
        ],
      }),
    );
    const out = path.join(dir, 'out.json');
    expect(nastavnik(['match', '--in', input, '--out', out, '--mode', 'max-score']).code).toBe(0);
    const best = JSON.parse(readFileSync(out, 'utf8'));
    expect(best.total).toBe(17);
    expect(typeof best.elapsedMs).toBe('number');
    expect(nastavnik(['match', '--in', input, '--out', out, '--mode', 'max-coverage']).code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).pairs).toHaveLength(2);
    const bad = nastavnik(['match', '--in', input, '--out', out, '--mode', 'best']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('max-score');
    writeFileSync(input, '{"mentors":[],"mentees":[],"edges":[["a","x",1]]}');
    const unknownId = nastavnik(['match', '--in', input, '--out', out, '--mode', 'stable']);
    expect(unknownId.code).toBe(2);
    expect(unknownId.err).toContain('edges[0]');
  });
});
