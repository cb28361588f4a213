// Who is signed in, signing in and out, and the public status endpoints the login page reads.
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { loginBody, Me } from '../../../../src/auth/auth-contract.js';
import type { setupStatusSchema } from '../../../../src/organizations/organization-contract.js';
import { api, isProblem } from '../../api/client';
import { healthKey, meKey, setupKey } from '../../api/keys';

export type SetupStatus = z.infer<typeof setupStatusSchema>;
export type LoginBody = z.infer<typeof loginBody>;
/** `demo` is read only if the server reports it; older servers do not. */
export interface Health {
  status: string;
  db: string;
  version: string;
  demo?: boolean;
}

async function fetchMe(): Promise<Me | null> {
  try {
    return await api<Me>('/api/v1/me');
  } catch (error) {
    if (isProblem(error) && error.status === 401) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: 60_000 });
}

/** For screens inside the auth guard, where "me" is known to be loaded. */
export function useCurrentUser(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useCurrentUser outside the auth guard');
  return data;
}

export function useSetupStatus() {
  return useQuery({ queryKey: setupKey, queryFn: () => api<SetupStatus>('/api/v1/setup'), staleTime: 10_000 });
}

export function useHealth() {
  return useQuery({ queryKey: healthKey, queryFn: () => api<Health>('/api/health'), staleTime: 60_000 });
}

export function useLogin() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginBody) => api<Me>('/api/v1/auth/login', { method: 'POST', body }),
    onSuccess: (me) => {
      // Another person may have used this browser before: drop everything cached for them.
      client.clear();
      client.setQueryData(meKey, me);
    },
  });
}

export function useLogout() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => api<void>('/api/v1/auth/logout', { method: 'POST' }),
    onSettled: () => {
      client.clear();
      client.setQueryData(meKey, null);
    },
  });
}

export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      api<void>('/api/v1/me/password', { method: 'POST', body }),
    // Awaited, so the guard sees the password as changed before anyone navigates.
    onSuccess: () => client.invalidateQueries({ queryKey: meKey }),
  });
}
