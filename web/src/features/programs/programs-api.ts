// Programs over the API: the list (by status or by group), one program with its plan, journal and
// history, drafting, the steps of its life, and writing the plan and the journal.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ProgramStatus } from '../../../../src/programs/lifecycle.js';
import type { MyProgram, MyPrograms } from '../../../../src/programs/my-programs-contract.js';
import type {
  Activity,
  ActivityInput,
  JournalInput,
  journalEntrySchema,
  Program,
  ProgramCreate,
  programCreateSchema,
  programEventSchema,
  TransitionInput,
} from '../../../../src/programs/program-contract.js';
import { api, type Page, withQuery } from '../../api/client';
import { auditKey } from '../../api/keys';
import { groupsKey } from '../groups/groups-api';
import { ordersKey } from '../orders/orders-api';

export type { Activity, MyProgram, Program, ProgramStatus };
export type JournalEntry = z.infer<typeof journalEntrySchema>;
export type ProgramEvent = z.infer<typeof programEventSchema>;
export type CreateBody = z.input<typeof programCreateSchema>;
export type TransitionBody = Partial<TransitionInput> & Pick<TransitionInput, 'action'>;
export type ActivityBody = Omit<ActivityInput, 'version'> & { version?: number };

export const programsKey = (orgId: string) => ['programs', orgId] as const;
const itemKey = (orgId: string, id: string) => ['programs', orgId, 'item', id] as const;
const base = (orgId: string) => `/api/v1/orgs/${orgId}/programs`;

async function fetchAll(orgId: string, query: Record<string, string | null>, signal?: AbortSignal) {
  const out: Program[] = [];
  let cursor: string | undefined;
  do {
    const page: Page<Program> = await api<Page<Program>>(withQuery(base(orgId), { ...query, limit: 200, cursor }), {
      signal,
    });
    out.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out;
}

export function usePrograms(
  orgId: string,
  filter: { status?: ProgramStatus | null; groupId?: string | null },
  enabled = true,
) {
  return useQuery({
    queryKey: [...programsKey(orgId), 'list', filter],
    queryFn: ({ signal }) =>
      fetchAll(orgId, { status: filter.status ?? null, groupId: filter.groupId ?? null }, signal),
    enabled,
  });
}

/** The programs the signed-in person takes part in, with their plan, journal and agreement (the home page). */
export function useMyPrograms(orgId: string, enabled = true) {
  return useQuery({
    queryKey: [...programsKey(orgId), 'mine'],
    queryFn: ({ signal }) => api<MyPrograms>(`${base(orgId)}/mine`, { signal }),
    enabled,
  });
}

export interface ProgramTemplate {
  name: string;
  title: string;
  goals: string;
}

/** The ready plans a program may start from. */
export function useProgramTemplates(orgId: string) {
  return useQuery({
    queryKey: [...programsKey(orgId), 'templates'],
    queryFn: ({ signal }) => api<{ items: ProgramTemplate[] }>(`/api/v1/orgs/${orgId}/programs/templates`, { signal }),
    select: (d) => d.items,
    staleTime: 5 * 60_000,
  });
}

export function useProgram(orgId: string, id: string) {
  return useQuery({
    queryKey: itemKey(orgId, id),
    queryFn: ({ signal }) => api<Program>(`${base(orgId)}/${id}`, { signal }),
  });
}

export function useProgramEvents(orgId: string, id: string) {
  return useQuery({
    queryKey: [...itemKey(orgId, id), 'events'],
    queryFn: ({ signal }) => api<{ items: ProgramEvent[] }>(`${base(orgId)}/${id}/events`, { signal }),
  });
}

export function useActivities(orgId: string, id: string) {
  return useQuery({
    queryKey: [...itemKey(orgId, id), 'activities'],
    queryFn: ({ signal }) => api<{ items: Activity[] }>(`${base(orgId)}/${id}/activities`, { signal }),
  });
}

export function useJournal(orgId: string, id: string) {
  return useQuery({
    queryKey: [...itemKey(orgId, id), 'journal'],
    queryFn: ({ signal }) => api<{ items: JournalEntry[] }>(`${base(orgId)}/${id}/journal`, { signal }),
  });
}

function useAfterChange(orgId: string) {
  const client = useQueryClient();
  return (program?: Program) => {
    if (program) client.setQueryData(itemKey(orgId, program.id), program);
    void client.invalidateQueries({ queryKey: programsKey(orgId) });
    void client.invalidateQueries({ queryKey: auditKey(orgId) });
  };
}

export function useCreateProgram(orgId: string) {
  const after = useAfterChange(orgId);
  return useMutation({
    mutationFn: (body: CreateBody) => api<Program>(base(orgId), { method: 'POST', body: body as ProgramCreate }),
    onSuccess: (p) => after(p),
  });
}

export function useTransition(orgId: string, id: string) {
  const after = useAfterChange(orgId);
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TransitionBody) => api<Program>(`${base(orgId)}/${id}/transitions`, { method: 'POST', body }),
    onSuccess: (p) => {
      after(p);
      void client.invalidateQueries({ queryKey: groupsKey(orgId) });
      // A change of a pair fixed by an order drafts a new order.
      if (p.pendingChange) void client.invalidateQueries({ queryKey: ordersKey(orgId) });
    },
    // A refusal may mean the program moved on: read it again so the buttons match.
    onError: () => void client.invalidateQueries({ queryKey: itemKey(orgId, id) }),
  });
}

export function useSaveActivity(orgId: string, id: string) {
  const after = useAfterChange(orgId);
  return useMutation({
    mutationFn: ({ activityId, body }: { activityId: string | null; body: ActivityBody }) =>
      activityId
        ? api<Activity>(`${base(orgId)}/${id}/activities/${activityId}`, { method: 'PUT', body })
        : api<Activity>(`${base(orgId)}/${id}/activities`, { method: 'POST', body }),
    onSuccess: () => after(),
  });
}

export function useAddJournalEntry(orgId: string, id: string) {
  const after = useAfterChange(orgId);
  return useMutation({
    mutationFn: (body: JournalInput) => api<JournalEntry>(`${base(orgId)}/${id}/journal`, { method: 'POST', body }),
    onSuccess: () => after(),
  });
}

export interface OutcomeBody {
  results?: string | null;
  assessments: { participantId: string; text: string }[];
  version: number;
}

/** The results and self-assessments; the saved program replaces the cached one. */
export function useSaveOutcome(orgId: string, id: string) {
  const after = useAfterChange(orgId);
  return useMutation({
    mutationFn: (body: OutcomeBody) => api<Program>(`${base(orgId)}/${id}/outcome`, { method: 'PUT', body }),
    onSuccess: (p) => after(p),
  });
}
