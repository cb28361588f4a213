// Which schools share mentors with a school (network mentoring): the widest ancestor (municipality
// or region) whose settings allow it decides, and the pool is every other school below it. The
// rule is pure; the tree is read by `loadNetworkPool`.
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { queryRows } from '../db/raw.js';

export interface AncestorFacts {
  id: string;
  /** Distance from the school: 1 for its parent, 2 for the grandparent… */
  depth: number;
  crossSchoolMatching: boolean;
}

/** The ancestor that opens the pool (the highest one that allows it), or null. */
export function poolOwner(ancestors: readonly AncestorFacts[]): string | null {
  let best: AncestorFacts | null = null;
  for (const a of ancestors) {
    if (a.depth >= 1 && a.crossSchoolMatching && (best === null || a.depth > best.depth)) best = a;
  }
  return best?.id ?? null;
}

export interface NetworkPool {
  /** The municipality or region that allows network mentoring; null when none does. */
  ownerId: string | null;
  /** The other schools under the owner, with their short names. */
  schools: { id: string; name: string }[];
}

export async function loadNetworkPool(db: Db, schoolId: string): Promise<NetworkPool> {
  const ancestors = await queryRows<{ id: string; depth: number; allowed: boolean | null }>(
    db,
    sql`
    with recursive up(id, parent_id, depth) as (
      select id, parent_id, 0 from organizations where id = ${schoolId}::uuid
      union all
      select o.id, o.parent_id, up.depth + 1 from organizations o join up on o.id = up.parent_id where up.depth < 10
    )
    select o.id, up.depth, (o.settings->>'crossSchoolMatching')::boolean as allowed
    from up join organizations o on o.id = up.id`,
  );
  const ownerId = poolOwner(
    ancestors.map((a) => ({ id: a.id, depth: Number(a.depth), crossSchoolMatching: a.allowed === true })),
  );
  if (!ownerId) return { ownerId: null, schools: [] };
  const schools = await queryRows<{ id: string; short_name: string }>(
    db,
    sql`
    with recursive down(id, depth) as (
      select id, 0 from organizations where id = ${ownerId}::uuid
      union all
      select o.id, down.depth + 1 from organizations o join down on o.parent_id = down.id where down.depth < 10
    )
    select o.id, o.short_name from down join organizations o on o.id = down.id
    where o.kind = 'school' and o.id <> ${schoolId}::uuid
    order by o.short_name`,
  );
  return { ownerId, schools: schools.map((s) => ({ id: s.id, name: s.short_name })) };
}

/** Whether `otherSchoolId` is in the school's network pool. */
export async function inNetworkPool(db: Db, schoolId: string, otherSchoolId: string): Promise<boolean> {
  const pool = await loadNetworkPool(db, schoolId);
  return pool.schools.some((s) => s.id === otherSchoolId);
}
