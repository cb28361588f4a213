// POST /matching asks for proposals and writes nothing, so it is read as a query: the three modes
// run side by side for the same mentees and weights, and are asked again when groups change.
import { useQueries, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { matchingResultSchema, pairScoreResultSchema } from '../../../../src/matching/matching-contract.js';
import type { matchingWeightsSchema } from '../../../../src/organizations/organization-contract.js';
import { api } from '../../api/client';
import { matchingKey } from '../groups/groups-api';

export type MatchingResult = z.infer<typeof matchingResultSchema>;
export type MatchingWeights = z.infer<typeof matchingWeightsSchema>;
export type Proposal = MatchingResult['proposals'][number];
export type PairScore = z.infer<typeof pairScoreResultSchema>['items'][number];

export const modes = ['max-score', 'max-coverage', 'stable'] as const;
export type Mode = (typeof modes)[number];

export interface MatchingRequest {
  menteeIds: string[];
  /** Weights to preview; absent means the organization's own. */
  weights?: MatchingWeights;
  /** Also consider mentors of the other schools of the pool (network mentoring). */
  crossSchool?: boolean;
}

export interface NetworkPool {
  allowed: boolean;
  ownerId: string | null;
  schools: { id: string; name: string }[];
}

/** Whether a parent organization opens its schools' mentors to this school, and which schools. */
export function useNetworkPool(orgId: string) {
  return useQuery({
    queryKey: [...matchingKey(orgId), 'pool'],
    queryFn: ({ signal }) => api<NetworkPool>(`/api/v1/orgs/${orgId}/network-pool`, { signal }),
    staleTime: 60_000,
  });
}

/** Mentors of other schools named in the results, for screens that know only this school's bank. */
export function externalMentors(orgId: string, results: readonly (MatchingResult | undefined)[]) {
  const out = new Map<string, { name: string; orgName: string }>();
  for (const r of results)
    for (const p of r?.proposals ?? [])
      if (p.mentorOrgId !== orgId && p.mentorName)
        out.set(p.mentorId, { name: p.mentorName, orgName: p.mentorOrgName ?? '' });
  return out;
}

export function useMatchingRuns(orgId: string, request: MatchingRequest | null) {
  return useQueries({
    queries: modes.map((mode) => ({
      queryKey: [...matchingKey(orgId), mode, request],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        api<MatchingResult>(`/api/v1/orgs/${orgId}/matching`, {
          method: 'POST',
          body: { mode, menteeIds: request?.menteeIds, weights: request?.weights, crossSchool: request?.crossSchool },
          signal,
        }),
      enabled: request !== null && request.menteeIds.length > 0,
      staleTime: 0,
    })),
  });
}

/** One mode with weights to try, for the weights panel's before/after. */
export function useMatchingPreview(
  orgId: string,
  mode: Mode,
  menteeIds: string[],
  weights: MatchingWeights | null,
  crossSchool = false,
) {
  return useQuery({
    queryKey: [...matchingKey(orgId), 'preview', mode, menteeIds, weights, crossSchool],
    queryFn: ({ signal }) =>
      api<MatchingResult>(`/api/v1/orgs/${orgId}/matching`, {
        method: 'POST',
        body: { mode, menteeIds, weights, crossSchool },
        signal,
      }),
    enabled: weights !== null && menteeIds.length > 0,
    staleTime: 0,
  });
}

/**
 * Scores of pairs no run proposed (made or swapped by hand): their score and reasons, or why the
 * pair cannot be formed. Keyed by the pairs asked, so each set is asked once.
 */
export function usePairScores(
  orgId: string,
  pairs: readonly { mentorId: string; menteeId: string }[],
  crossSchool = false,
) {
  return useQuery({
    queryKey: [...matchingKey(orgId), 'pairs', pairs, crossSchool],
    queryFn: ({ signal }) =>
      api<{ items: PairScore[] }>(`/api/v1/orgs/${orgId}/matching/pairs`, {
        method: 'POST',
        body: { pairs, crossSchool },
        signal,
      }),
    select: (data) => new Map(data.items.map((i) => [`${i.mentorId}:${i.menteeId}`, i])),
    enabled: pairs.length > 0,
    staleTime: 60_000,
  });
}

/** A scored pair as a proposal, to keep in the draft's book with the proposals of the runs. */
export function asProposal(score: PairScore, orgId: string): Proposal | null {
  if (!score.allowed || score.score === null) return null;
  return {
    mentorId: score.mentorId,
    menteeId: score.menteeId,
    mentorOrgId: orgId,
    score: score.score,
    reasons: score.reasons,
  };
}
