// Shared types of the mentor–mentee assignment solver: the index-based problem it
// accepts and the result it returns. Ids and file formats live outside the solver.

/** The three objectives the solver understands. */
export type MatchMode = 'max-score' | 'max-coverage' | 'stable';

export const MATCH_MODES: readonly MatchMode[] = ['max-score', 'max-coverage', 'stable'];

/**
 * A matching problem over dense indices. Mentors are `0 … capacity.length-1`,
 * mentees are `0 … menteeCount-1`; edge `k` is the allowed pair
 * (`edgeMentor[k]`, `edgeMentee[k]`) with a positive integer `edgeScore[k]`.
 * Parallel arrays (rather than objects) keep 2M-edge inputs cheap to build.
 */
export interface MatchingProblem {
  readonly capacity: ArrayLike<number>;
  readonly menteeCount: number;
  readonly edgeMentor: ArrayLike<number>;
  readonly edgeMentee: ArrayLike<number>;
  readonly edgeScore: ArrayLike<number>;
  /**
   * Optional explicit rankings for `stable` mode, best first. `mentorPrefs[m]` lists
   * mentee indices, `menteePrefs[e]` lists mentor indices. An absent (undefined) list
   * means "rank my edges by score". Entries that are not edges are ignored; repeated
   * entries keep their first position.
   */
  readonly mentorPrefs?: ReadonlyArray<ArrayLike<number> | undefined>;
  readonly menteePrefs?: ReadonlyArray<ArrayLike<number> | undefined>;
}

/**
 * LP duals of the max-weight b-matching solved by the optimal modes, with
 * weight(k) = edgeScore[k] + weightOffset. They certify optimality:
 *   mentee[e] ≥ 0, mentor[m] ≥ 0, mentee[e] + mentor[m] ≥ weight on every edge,
 *   equality on matched edges, mentee[e] > 0 only if e is matched,
 *   mentor[m] > 0 only if m is full.
 * In min-cost-flow terms (sink potential 0) the node potentials are
 * π(mentee) = mentee[e] and π(mentor) = −mentor[m]; the conditions above are exactly
 * "every residual arc has a non-negative reduced cost".
 */
export interface MatchingDuals {
  readonly mentee: Float64Array;
  readonly mentor: Float64Array;
  /** 0 for max-score; the lexicographic bonus per matched mentee for max-coverage. */
  readonly weightOffset: number;
}

export interface MatchingResult {
  readonly mode: MatchMode;
  /** Per mentee: its mentor index, or -1 when unmatched. */
  readonly mentorOf: Int32Array;
  /** Per mentee: the index of the input edge used, or -1 when unmatched. */
  readonly edgeOf: Int32Array;
  /** Sum of edge scores over matched pairs. */
  readonly total: number;
  /** Number of matched mentees. */
  readonly matched: number;
  /** Present for `max-score` and `max-coverage`. */
  readonly duals?: MatchingDuals;
}
