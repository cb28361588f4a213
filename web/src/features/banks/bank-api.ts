// The mentee and mentor banks: lists with filters, adding a person, and the staff search the
// forms choose from.
import { keepPreviousData, useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Mentee,
  MenteeCategory,
  MenteeStatus,
  Mentor,
  MentorForm,
  MentorPublic,
  MentorStatus,
  menteeCreateSchema,
  menteeUpdateSchema,
  mentorCreateSchema,
  mentorUpdateSchema,
} from '../../../../src/banks/bank-contract.js';
import type { Staff } from '../../../../src/staff/staff-contract.js';
import { api, type Page, withQuery } from '../../api/client';
import { auditKey, menteesKey, mentorsKey, staffKey } from '../../api/keys';

export type MenteeCreate = z.input<typeof menteeCreateSchema>;
export type MentorCreate = z.input<typeof mentorCreateSchema>;
export type MenteeUpdate = z.input<typeof menteeUpdateSchema>;
export type MentorUpdate = z.input<typeof mentorUpdateSchema>;
export type MentorEntry = Mentor | MentorPublic;

export interface MenteeFilters {
  category: MenteeCategory | null;
  status: MenteeStatus | null;
  difficulty: string | null;
  young: boolean;
}

export interface MentorFilters {
  competence: string | null;
  subject: string | null;
  status: MentorStatus | null;
  form: MentorForm | null;
}

export const noMentorFilters: MentorFilters = { competence: null, subject: null, status: null, form: null };
export const noMenteeFilters: MenteeFilters = { category: null, status: null, difficulty: null, young: false };

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
          difficulty: filters.difficulty,
          youngSpecialist: filters.young ? 'true' : undefined,
        }),
        { signal },
      ),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useMentors(orgId: string, filters: MentorFilters = noMentorFilters) {
  return useInfiniteQuery({
    queryKey: [...mentorsKey(orgId), 'list', filters],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam, signal }) =>
      api<Page<MentorEntry>>(
        withQuery(`/api/v1/orgs/${orgId}/mentors`, {
          limit: pageSize,
          cursor: pageParam,
          competence: filters.competence,
          subject: filters.subject,
          status: filters.status,
          form: filters.form,
        }),
        { signal },
      ),
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

/** Every entry of a bank for a picker (the banks of one school are small: a few pages at most). */
export function useAllEntries<T>(orgId: string, bank: 'mentees' | 'mentors', enabled = true) {
  return useQuery({
    queryKey: [...(bank === 'mentees' ? menteesKey(orgId) : mentorsKey(orgId)), 'all'],
    enabled,
    queryFn: async ({ signal }) => {
      const all: T[] = [];
      let cursor: string | undefined;
      do {
        const page = await api<Page<T>>(withQuery(`/api/v1/orgs/${orgId}/${bank}`, { limit: 200, cursor }), { signal });
        all.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return all;
    },
  });
}

export function useUpdateMentee(orgId: string, id: string) {
  const onSuccess = useAfterChange(orgId, menteesKey(orgId));
  return useMutation({
    mutationFn: (body: MenteeUpdate) => api<Mentee>(`/api/v1/orgs/${orgId}/mentees/${id}`, { method: 'PUT', body }),
    onSuccess,
  });
}

export function useUpdateMentor(orgId: string, id: string) {
  const onSuccess = useAfterChange(orgId, mentorsKey(orgId));
  return useMutation({
    mutationFn: (body: MentorUpdate) => api<Mentor>(`/api/v1/orgs/${orgId}/mentors/${id}`, { method: 'PUT', body }),
    onSuccess,
  });
}

export function useRemoveFromBank(orgId: string, bank: 'mentees' | 'mentors') {
  const onSuccess = useAfterChange(orgId, bank === 'mentees' ? menteesKey(orgId) : mentorsKey(orgId));
  return useMutation({
    mutationFn: (v: { id: string; version: number; reason: string | null }) =>
      api<Mentee | Mentor>(`/api/v1/orgs/${orgId}/${bank}/${v.id}/remove`, {
        method: 'POST',
        body: { version: v.version, reason: v.reason },
      }),
    onSuccess,
  });
}

/** A mentee names mentors, or a mentor answers mentees who named them (§6.1). */
export function useSetPreferred(orgId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (v: { bank: 'mentees' | 'mentors'; id: string; version: number; ids: string[] }) =>
      api<Mentee | Mentor>(
        `/api/v1/orgs/${orgId}/${v.bank}/${v.id}/${v.bank === 'mentees' ? 'preferred-mentors' : 'preferred-mentees'}`,
        {
          method: 'PUT',
          body:
            v.bank === 'mentees'
              ? { preferredMentorIds: v.ids, version: v.version }
              : { preferredMenteeIds: v.ids, version: v.version },
        },
      ),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: menteesKey(orgId) });
      void client.invalidateQueries({ queryKey: mentorsKey(orgId) });
    },
  });
}
