// The matching endpoint's request and answer (the public contract's shape, plus the total).
import { z } from 'zod';
import { matchingWeightsSchema } from '../organizations/organization-contract.js';
import { MATCH_MODES } from './solver/types.js';

export const matchingRequestSchema = z.object({
  mode: z.enum(MATCH_MODES as unknown as ['max-score', 'max-coverage', 'stable']),
  menteeIds: z.array(z.uuid()).max(5000).optional(),
  /** Weights to try instead of the organization's, to preview their effect; nothing is saved. */
  weights: matchingWeightsSchema.optional(),
  /**
   * Also propose mentors of the other schools of the network (those whose bank entry takes
   * cross-school mentoring), where a parent organization allows it; otherwise 403.
   */
  crossSchool: z.boolean().optional().default(false),
});

export const matchingResultSchema = z
  .object({
    mode: z.string(),
    proposals: z.array(
      z.object({
        mentorId: z.string(),
        /** The mentor's organization; another school's id marks network mentoring. */
        mentorOrgId: z.string(),
        /** That school's short name, for network mentoring only. */
        mentorOrgName: z.string().optional(),
        /** The mentor's full name, for network mentoring only (not in this school's bank). */
        mentorName: z.string().optional(),
        menteeId: z.string(),
        score: z.number().int(),
        reasons: z.array(z.string()),
      }),
    ),
    unmatched: z.array(z.object({ menteeId: z.string(), reason: z.string() })),
    total: z.number().int(),
    weights: matchingWeightsSchema,
    /** Whether mentors of other schools were considered. */
    crossSchool: z.boolean(),
  })
  .meta({ id: 'MatchingResult' });

/** Scores of pairs the curator makes by hand (added or swapped in the draft). */
export const pairScoreRequestSchema = z.object({
  pairs: z
    .array(z.object({ mentorId: z.uuid(), menteeId: z.uuid() }))
    .min(1)
    .max(500),
  weights: matchingWeightsSchema.optional(),
  crossSchool: z.boolean().optional().default(false),
});

export const pairScoreResultSchema = z.object({
  items: z.array(
    z.object({
      mentorId: z.string(),
      menteeId: z.string(),
      allowed: z.boolean(),
      /** Null when the pair is not allowed. */
      score: z.number().int().nullable(),
      reasons: z.array(z.string()),
      /** Why the pair is not allowed; null when it is. */
      refusal: z.string().nullable(),
    }),
  ),
});
