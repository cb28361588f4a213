// The matching file format: parses and validates the JSON input (ids → indices), runs
// the solver in a mode and builds the JSON output. Only runMatchCli touches the disk.

import { readFile, writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { MATCH_MODES, type MatchingProblem, type MatchMode, solve } from './solver/index.js';

export type MatchFileErrorCode =
  | 'json'
  | 'shape'
  | 'id'
  | 'duplicate-id'
  | 'unknown-id'
  | 'capacity'
  | 'score'
  | 'prefs'
  | 'mode';

/** A rejected input; `path` names the offending place, e.g. `edges[12]`. */
export class MatchFileError extends Error {
  override readonly name = 'MatchFileError';

  constructor(
    readonly code: MatchFileErrorCode,
    readonly path: string,
    detail: string,
  ) {
    super(path === '' ? detail : `${path}: ${detail}`);
  }
}

export interface MatchFileInput {
  readonly mentorIds: readonly string[];
  readonly menteeIds: readonly string[];
  readonly problem: MatchingProblem;
}

export interface MatchFilePair {
  readonly mentor: string;
  readonly mentee: string;
}

export interface MatchFileOutput {
  readonly pairs: MatchFilePair[];
  readonly total: number;
  /** Solver time only; parsing and serialising are excluded. */
  readonly elapsedMs: number;
}

export type MatchFileParseResult =
  | { readonly ok: true; readonly value: MatchFileInput }
  | { readonly ok: false; readonly error: MatchFileError };

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function describe(x: unknown): string {
  if (typeof x === 'string') return JSON.stringify(x);
  if (Array.isArray(x)) return 'an array';
  if (x === null) return 'null';
  if (typeof x === 'object') return 'an object';
  return String(x);
}

/** Ids may be strings or numbers in the file; numbers are normalised to strings. */
function normaliseId(x: unknown, path: string): string {
  if (typeof x === 'string' && x !== '') return x;
  if (typeof x === 'number' && Number.isFinite(x)) return String(x);
  throw new MatchFileError('id', path, `expected a non-empty string or number id, got ${describe(x)}`);
}

function requireArray(x: unknown, path: string, what: string): unknown[] {
  if (!Array.isArray(x)) throw new MatchFileError('shape', path, `expected an array of ${what}, got ${describe(x)}`);
  return x;
}

interface Side {
  readonly ids: string[];
  readonly index: Map<string, number>;
  readonly rawPrefs: (unknown[] | undefined)[];
}

function readSide(list: unknown[], field: 'mentors' | 'mentees', capacity: number[] | null): Side {
  const ids: string[] = [];
  const index = new Map<string, number>();
  const rawPrefs: (unknown[] | undefined)[] = [];
  const noun = field === 'mentors' ? 'mentor' : 'mentee';
  const other = field === 'mentors' ? 'mentee' : 'mentor';
  list.forEach((item, i) => {
    const path = `${field}[${i}]`;
    if (!isRecord(item)) throw new MatchFileError('shape', path, `expected an object, got ${describe(item)}`);
    const { id: rawId, capacity: rawCapacity, prefs } = item;
    const id = normaliseId(rawId, `${path}.id`);
    if (index.has(id)) {
      throw new MatchFileError('duplicate-id', `${path}.id`, `duplicate ${noun} id ${JSON.stringify(id)}`);
    }
    index.set(id, i);
    ids.push(id);
    if (capacity !== null) {
      const c = rawCapacity;
      if (typeof c !== 'number' || !Number.isSafeInteger(c) || c < 0) {
        throw new MatchFileError('capacity', `${path}.capacity`, `must be a non-negative integer, got ${describe(c)}`);
      }
      capacity.push(c);
    }
    rawPrefs.push(prefs === undefined ? undefined : requireArray(prefs, `${path}.prefs`, `${other} ids`));
  });
  return { ids, index, rawPrefs };
}

/** Resolves one side's prefs lists against the other side's ids. */
function resolvePrefs(side: Side, field: 'mentors' | 'mentees', other: Side): (Int32Array | undefined)[] | undefined {
  if (side.rawPrefs.every((p) => p === undefined)) return undefined;
  const otherNoun = field === 'mentors' ? 'mentee' : 'mentor';
  return side.rawPrefs.map((list, i) => {
    if (list === undefined) return undefined;
    const out = new Int32Array(list.length);
    const seen = new Set<number>();
    list.forEach((raw, j) => {
      const path = `${field}[${i}].prefs[${j}]`;
      const id = normaliseId(raw, path);
      const k = other.index.get(id);
      if (k === undefined) throw new MatchFileError('unknown-id', path, `unknown ${otherNoun} ${JSON.stringify(id)}`);
      if (seen.has(k)) throw new MatchFileError('prefs', path, `${otherNoun} ${JSON.stringify(id)} is listed twice`);
      seen.add(k);
      out[j] = k;
    });
    return out;
  });
}

/** Parses and validates a matching file; throws MatchFileError naming the bad field. */
export function parseMatchFile(text: string): MatchFileInput {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch (err) {
    throw new MatchFileError('json', '', `invalid JSON: ${(err as Error).message}`);
  }
  if (!isRecord(root)) throw new MatchFileError('shape', '', `expected a JSON object, got ${describe(root)}`);
  const capacity: number[] = [];
  const { mentors: rawMentors, mentees: rawMentees, edges: rawEdges } = root;
  const mentors = readSide(requireArray(rawMentors, 'mentors', 'mentor objects'), 'mentors', capacity);
  const mentees = readSide(requireArray(rawMentees, 'mentees', 'mentee objects'), 'mentees', null);
  const edges = requireArray(rawEdges, 'edges', '[mentorId, menteeId, score] triples');

  // Parallel typed arrays: millions of edges must not become millions of objects.
  const edgeMentor = new Int32Array(edges.length);
  const edgeMentee = new Int32Array(edges.length);
  const edgeScore = new Float64Array(edges.length);
  for (let k = 0; k < edges.length; k++) {
    const edge = edges[k];
    if (!Array.isArray(edge) || edge.length !== 3) {
      throw new MatchFileError('shape', `edges[${k}]`, `expected [mentorId, menteeId, score], got ${describe(edge)}`);
    }
    const rawMentor: unknown = edge[0];
    const rawMentee: unknown = edge[1];
    const score: unknown = edge[2];
    const mentorId = typeof rawMentor === 'string' ? rawMentor : normaliseId(rawMentor, `edges[${k}][0]`);
    const menteeId = typeof rawMentee === 'string' ? rawMentee : normaliseId(rawMentee, `edges[${k}][1]`);
    const m = mentors.index.get(mentorId);
    if (m === undefined)
      throw new MatchFileError('unknown-id', `edges[${k}]`, `unknown mentor ${JSON.stringify(mentorId)}`);
    const e = mentees.index.get(menteeId);
    if (e === undefined)
      throw new MatchFileError('unknown-id', `edges[${k}]`, `unknown mentee ${JSON.stringify(menteeId)}`);
    if (typeof score !== 'number' || !Number.isSafeInteger(score) || score <= 0) {
      throw new MatchFileError('score', `edges[${k}]`, `score must be a positive integer, got ${describe(score)}`);
    }
    edgeMentor[k] = m;
    edgeMentee[k] = e;
    edgeScore[k] = score;
  }

  const mentorPrefs = resolvePrefs(mentors, 'mentors', mentees);
  const menteePrefs = resolvePrefs(mentees, 'mentees', mentors);
  // Duplicate edges are left in place: the solver keeps the larger score of a pair.
  const problem: MatchingProblem = {
    capacity,
    menteeCount: mentees.ids.length,
    edgeMentor,
    edgeMentee,
    edgeScore,
    ...(mentorPrefs === undefined ? {} : { mentorPrefs }),
    ...(menteePrefs === undefined ? {} : { menteePrefs }),
  };
  return { mentorIds: mentors.ids, menteeIds: mentees.ids, problem };
}

/** Non-throwing variant of parseMatchFile. */
export function tryParseMatchFile(text: string): MatchFileParseResult {
  try {
    return { ok: true, value: parseMatchFile(text) };
  } catch (err) {
    if (err instanceof MatchFileError) return { ok: false, error: err };
    throw err;
  }
}

export function parseMatchMode(mode: string): MatchMode {
  const found = MATCH_MODES.find((m) => m === mode);
  if (found === undefined) {
    throw new MatchFileError(
      'mode',
      'mode',
      `unknown mode ${JSON.stringify(mode)}; expected one of ${MATCH_MODES.join(', ')}`,
    );
  }
  return found;
}

/** Runs the solver on a parsed file; pairs are ordered by mentor, then mentee, in file order. */
export function solveMatchFile(input: MatchFileInput, mode: MatchMode): MatchFileOutput {
  const started = performance.now();
  const result = solve(input.problem, mode);
  const elapsedMs = Math.round((performance.now() - started) * 1000) / 1000;

  const mentorCount = input.mentorIds.length;
  const start = new Int32Array(mentorCount + 1);
  for (const m of result.mentorOf) if (m >= 0) start[m + 1]++;
  for (let m = 0; m < mentorCount; m++) start[m + 1] += start[m];
  const order = new Int32Array(result.matched);
  for (let e = 0; e < result.mentorOf.length; e++) {
    const m = result.mentorOf[e];
    if (m >= 0) order[start[m]++] = e;
  }
  const pairs: MatchFilePair[] = [];
  for (const e of order) {
    pairs.push({ mentor: input.mentorIds[result.mentorOf[e]], mentee: input.menteeIds[e] });
  }
  return { pairs, total: result.total, elapsedMs };
}

/** Parses `text`, solves in `mode` (validated first) and returns the output object. */
export function runMatchFile(text: string, mode: string): MatchFileOutput {
  const checkedMode = parseMatchMode(mode);
  return solveMatchFile(parseMatchFile(text), checkedMode);
}

/** Reads the input file, solves and writes the output JSON file. */
export async function runMatchCli(args: { inPath: string; outPath: string; mode: string }): Promise<void> {
  const mode = parseMatchMode(args.mode);
  const text = await readFile(args.inPath, 'utf8');
  const output = solveMatchFile(parseMatchFile(text), mode);
  await writeFile(args.outPath, `${JSON.stringify(output)}\n`, 'utf8');
}
