import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Staff, staffCreateSchema, staffUpdateSchema } from '../../../../src/staff/staff-contract.js';
import { api, type Page, withQuery } from '../../api/client';
import { auditKey, staffItemKey, staffKey, statsKey } from '../../api/keys';

export type StaffCreate = z.input<typeof staffCreateSchema>;
export type StaffUpdate = z.input<typeof staffUpdateSchema>;

export interface StaffFilters {
  q: string;
  young: boolean;
  archived: boolean;
  consent: ConsentFilter | null;
}

export const consentFilters = ['given', 'missing', 'withdrawn'] as const;
export type ConsentFilter = (typeof consentFilters)[number];

const pageSize = 50;

export function useStaffList(orgId: string, filters: StaffFilters) {
  return useInfiniteQuery({
    queryKey: [...staffKey(orgId), 'list', filters],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) =>
      api<Page<Staff>>(
        withQuery(`/api/v1/orgs/${orgId}/staff`, {
          limit: pageSize,
          cursor: pageParam,
          q: filters.q.trim(),
          youngSpecialist: filters.young ? 'true' : undefined,
          archived: filters.archived ? 'true' : 'false',
          consent: filters.consent,
        }),
        { signal },
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useStaff(orgId: string, id: string) {
  return useQuery({
    queryKey: staffItemKey(orgId, id),
    queryFn: () => api<Staff>(`/api/v1/orgs/${orgId}/staff/${id}`),
  });
}

/** After any change: lists, the card, figures on the home page and the history all move. */
function useAfterChange(orgId: string) {
  const client = useQueryClient();
  return (staff: Staff) => {
    client.setQueryData(staffItemKey(orgId, staff.id), staff);
    void client.invalidateQueries({ queryKey: staffKey(orgId) });
    void client.invalidateQueries({ queryKey: statsKey(orgId) });
    void client.invalidateQueries({ queryKey: auditKey(orgId) });
  };
}

export function useCreateStaff(orgId: string) {
  const onSuccess = useAfterChange(orgId);
  return useMutation({
    mutationFn: (body: StaffCreate) => api<Staff>(`/api/v1/orgs/${orgId}/staff`, { method: 'POST', body }),
    onSuccess,
  });
}

export function useUpdateStaff(orgId: string, id: string) {
  const onSuccess = useAfterChange(orgId);
  return useMutation({
    mutationFn: (body: StaffUpdate) => api<Staff>(`/api/v1/orgs/${orgId}/staff/${id}`, { method: 'PUT', body }),
    onSuccess,
  });
}

export function useArchiveStaff(orgId: string, id: string, action: 'archive' | 'restore') {
  const onSuccess = useAfterChange(orgId);
  return useMutation({
    mutationFn: (body: { version: number; reason: string | null }) =>
      api<Staff>(`/api/v1/orgs/${orgId}/staff/${id}/${action}`, { method: 'POST', body }),
    onSuccess,
  });
}
