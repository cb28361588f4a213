import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  tokenCreateSchema,
  tokenIssuedSchema,
  tokenSchema,
  User,
  userCreateSchema,
  userUpdateSchema,
} from '../../../../src/admin/users-contract.js';
import { api, type Page } from '../../api/client';
import { auditKey, meKey, tokensKey, usersKey } from '../../api/keys';

export type UserCreate = z.input<typeof userCreateSchema>;
export type UserUpdate = z.input<typeof userUpdateSchema>;
export type ApiToken = z.infer<typeof tokenSchema>;
export type TokenIssued = z.infer<typeof tokenIssuedSchema>;
export type TokenCreate = z.input<typeof tokenCreateSchema>;

export function useUsers(orgId: string) {
  return useQuery({
    queryKey: usersKey(orgId),
    queryFn: () => api<Page<User>>(`/api/v1/orgs/${orgId}/users?limit=200`),
  });
}

function useInvalidateUsers(orgId: string) {
  const client = useQueryClient();
  return () => {
    void client.invalidateQueries({ queryKey: usersKey(orgId) });
    void client.invalidateQueries({ queryKey: auditKey(orgId) });
    // The administrator may have changed their own roles.
    void client.invalidateQueries({ queryKey: meKey });
  };
}

export function useCreateUser(orgId: string) {
  const onSuccess = useInvalidateUsers(orgId);
  return useMutation({
    mutationFn: (body: UserCreate) => api<User>(`/api/v1/orgs/${orgId}/users`, { method: 'POST', body }),
    onSuccess,
  });
}

export function useUpdateUser(orgId: string, id: string) {
  const onSuccess = useInvalidateUsers(orgId);
  return useMutation({
    mutationFn: (body: UserUpdate) => api<User>(`/api/v1/orgs/${orgId}/users/${id}`, { method: 'PUT', body }),
    onSuccess,
  });
}

export function useResetPassword(orgId: string, id: string) {
  const onSuccess = useInvalidateUsers(orgId);
  return useMutation({
    mutationFn: (body: { password: string }) =>
      api<void>(`/api/v1/orgs/${orgId}/users/${id}/password`, { method: 'POST', body }),
    onSuccess,
  });
}

export function useTokens(orgId: string) {
  return useQuery({
    queryKey: tokensKey(orgId),
    queryFn: () => api<Page<ApiToken>>(`/api/v1/orgs/${orgId}/tokens?limit=200`),
  });
}

export function useIssueToken(orgId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: TokenCreate) => api<TokenIssued>(`/api/v1/orgs/${orgId}/tokens`, { method: 'POST', body }),
    onSuccess: () => void client.invalidateQueries({ queryKey: tokensKey(orgId) }),
  });
}

export function useRevokeToken(orgId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<ApiToken>(`/api/v1/orgs/${orgId}/tokens/${id}/revoke`, { method: 'POST' }),
    onSuccess: () => void client.invalidateQueries({ queryKey: tokensKey(orgId) }),
  });
}
