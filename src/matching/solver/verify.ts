// Independent checkers for solver output: feasibility, the LP optimality certificate
// and stable-matching blocking pairs. Deliberately simple (Maps, no CSR) so they do
// not share bugs with the fast code they check.

import type { MatchingProblem, MatchingResult } from './types.js';

interface PairInfo {
  score: number;
  mentor: number;
  mentee: number;
}

/** Best score per distinct (mentor, mentee) pair, keyed mentor-major. */
function pairTable(problem: MatchingProblem): Map<number, PairInfo> {
  const n = problem.menteeCount;
  const table = new Map<number, PairInfo>();
  for (let k = 0; k < problem.edgeScore.length; k++) {
    const mentor = problem.edgeMentor[k] as number;
    const mentee = problem.edgeMentee[k] as number;
    const score = problem.edgeScore[k] as number;
    const key = mentor * n + mentee;
    const old = table.get(key);
    if (old === undefined || score > old.score) table.set(key, { score, mentor, mentee });
  }
  return table;
}

/** Returns a description of the first violated constraint, or null when feasible. */
export function checkFeasible(problem: MatchingProblem, result: MatchingResult): string | null {
  const n = problem.menteeCount;
  const load = new Array<number>(problem.capacity.length).fill(0);
  let total = 0;
  let matched = 0;
  if (result.mentorOf.length !== n || result.edgeOf.length !== n) return 'result arrays have the wrong length';
  for (let e = 0; e < n; e++) {
    const m = result.mentorOf[e];
    const k = result.edgeOf[e];
    if (m < 0) {
      if (k !== -1) return `mentee ${e} is unmatched but has edge ${k}`;
      continue;
    }
    if (k < 0 || k >= problem.edgeScore.length) return `mentee ${e} has no valid edge`;
    if (problem.edgeMentor[k] !== m || problem.edgeMentee[k] !== e) {
      return `mentee ${e}: edge ${k} does not join mentor ${m} and mentee ${e}`;
    }
    load[m]++;
    if (load[m] > (problem.capacity[m] as number)) return `mentor ${m} exceeds capacity`;
    total += problem.edgeScore[k] as number;
    matched++;
  }
  if (total !== result.total) return `total ${result.total} differs from recomputed ${total}`;
  if (matched !== result.matched) return `matched ${result.matched} differs from recomputed ${matched}`;
  return null;
}

/**
 * Verifies the duals of an optimal-mode result: dual feasibility, complementary
 * slackness and a zero duality gap. null means the matching is provably optimal for
 * weights score + weightOffset.
 */
export function checkCertificate(problem: MatchingProblem, result: MatchingResult): string | null {
  const duals = result.duals;
  if (duals === undefined) return 'result carries no duals';
  const { mentee: u, mentor: v, weightOffset } = duals;
  const n = problem.menteeCount;
  const load = new Array<number>(problem.capacity.length).fill(0);
  for (let e = 0; e < n; e++) if (result.mentorOf[e] >= 0) load[result.mentorOf[e]]++;
  let primal = 0;
  let dual = 0;
  for (let e = 0; e < n; e++) {
    if (!(u[e] >= 0)) return `mentee ${e}: negative dual ${u[e]}`;
    if (u[e] > 0 && result.mentorOf[e] < 0) return `mentee ${e}: unmatched with positive dual ${u[e]}`;
    dual += u[e];
  }
  for (let m = 0; m < v.length; m++) {
    const cap = problem.capacity[m] as number;
    if (!(v[m] >= 0)) return `mentor ${m}: negative dual ${v[m]}`;
    if (v[m] > 0 && load[m] < cap) return `mentor ${m}: free place but positive dual ${v[m]}`;
    dual += cap * v[m];
  }
  for (const { score, mentor, mentee } of pairTable(problem).values()) {
    const reduced = u[mentee] + v[mentor] - (score + weightOffset);
    if (reduced < 0) return `edge ${mentor}-${mentee}: negative reduced cost ${reduced}`;
    if (result.mentorOf[mentee] === mentor) {
      if (reduced !== 0) return `matched edge ${mentor}-${mentee}: reduced cost ${reduced} is not 0`;
      primal += score + weightOffset;
    }
  }
  if (primal !== dual) return `duality gap: primal ${primal}, dual ${dual}`;
  return null;
}

