// The catalogue of professional difficulties: read by the banks' forms, kept on its own page.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  Difficulty,
  difficultyCreateSchema,
  difficultyUpdateSchema,
} from '../../../../src/catalog/catalog-contract.js';
import { api, type Page } from '../../api/client';
import { auditKey, difficultiesKey } from '../../api/keys';

export type DifficultyCreate = z.input<typeof difficultyCreateSchema>;
export type DifficultyUpdate = z.input<typeof difficultyUpdateSchema>;

const base = (orgId: string) => `/api/v1/orgs/${orgId}/catalog/difficulties`;

/** Every entry, archived ones too: old bank records still name them. */
export function useDifficulties(orgId: string) {
  return useQuery({
    queryKey: difficultiesKey(orgId),
    queryFn: ({ signal }) => api<Page<Difficulty>>(base(orgId), { signal }),
    select: (page) => page.items,
  });
}

export interface DifficultyGroup {
  group: string;
  items: Difficulty[];
}

/** Groups in the order they first appear, entries by name within each. */
export function groupDifficulties(items: readonly Difficulty[]): DifficultyGroup[] {
  const groups = new Map<string, Difficulty[]>();
  for (const d of items) {
    const list = groups.get(d.group) ?? [];
    list.push(d);
    groups.set(d.group, list);
  }
  return [...groups].map(([group, list]) => ({ group, items: list }));
}

function useAfterChange(orgId: string) {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: difficultiesKey(orgId) });
    void client.invalidateQueries({ queryKey: auditKey(orgId) });
  };
}

export function useCreateDifficulty(orgId: string) {
  const onSuccess = useAfterChange(orgId);
  return useMutation({
    mutationFn: (body: DifficultyCreate) => api<Difficulty>(base(orgId), { method: 'POST', body }),
    onSuccess,
  });
}

export function useUpdateDifficulty(orgId: string) {
  const onSuccess = useAfterChange(orgId);
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: DifficultyUpdate }) =>
      api<Difficulty>(`${base(orgId)}/${id}`, { method: 'PUT', body }),
    onSuccess,
  });
}
