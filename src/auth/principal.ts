// Who is calling: resolved from the session cookie or a bearer token, together with their roles
// in the organization the request names, in a single round trip to the database.
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { queryRows } from '../db/raw.js';
import { effectiveRoles } from './effective-roles.js';
import type { Role } from './policy.js';

export interface Principal {
  userId: string;
  login: string;
  fullName: string;
  email: string | null;
  mustChangePassword: boolean;
  via: 'session' | 'token';
  /** The session row id (a keyed hash), to end it on logout. */
  sessionId: string | null;
  sessionLastSeen: Date | null;
}

export interface Resolved {
  principal: Principal;
  /** Roles in the requested organization; empty when it was not asked or the user has none there. */
  roles: Role[];
}

interface Row extends Record<string, unknown> {
  user_id: string;
  login: string;
  full_name: string;
  email: string | null;
  must_change_password: boolean;
  session_id: string | null;
  last_seen_at: Date | string | null;
  access: { roles: string[]; depth: number }[] | string | null;
}

// The organization's ancestors, then the user's memberships along that path.
function accessSubquery(orgId: string | null) {
  if (!orgId) return sql`'[]'::json`;
  return sql`(
    with recursive anc(id, parent_id, depth) as (
      select o.id, o.parent_id, 0 from organizations o where o.id = ${orgId}::uuid
      union all
      select o.id, o.parent_id, anc.depth + 1 from organizations o join anc on o.id = anc.parent_id
      where anc.depth < 10
    )
    select coalesce(json_agg(json_build_object('roles', m.roles, 'depth', anc.depth)), '[]'::json)
    from memberships m join anc on anc.id = m.org_id where m.user_id = u.id
  )`;
}

function toResolved(row: Row, via: 'session' | 'token'): Resolved {
  const access = typeof row.access === 'string' ? JSON.parse(row.access) : (row.access ?? []);
  const lastSeen = row.last_seen_at ? new Date(row.last_seen_at) : null;
  return {
    principal: {
      userId: row.user_id,
      login: row.login,
      fullName: row.full_name,
      email: row.email,
      mustChangePassword: row.must_change_password,
      via,
      sessionId: row.session_id,
      sessionLastSeen: lastSeen,
    },
    roles: effectiveRoles(access as { roles: string[]; depth: number }[]),
  };
}

export async function resolveSession(db: Db, sessionId: string, orgId: string | null): Promise<Resolved | null> {
  const rows = await queryRows<Row>(
    db,
    sql`
    select u.id as user_id, u.login, u.full_name, u.email, u.must_change_password,
           s.id as session_id, s.last_seen_at, ${accessSubquery(orgId)} as access
    from sessions s join users u on u.id = s.user_id
    where s.id = ${sessionId} and s.expires_at > now() and u.active`,
  );
  const row = rows[0];
  return row ? toResolved(row, 'session') : null;
}

export async function resolveApiToken(db: Db, tokenHash: string, orgId: string | null): Promise<Resolved | null> {
  const rows = await queryRows<Row>(
    db,
    sql`
    select u.id as user_id, u.login, u.full_name, u.email, false as must_change_password,
           null::text as session_id, null::timestamptz as last_seen_at, ${accessSubquery(orgId)} as access
    from api_tokens t join users u on u.id = t.user_id
    where t.token_hash = ${tokenHash} and t.revoked_at is null and u.active
      and (t.expires_on is null or t.expires_on::date >= current_date)`,
  );
  const row = rows[0];
  return row ? toResolved(row, 'token') : null;
}

/** Notes when a token was last used, at most once a minute, so reads do not turn into writes. */
export async function markTokenUsed(db: Db, tokenHash: string): Promise<void> {
  await db.execute(sql`update api_tokens set last_used_at = now()
    where token_hash = ${tokenHash} and (last_used_at is null or last_used_at < now() - interval '1 minute')`);
}
