// Everything under /orgs/:orgId runs in one organization; screens ask it what they may show.
import { createContext, useContext, useEffect, useMemo } from 'react';
import { Outlet, useParams } from 'react-router';
import type { Membership } from '../../../../src/auth/auth-contract.js';
import type { Permission } from '../../../../src/auth/policy.js';
import { useCurrentUser } from '../auth/auth-api';
import { NotFoundPage } from '../errors/NotFoundPage';
import { hasPermission, rememberOrg } from './active-org';

interface OrgScopeValue {
  orgId: string;
  membership: Membership;
  can: (permission: Permission) => boolean;
}

const OrgContext = createContext<OrgScopeValue | null>(null);

export function useOrg(): OrgScopeValue {
  const value = useContext(OrgContext);
  if (!value) throw new Error('useOrg outside OrgScope');
  return value;
}

export function OrgScope() {
  const { orgId = '' } = useParams();
  const me = useCurrentUser();
  const membership = me.memberships.find((m) => m.orgId === orgId) ?? null;
  useEffect(() => {
    if (membership) rememberOrg(me.id, membership.orgId);
  }, [me.id, membership]);
  const value = useMemo(
    () =>
      membership ? { orgId: membership.orgId, membership, can: (p: Permission) => hasPermission(membership, p) } : null,
    [membership],
  );
  if (!value) return <NotFoundPage />;
  return (
    <OrgContext.Provider value={value}>
      <Outlet />
    </OrgContext.Provider>
  );
}
