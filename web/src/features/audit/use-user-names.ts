// Journal entries about accounts name the person instead of showing an id, when the viewer may
// read the user list (one cached request).
import { useQuery } from '@tanstack/react-query';
import type { User } from '../../../../src/admin/users-contract.js';
import { api, type Page } from '../../api/client';
import { usersKey } from '../../api/keys';
import { useOrg } from '../org/OrgScope';

export function useUserNames(): Map<string, string> {
  const { orgId, can } = useOrg();
  const users = useQuery({
    queryKey: usersKey(orgId),
    queryFn: () => api<Page<User>>(`/api/v1/orgs/${orgId}/users?limit=200`),
    enabled: can('user:read'),
    staleTime: 60_000,
  });
  return new Map((users.data?.items ?? []).map((u) => [u.id, `${u.fullName} (${u.login})`]));
}
