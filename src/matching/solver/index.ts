// Public entry point of the matching solver: one `solve` dispatching on mode, plus the
// per-mode solvers, the greedy baseline and the result checkers.

import { solveOptimal } from './optimal.js';
import { solveStable } from './stable.js';
import type { MatchingProblem, MatchingResult, MatchMode } from './types.js';

export { solveGreedy } from './greedy.js';
export { solveStable } from './stable.js';
export type { MatchingDuals, MatchingProblem, MatchingResult, MatchMode } from './types.js';
export { MATCH_MODES } from './types.js';
export { checkCertificate, checkFeasible, findBlockingPair } from './verify.js';

/** Maximises the total score; unmatched mentees are allowed. */
export function solveMaxScore(problem: MatchingProblem): MatchingResult {
  return solveOptimal(problem, 'max-score');
}

/** Maximises the number of matched mentees, then the total score among those. */
export function solveMaxCoverage(problem: MatchingProblem): MatchingResult {
  return solveOptimal(problem, 'max-coverage');
}

/** Pure and deterministic: the same problem always yields the same matching. */
export function solve(problem: MatchingProblem, mode: MatchMode): MatchingResult {
  switch (mode) {
    case 'max-score':
    case 'max-coverage':
      return solveOptimal(problem, mode);
    case 'stable':
      return solveStable(problem);
    default: {
      const never: never = mode;
      throw new RangeError(`unknown mode ${String(never)}`);
    }
  }
}
