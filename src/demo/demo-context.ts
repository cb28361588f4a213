// The demo is seeded through the real use cases, acting as the demo accounts: a tenant context for
// an account, as a signed-in request would carry it.
import { and, eq } from 'drizzle-orm';
import { memberships, users } from '../auth/auth-tables.js';
import type { Role } from '../auth/policy.js';
import type { Db } from '../db/client.js';
import type { TenantContext } from '../http/tenancy.js';

export function contextFor(
  orgId: string,
  roles: Role[],
  user: { id: string; login: string; fullName: string; email?: string | null },
): TenantContext {
  return {
    orgId,
    roles,
    actor: { userId: user.id, name: user.fullName },
    principal: {
      userId: user.id,
      login: user.login,
      fullName: user.fullName,
      email: user.email ?? null,
      mustChangePassword: false,
      via: 'session',
      sessionId: null,
      sessionLastSeen: null,
    },
  };
}

/** The context of a demo login in a school, with the staff member the account is. */
export async function contextOf(
  tx: Db,
  orgId: string,
  login: string,
): Promise<TenantContext & { staffId: string | null }> {
  const [row] = await tx
    .select({ user: users, roles: memberships.roles, staffId: memberships.staffId })
    .from(users)
    .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.orgId, orgId)))
    .where(eq(users.login, login));
  if (!row) throw new Error(`demo: no account ${login} in the school`);
  return { ...contextFor(orgId, row.roles as Role[], row.user), staffId: row.staffId };
}
