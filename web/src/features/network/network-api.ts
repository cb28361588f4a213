// Network mentoring: another school's requests for this school's mentors, and the answer.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AgreementDecision } from '../../../../src/groups/group-contract.js';
import type { NetworkRequestView, networkDecisionSchema } from '../../../../src/network/network-contract.js';
import { api, type Page, withQuery } from '../../api/client';
import { auditKey } from '../../api/keys';

export type NetworkDecisionInput = z.input<typeof networkDecisionSchema>;
export type { NetworkRequestView };

export const networkRequestsKey = (orgId: string) => ['network-requests', orgId] as const;

const base = (orgId: string) => `/api/v1/orgs/${orgId}/network-requests`;

export function useNetworkRequests(orgId: string, decision: AgreementDecision | null) {
  return useQuery({
    queryKey: [...networkRequestsKey(orgId), decision ?? 'all'],
    queryFn: ({ signal }) =>
      api<Page<NetworkRequestView>>(withQuery(base(orgId), { decision, limit: 200 }), { signal }),
    select: (page) => page.items,
  });
}

export function useDecideNetworkRequest(orgId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: NetworkDecisionInput }) =>
      api<NetworkRequestView>(`${base(orgId)}/${id}/decision`, { method: 'POST', body }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: networkRequestsKey(orgId) });
      void client.invalidateQueries({ queryKey: auditKey(orgId) });
    },
  });
}