/** rank(side, owner, other) from explicit lists or scores; undefined = unacceptable. */
function rankTables(problem: MatchingProblem, pairs: Map<number, PairInfo>) {
  const n = problem.menteeCount;
  const byMentor = new Map<number, PairInfo[]>();
  const byMentee = new Map<number, PairInfo[]>();
  for (const p of pairs.values()) {
    const forMentor = byMentor.get(p.mentor);
    if (forMentor === undefined) byMentor.set(p.mentor, [p]);
    else forMentor.push(p);
    const forMentee = byMentee.get(p.mentee);
    if (forMentee === undefined) byMentee.set(p.mentee, [p]);
    else forMentee.push(p);
  }
  const mentorRank = new Map<number, number>();
  const menteeRank = new Map<number, number>();
  const fromList = (
    list: ArrayLike<number>,
    own: PairInfo[],
    other: (p: PairInfo) => number,
    out: Map<number, number>,
  ) => {
    for (let i = list.length - 1; i >= 0; i--) {
      const p = own.find((q) => other(q) === list[i]);
      if (p !== undefined) out.set(p.mentor * n + p.mentee, i);
    }
  };
  const fromScores = (own: PairInfo[], other: (p: PairInfo) => number, out: Map<number, number>) => {
    const sorted = [...own].sort((a, b) => b.score - a.score || other(a) - other(b));
    for (let i = 0; i < sorted.length; i++) out.set(sorted[i].mentor * n + sorted[i].mentee, i);
  };
  for (const [m, own] of byMentor) {
    const list = problem.mentorPrefs?.[m];
    if (list !== undefined) fromList(list, own, (p) => p.mentee, mentorRank);
    else fromScores(own, (p) => p.mentee, mentorRank);
  }
  for (const [e, own] of byMentee) {
    const list = problem.menteePrefs?.[e];
    if (list !== undefined) fromList(list, own, (p) => p.mentor, menteeRank);
    else fromScores(own, (p) => p.mentor, menteeRank);
  }
  return { mentorRank, menteeRank };
}

/**
 * Returns the first blocking pair (or an individually irrational assignment) of a
 * stable-mode result, or null when the matching is stable.
 */
export function findBlockingPair(
  problem: MatchingProblem,
  result: MatchingResult,
): { mentor: number; mentee: number; reason: string } | null {
  const n = problem.menteeCount;
  const pairs = pairTable(problem);
  const { mentorRank, menteeRank } = rankTables(problem, pairs);
  const held = new Map<number, number[]>();
  for (let e = 0; e < n; e++) {
    const m = result.mentorOf[e];
    if (m < 0) continue;
    const key = m * n + e;
    if (!mentorRank.has(key) || !menteeRank.has(key)) {
      return { mentor: m, mentee: e, reason: 'assigned pair is not acceptable to both sides' };
    }
    const list = held.get(m);
    if (list === undefined) held.set(m, [e]);
    else list.push(e);
  }
  for (const [key, { mentor, mentee }] of pairs) {
    const rm = mentorRank.get(key);
    const re = menteeRank.get(key);
    if (rm === undefined || re === undefined) continue;
    const current = result.mentorOf[mentee];
    if (current === mentor) continue;
    if (current >= 0 && (menteeRank.get(current * n + mentee) as number) < re) continue;
    const mine = held.get(mentor) ?? [];
    if (mine.length < (problem.capacity[mentor] as number)) {
      return { mentor, mentee, reason: 'mentor has a free place' };
    }
    if (mine.some((other) => rm < (mentorRank.get(mentor * n + other) as number))) {
      return { mentor, mentee, reason: 'mentor prefers this mentee to one it holds' };
    }
  }
  return null;
}
