import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Organization,
  organizationUpdateSchema,
  statsSchema,
} from '../../../../src/organizations/organization-contract.js';
import { api } from '../../api/client';
import { auditKey, meKey, orgKey, statsKey } from '../../api/keys';

export type OrgStats = z.infer<typeof statsSchema>;
export type OrganizationUpdate = z.input<typeof organizationUpdateSchema>;

export function useOrganization(orgId: string) {
  return useQuery({ queryKey: orgKey(orgId), queryFn: () => api<Organization>(`/api/v1/orgs/${orgId}`) });
}

export function useStats(orgId: string, enabled = true) {
  return useQuery({
    queryKey: statsKey(orgId),
    queryFn: () => api<OrgStats>(`/api/v1/orgs/${orgId}/stats`),
    enabled,
  });
}

export function useUpdateOrganization(orgId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: OrganizationUpdate) => api<Organization>(`/api/v1/orgs/${orgId}`, { method: 'PUT', body }),
    onSuccess: (org) => {
      client.setQueryData(orgKey(orgId), org);
      // The name shows in the header and the switcher (from "me"), and the change lands in the journal.
      void client.invalidateQueries({ queryKey: meKey });
      void client.invalidateQueries({ queryKey: auditKey(orgId) });
      void client.invalidateQueries({ queryKey: statsKey(orgId) });
    },
  });
}
