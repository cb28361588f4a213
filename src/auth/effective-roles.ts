// A user's roles in one organization: those given there, plus the inheritable ones (observer,
// admin) given at any organization above it.
import { roles as allRoles, inheritedRoles, type Role } from './policy.js';

export interface MembershipAtDepth {
  roles: readonly string[];
  /** 0 for the organization itself, 1 for its parent, and so on up the tree. */
  depth: number;
}

export function effectiveRoles(memberships: readonly MembershipAtDepth[]): Role[] {
  const out = new Set<Role>();
  for (const m of memberships) {
    for (const r of m.roles) {
      if (!(allRoles as readonly string[]).includes(r)) continue;
      const role = r as Role;
      if (m.depth === 0 || inheritedRoles.includes(role)) out.add(role);
    }
  }
  return allRoles.filter((r) => out.has(r));
}
