// The organizations a user works in, as the UI lists them: direct memberships, plus the
// organizations below where an inheritable role (observer, admin) reaches.
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { queryRows } from '../db/raw.js';
import type { OrgKind } from '../organizations/organization-contract.js';
import { effectiveRoles } from './effective-roles.js';
import { permissionsOf, type Role } from './policy.js';

export interface MembershipView {
  orgId: string;
  orgName: string;
  orgKind: OrgKind;
  parentId: string | null;
  roles: Role[];
  inherited: boolean;
  permissions: string[];
}

interface Row extends Record<string, unknown> {
  org_id: string;
  short_name: string;
  kind: OrgKind;
  parent_id: string | null;
  roles: string[];
  depth: number;
  direct: boolean;
}

export async function listMemberships(db: Db, userId: string): Promise<MembershipView[]> {
  const rows = await queryRows<Row>(
    db,
    sql`
    with recursive reach(org_id, roles, depth) as (
      select m.org_id, m.roles, 0 from memberships m where m.user_id = ${userId}
      union all
      select o.id, reach.roles, reach.depth + 1
      from organizations o join reach on o.parent_id = reach.org_id
      where reach.depth < 10
    )
    select r.org_id, o.short_name, o.kind, o.parent_id, r.roles, r.depth,
           exists(select 1 from memberships d where d.user_id = ${userId} and d.org_id = r.org_id) as direct
    from reach r join organizations o on o.id = r.org_id`,
  );
  const byOrg = new Map<string, { row: Row; parts: { roles: string[]; depth: number }[] }>();
  for (const row of rows) {
    const entry = byOrg.get(row.org_id) ?? { row, parts: [] };
    entry.parts.push({ roles: row.roles, depth: Number(row.depth) });
    byOrg.set(row.org_id, entry);
  }
  const out: MembershipView[] = [];
  for (const { row, parts } of byOrg.values()) {
    const roles = effectiveRoles(parts);
    if (roles.length === 0) continue;
    out.push({
      orgId: row.org_id,
      orgName: row.short_name,
      orgKind: row.kind,
      parentId: row.parent_id,
      roles,
      inherited: !row.direct,
      permissions: permissionsOf(roles),
    });
  }
  // Direct memberships first, then from the top of the tree down, then by name.
  const rank: Record<OrgKind, number> = { region: 0, municipality: 1, school: 2 };
  return out.sort(
    (a, b) =>
      Number(a.inherited) - Number(b.inherited) ||
      rank[a.orgKind] - rank[b.orgKind] ||
      a.orgName.localeCompare(b.orgName, 'ru'),
  );
}
