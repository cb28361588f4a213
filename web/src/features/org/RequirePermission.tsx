import type { ReactNode } from 'react';
import type { Permission } from '../../../../src/auth/policy.js';
import { ForbiddenPage } from '../errors/ForbiddenPage';
import { useOrg } from './OrgScope';

/** Guards a route by the current membership's permissions, never by role names. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { can } = useOrg();
  return can(permission) ? children : <ForbiddenPage />;
}
