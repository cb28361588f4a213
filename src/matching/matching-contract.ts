// The matching endpoint's request and answer (the public contract's shape, plus the total).
import { z } from 'zod';
import { MATCH_MODES } from './solver/types.js';

export const matchingRequestSchema = z.object({
  mode: z.enum(MATCH_MODES as unknown as ['max-score', 'max-coverage', 'stable']),
  menteeIds: z.array(z.uuid()).max(5000).optional(),
});

export const matchingResultSchema = z
  .object({
    mode: z.string(),
    proposals: z.array(
      z.object({ mentorId: z.string(), menteeId: z.string(), score: z.number().int(), reasons: z.array(z.string()) }),
    ),
    unmatched: z.array(z.object({ menteeId: z.string(), reason: z.string() })),
    total: z.number().int(),
  })
  .meta({ id: 'MatchingResult' });
