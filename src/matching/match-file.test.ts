// The matching file format (../match-file.ts): parsing, validation messages, output
// shape and the file-to-file runner.

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MatchFileError, parseMatchFile, runMatchCli, runMatchFile, tryParseMatchFile } from './match-file.js';
import { solveMaxScore } from './solver/index.js';

const sample = {
  mentors: [
    { id: 'anna', capacity: 2 },
    { id: 7, capacity: 1, prefs: ['x', 3] },
  ],
  mentees: [{ id: 'x' }, { id: 'y', prefs: [7, 'anna'] }, { id: 3 }],
  edges: [
    ['anna', 'x', 5],
    ['anna', 'y', 4],
    [7, 'y', 9],
    ['7', 3, 2],
    ['anna', 3, 1],
  ],
};

function expectError(input: unknown, message: string | RegExp, code?: string): void {
  const text = typeof input === 'string' ? input : JSON.stringify(input);
  let caught: unknown;
  try {
    parseMatchFile(text);
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(MatchFileError);
  const err = caught as MatchFileError;
  if (typeof message === 'string') expect(err.message).toBe(message);
  else expect(err.message).toMatch(message);
  if (code !== undefined) expect(err.code).toBe(code);
}

const withEdges = (edges: unknown[]): unknown => ({ ...sample, edges });

describe('parseMatchFile', () => {
  it('normalises numeric ids and keeps file order', () => {
    const input = parseMatchFile(JSON.stringify(sample));
    expect(input.mentorIds).toEqual(['anna', '7']);
    expect(input.menteeIds).toEqual(['x', 'y', '3']);
    expect(Array.from(input.problem.edgeMentor)).toEqual([0, 0, 1, 1, 0]);
    expect(Array.from(input.problem.edgeMentee)).toEqual([0, 1, 1, 2, 2]);
    expect(input.problem.mentorPrefs?.map((p) => (p === undefined ? undefined : Array.from(p)))).toEqual([
      undefined,
      [0, 2],
    ]);
    expect(input.problem.menteePrefs?.map((p) => (p === undefined ? undefined : Array.from(p)))).toEqual([
      undefined,
      [1, 0],
      undefined,
    ]);
  });

  it.each<[string, unknown, string, string]>([
    ['invalid JSON', '{"mentors": [', 'json', ''],
    ['a non-object root', [], 'shape', 'expected a JSON object, got an array'],
    [
      'missing mentors',
      { mentees: [], edges: [] },
      'shape',
      'mentors: expected an array of mentor objects, got undefined',
    ],
    [
      'a non-array edges',
      { mentors: [], mentees: [], edges: {} },
      'shape',
      'edges: expected an array of [mentorId, menteeId, score] triples, got an object',
    ],
    ['a non-object mentor', { ...sample, mentors: [null] }, 'shape', 'mentors[0]: expected an object, got null'],
    [
      'a missing id',
      { ...sample, mentees: [{ id: 'x' }, {}] },
      'id',
      'mentees[1].id: expected a non-empty string or number id, got undefined',
    ],
    [
      'an empty id',
      { ...sample, mentees: [{ id: '' }] },
      'id',
      'mentees[0].id: expected a non-empty string or number id, got ""',
    ],
    [
      'a duplicate mentor id',
      {
        ...sample,
        mentors: [
          { id: 'a', capacity: 1 },
          { id: 'a', capacity: 1 },
        ],
      },
      'duplicate-id',
      'mentors[1].id: duplicate mentor id "a"',
    ],
    [
      'a duplicate mentee id after normalising',
      { ...sample, mentees: [{ id: 3 }, { id: '3' }] },
      'duplicate-id',
      'mentees[1].id: duplicate mentee id "3"',
    ],
    [
      'a negative capacity',
      { ...sample, mentors: [{ id: 'a', capacity: -1 }] },
      'capacity',
      'mentors[0].capacity: must be a non-negative integer, got -1',
    ],
    [
      'a fractional capacity',
      { ...sample, mentors: [{ id: 'a', capacity: 1.5 }] },
      'capacity',
      'mentors[0].capacity: must be a non-negative integer, got 1.5',
    ],
    [
      'a missing capacity',
      { ...sample, mentors: [{ id: 'a' }] },
      'capacity',
      'mentors[0].capacity: must be a non-negative integer, got undefined',
    ],
    [
      'an unknown mentor in an edge',
      withEdges([
        ['anna', 'x', 1],
        ['m7', 'x', 1],
      ]),
      'unknown-id',
      'edges[1]: unknown mentor "m7"',
    ],
    ['an unknown mentee in an edge', withEdges([['anna', 'zz', 1]]), 'unknown-id', 'edges[0]: unknown mentee "zz"'],
    ['a zero score', withEdges([['anna', 'x', 0]]), 'score', 'edges[0]: score must be a positive integer, got 0'],
    ['a negative score', withEdges([['anna', 'x', -3]]), 'score', 'edges[0]: score must be a positive integer, got -3'],
    [
      'a fractional score',
      withEdges([['anna', 'x', 2.5]]),
      'score',
      'edges[0]: score must be a positive integer, got 2.5',
    ],
    ['a string score', withEdges([['anna', 'x', '2']]), 'score', 'edges[0]: score must be a positive integer, got "2"'],
    [
      'a short edge',
      withEdges([['anna', 'x']]),
      'shape',
      'edges[0]: expected [mentorId, menteeId, score], got an array',
    ],
    [
      'a bad id type in an edge',
      withEdges([[true, 'x', 1]]),
      'id',
      'edges[0][0]: expected a non-empty string or number id, got true',
    ],
    [
      'prefs that are not a list',
      { ...sample, mentees: [{ id: 'x', prefs: 'anna' }] },
      'shape',
      'mentees[0].prefs: expected an array of mentor ids, got "anna"',
    ],
    [
      'an unknown id in prefs',
      {
        ...sample,
        mentors: [
          { id: 'anna', capacity: 1, prefs: ['x', 'q'] },
          { id: 7, capacity: 1 },
        ],
      },
      'unknown-id',
      'mentors[0].prefs[1]: unknown mentee "q"',
    ],
    [
      'a repeated id in prefs',
      { ...sample, mentees: [{ id: 'x', prefs: ['anna', 'anna'] }, { id: 'y' }, { id: 3 }] },
      'prefs',
      'mentees[0].prefs[1]: mentor "anna" is listed twice',
    ],
  ])('rejects %s', (_label, input, code, message) => {
    expectError(input, message === '' ? /^invalid JSON/ : message, code);
  });

  it('tryParseMatchFile returns typed errors instead of throwing', () => {
    const bad = tryParseMatchFile(JSON.stringify(withEdges([['nobody', 'x', 1]])));
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('unknown-id');
      expect(bad.error.path).toBe('edges[0]');
    }
    expect(tryParseMatchFile(JSON.stringify(sample)).ok).toBe(true);
  });
});

