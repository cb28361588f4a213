// The mentee and mentor banks: lists with filters, adding a person, and the staff search the
// forms choose from.
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Mentee,
  MenteeCategory,
  MenteeStatus,
  Mentor,
  MentorPublic,
  menteeCreateSchema,
  mentorCreateSchema,
} from '../../../../src/banks/bank-contract.js';
import type { Staff } from '../../../../src/staff/staff-contract.js';
import { api, type Page, withQuery } from '../../api/client';
import { auditKey, menteesKey, mentorsKey, staffKey } from '../../api/keys';

export type MenteeCreate = z.input<typeof menteeCreateSchema>;
export type MentorCreate = z.input<typeof mentorCreateSchema>;
export type MentorEntry = Mentor | MentorPublic;

export interface MenteeFilters {
  category: MenteeCategory | null;
  status: MenteeStatus | null;
  young: boolean;
}

const pageSize = 50;

export function useMentees(orgId: string, filters: MenteeFilters) {
  return useInfiniteQuery({
    queryKey: [...menteesKey(orgId), 'list', filters],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) =>
      api<Page<Mentee>>(
        withQuery(`/api/v1/orgs/${orgId}/mentees`, {
          limit: pageSize,
          cursor: pageParam,
          category: filters.category,
          status: filters.status,
          youngSpecialist: filters.young ? 'true' : undefined,
        }),
        { signal },
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useMentors(orgId: string) {
  return useInfiniteQuery({
    queryKey: [...mentorsKey(orgId), 'list'],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) =>
      api<Page<MentorEntry>>(withQuery(`/api/v1/orgs/${orgId}/mentors`, { limit: pageSize, cursor: pageParam }), {
        signal,
      }),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

/** Staff found by name for the "who" of a new entry; archived people cannot join a bank. */
export function useStaffSearch(orgId: string, q: string) {
  return useQuery({
    queryKey: [...staffKey(orgId), 'search', q],
    queryFn: ({ signal }) =>
      api<Page<Staff>>(withQuery(`/api/v1/orgs/${orgId}/staff`, { limit: 20, q: q.trim(), archived: 'false' }), {
        signal,
      }),
    select: (page) => page.items,
    placeholderData: keepPreviousData,
  });
}

function useAfterChange(orgId: string, key: readonly unknown[]) {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: key });
    void client.invalidateQueries({ queryKey: auditKey(orgId) });
  };
}

export function useCreateMentee(orgId: string) {
  const onSuccess = useAfterChange(orgId, menteesKey(orgId));
  return useMutation({
    mutationFn: (body: MenteeCreate) => api<Mentee>(`/api/v1/orgs/${orgId}/mentees`, { method: 'POST', body }),
    onSuccess,
  });
}

export function useCreateMentor(orgId: string) {
  const onSuccess = useAfterChange(orgId, mentorsKey(orgId));
  return useMutation({
    mutationFn: (body: MentorCreate) => api<Mentor>(`/api/v1/orgs/${orgId}/mentors`, { method: 'POST', body }),
    onSuccess,
  });
}
