// Pairs and groups: the whole list of an organization (a school has tens, not thousands), proposing
// one, and recording a participant's decision — their own or from a paper signature.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { agreementSchemaIn, GroupCreate, groupSchema } from '../../../../src/groups/group-contract.js';
import { api, type Page, withQuery } from '../../api/client';
import { auditKey } from '../../api/keys';

export type Group = z.infer<typeof groupSchema>;
export type Agreement = Group['agreements'][number];
export type AgreementBody = z.input<typeof agreementSchemaIn>;

export const groupsKey = (orgId: string) => ['groups', orgId] as const;
/** Matching answers depend on the groups (places taken, mentees already placed). */
export const matchingKey = (orgId: string) => ['matching', orgId] as const;

export async function fetchAllGroups(orgId: string, signal?: AbortSignal): Promise<Group[]> {
  const out: Group[] = [];
  let cursor: string | undefined;
  do {
    const page: Page<Group> = await api<Page<Group>>(
      withQuery(`/api/v1/orgs/${orgId}/groups`, { limit: 200, cursor }),
      { signal },
    );
    out.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out;
}

export function useGroups(orgId: string, enabled = true) {
  return useQuery({
    queryKey: [...groupsKey(orgId), 'all'],
    queryFn: ({ signal }) => fetchAllGroups(orgId, signal),
    enabled,
  });
}

function useAfterGroupChange(orgId: string) {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: groupsKey(orgId) });
    void client.invalidateQueries({ queryKey: matchingKey(orgId) });
    void client.invalidateQueries({ queryKey: auditKey(orgId) });
  };
}

/** Proposes one group; the caller invalidates once after a batch. */
export function createGroup(orgId: string, body: GroupCreate): Promise<Group> {
  return api<Group>(`/api/v1/orgs/${orgId}/groups`, { method: 'POST', body });
}

export function useGroupsChanged(orgId: string) {
  return useAfterGroupChange(orgId);
}

export function useRecordAgreement(orgId: string) {
  const onSuccess = useAfterGroupChange(orgId);
  return useMutation({
    mutationFn: ({ groupId, body }: { groupId: string; body: AgreementBody }) =>
      api<Group>(`/api/v1/orgs/${orgId}/groups/${groupId}/agreements`, { method: 'POST', body }),
    onSuccess,
  });
}