describe('runMatchFile', () => {
  it('produces pairs, total and elapsedMs for every mode', () => {
    const text = JSON.stringify(sample);
    const best = runMatchFile(text, 'max-score');
    // anna (2 places): x 5 + y 4 or 3 1; mentor 7 (1 place): y 9 or 3 2 → x–anna, 3–anna, y–7.
    expect(best.pairs).toEqual([
      { mentor: 'anna', mentee: 'x' },
      { mentor: 'anna', mentee: '3' },
      { mentor: '7', mentee: 'y' },
    ]);
    expect(best.total).toBe(15);
    expect(typeof best.elapsedMs).toBe('number');
    expect(runMatchFile(text, 'max-coverage').total).toBe(15);
    const stable = runMatchFile(text, 'stable');
    expect(stable.pairs.length).toBeGreaterThan(0);
    expect(JSON.parse(JSON.stringify(stable))).toEqual(stable);
  });

  it('keeps the larger score of duplicate edges', () => {
    const text = JSON.stringify({
      mentors: [{ id: 'a', capacity: 1 }],
      mentees: [{ id: 'x' }],
      edges: [
        ['a', 'x', 3],
        ['a', 'x', 7],
        ['a', 'x', 2],
      ],
    });
    expect(runMatchFile(text, 'max-score').total).toBe(7);
    expect(runMatchFile(text, 'stable').total).toBe(7);
  });

  it('honours explicit prefs in stable mode', () => {
    const text = JSON.stringify({
      mentors: [
        { id: 'a', capacity: 1, prefs: ['y', 'x'] },
        { id: 'b', capacity: 1 },
      ],
      mentees: [
        { id: 'x', prefs: ['a', 'b'] },
        { id: 'y', prefs: ['a'] },
      ],
      edges: [
        ['a', 'x', 9],
        ['b', 'x', 1],
        ['a', 'y', 1],
        ['b', 'y', 9],
      ],
    });
    expect(runMatchFile(text, 'stable').pairs).toEqual([
      { mentor: 'a', mentee: 'y' },
      { mentor: 'b', mentee: 'x' },
    ]);
  });

  it('rejects an unknown mode, naming the allowed ones', () => {
    expect(() => runMatchFile(JSON.stringify(sample), 'fastest')).toThrow(
      'mode: unknown mode "fastest"; expected one of max-score, max-coverage, stable',
    );
  });

  it('agrees with the solver on random files', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 6 }),
        fc.array(fc.tuple(fc.nat(4), fc.nat(5), fc.integer({ min: 1, max: 50 })), { maxLength: 20 }),
        (capacity, menteeCount, raw) => {
          const edges = raw.filter(([m, e]) => m < capacity.length && e < menteeCount);
          const file = {
            mentors: capacity.map((c, m) => ({ id: `m${m}`, capacity: c })),
            mentees: Array.from({ length: menteeCount }, (_, e) => ({ id: e })),
            edges: edges.map(([m, e, s]) => [`m${m}`, e, s]),
          };
          const out = runMatchFile(JSON.stringify(file), 'max-score');
          const direct = solveMaxScore({
            capacity,
            menteeCount,
            edgeMentor: edges.map((x) => x[0]),
            edgeMentee: edges.map((x) => x[1]),
            edgeScore: edges.map((x) => x[2]),
          });
          expect(out.total).toBe(direct.total);
          expect(out.pairs.length).toBe(direct.matched);
          expect(new Set(out.pairs.map((p) => p.mentee)).size).toBe(out.pairs.length);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('runMatchCli', () => {
  it('reads the input file and writes the output file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'match-file-test-'));
    try {
      const inPath = join(dir, 'in.json');
      const outPath = join(dir, 'out.json');
      await writeFile(inPath, JSON.stringify(sample));
      await runMatchCli({ inPath, outPath, mode: 'max-coverage' });
      const out: unknown = JSON.parse(await readFile(outPath, 'utf8'));
      expect(out).toMatchObject({ total: 15, pairs: expect.any(Array), elapsedMs: expect.any(Number) });
      await expect(runMatchCli({ inPath, outPath, mode: 'nope' })).rejects.toBeInstanceOf(MatchFileError);
      await writeFile(
        inPath,
        JSON.stringify(
          withEdges([
            ['anna', 'x', 1],
            ['ghost', 'x', 1],
          ]),
        ),
      );
      await expect(runMatchCli({ inPath, outPath, mode: 'stable' })).rejects.toThrow(
        'edges[1]: unknown mentor "ghost"',
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
