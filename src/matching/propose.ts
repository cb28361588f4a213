// From the banks' facts to proposals: every allowed pair scored with its reasons, the exact solver
// run in the chosen mode, and a reason for each mentee left without a pair. It proposes; the
// curator decides.

import { explainUnmatched, type MenteeFacts, type MentorFacts, type ScoringContext, scorePair } from './scoring.js';
import { solve } from './solver/index.js';
import type { MatchMode } from './solver/types.js';

export interface Proposal {
  mentorId: string;
  menteeId: string;
  score: number;
  reasons: string[];
}

/** A proposal with the mentor's school: another school's id marks network mentoring. */
export interface SchoolProposal extends Proposal {
  mentorOrgId: string;
  /** For a mentor of another school only. */
  mentorName?: string;
}

export interface Proposals {
  mode: MatchMode;
  proposals: SchoolProposal[];
  unmatched: { menteeId: string; reason: string }[];
  total: number;
}

export function proposeMatches(
  mentees: readonly MenteeFacts[],
  mentors: readonly MentorFacts[],
  mode: MatchMode,
  ctx: ScoringContext,
): Proposals {
  const edgeMentor: number[] = [];
  const edgeMentee: number[] = [];
  const edgeScore: number[] = [];
  const edgeReasons: string[][] = [];
  const allowed = mentees.map(() => new Set<string>());
  mentees.forEach((mentee, e) => {
    mentors.forEach((mentor, m) => {
      const verdict = scorePair(mentee, mentor, ctx);
      if (!verdict.allowed) return;
      edgeMentor.push(m);
      edgeMentee.push(e);
      edgeScore.push(verdict.score);
      edgeReasons.push(verdict.reasons);
      allowed[e]?.add(mentor.id);
    });
  });
  const result = solve(
    {
      capacity: mentors.map((m) => Math.max(0, m.freePlaces)),
      menteeCount: mentees.length,
      edgeMentor,
      edgeMentee,
      edgeScore,
    },
    mode,
  );
  const proposals: SchoolProposal[] = [];
  const unmatched: Proposals['unmatched'] = [];
  mentees.forEach((mentee, e) => {
    const k = result.edgeOf[e] ?? -1;
    if (k >= 0) {
      const mentor = mentors[edgeMentor[k] as number] as MentorFacts;
      proposals.push({
        mentorId: mentor.id,
        mentorOrgId: mentor.orgId,
        ...(mentor.fullName ? { mentorName: mentor.fullName } : {}),
        menteeId: mentee.id,
        score: edgeScore[k] as number,
        reasons: edgeReasons[k] as string[],
      });
    } else {
      unmatched.push({ menteeId: mentee.id, reason: explainUnmatched(mentee, mentors, allowed[e] ?? new Set(), ctx) });
    }
  });
  return { mode, proposals, unmatched, total: result.total };
}
