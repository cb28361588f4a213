// The matching endpoint's request and answer (the public contract's shape, plus the total).
import { z } from 'zod';
import { matchingWeightsSchema } from '../organizations/organization-contract.js';
import { MATCH_MODES } from './solver/types.js';

export const matchingRequestSchema = z.object({
  mode: z.enum(MATCH_MODES as unknown as ['max-score', 'max-coverage', 'stable']),
  menteeIds: z.array(z.uuid()).max(5000).optional(),
  /** Weights to try instead of the organization's, to preview their effect; nothing is saved. */
  weights: matchingWeightsSchema.optional(),
});

export const matchingResultSchema = z
  .object({
    mode: z.string(),
    proposals: z.array(
      z.object({ mentorId: z.string(), menteeId: z.string(), score: z.number().int(), reasons: z.array(z.string()) }),
    ),
    unmatched: z.array(z.object({ menteeId: z.string(), reason: z.string() })),
    total: z.number().int(),
    weights: matchingWeightsSchema,
  })
  .meta({ id: 'MatchingResult' });
