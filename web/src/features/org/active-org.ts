// Which organization the person is working in: the one in the address, else the one they used
// last on this device, else their first membership. Kept per account, so a shared school computer
// does not carry one person's choice over to the next.
import { useMatch } from 'react-router';
import type { Me, Membership } from '../../../../src/auth/auth-contract.js';
import type { Permission } from '../../../../src/auth/policy.js';

const storageKey = (userId: string) => `nastavnik.org.${userId}`;

export function rememberOrg(userId: string, orgId: string): void {
  try {
    localStorage.setItem(storageKey(userId), orgId);
  } catch {
    // Without storage the first membership is used next time; nothing else depends on it.
  }
}

function rememberedOrg(userId: string): string | null {
  try {
    return localStorage.getItem(storageKey(userId));
  } catch {
    return null;
  }
}

export function pickMembership(me: Me, orgId?: string | null): Membership | null {
  const wanted = orgId ?? rememberedOrg(me.id);
  return me.memberships.find((m) => m.orgId === wanted) ?? me.memberships[0] ?? null;
}

/** The organization id in the current address, if the address is inside /orgs/:orgId. */
export function useUrlOrgId(): string | null {
  const match = useMatch({ path: '/orgs/:orgId', end: false });
  return match?.params.orgId ?? null;
}

export function hasPermission(membership: Membership | null, permission: Permission): boolean {
  return !!membership && membership.permissions.includes(permission);
}
