// Aggregate figures for an organization and every school below it: counts only, never names,
// so a municipal observer can watch without seeing personal data.
import { sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { queryRows } from '../db/raw.js';
import { todayIso } from '../shared/dates.js';
import type { OrgKind } from './organization-contract.js';

export interface OrgFigures {
  orgId: string;
  name: string;
  kind: OrgKind;
  staff: number;
  youngSpecialists: number;
  archived: number;
}

interface Row extends Record<string, unknown> {
  org_id: string;
  short_name: string;
  kind: OrgKind;
  staff: number | string;
  young: number | string;
  archived: number | string;
}

export async function orgStats(
  db: Db,
  orgId: string,
  today: string = todayIso(),
): Promise<{ totals: Omit<OrgFigures, 'orgId' | 'name' | 'kind'>; orgs: OrgFigures[] }> {
  const year = Number(today.slice(0, 4));
  const rows = await queryRows<Row>(
    db,
    sql`
    with recursive tree(id, depth) as (
      select id, 0 from organizations where id = ${orgId}::uuid
      union all
      select o.id, tree.depth + 1 from organizations o join tree on o.parent_id = tree.id where tree.depth < 10
    )
    select o.id as org_id, o.short_name, o.kind,
      count(s.id) filter (where s.archived_at is null) as staff,
      count(s.id) filter (
        where s.archived_at is null and s.birth_date is not null and s.teaching_since is not null
          and s.birth_date > (${today}::date - make_interval(years => coalesce((o.settings->>'youngSpecialistMaxAge')::int, 35)))
          and ${year} - s.teaching_since between 0 and coalesce((o.settings->>'youngSpecialistMaxYears')::int, 3)
      ) as young,
      count(s.id) filter (where s.archived_at is not null) as archived
    from tree join organizations o on o.id = tree.id
    left join staff s on s.org_id = o.id
    group by o.id, o.short_name, o.kind, tree.depth
    order by tree.depth, o.short_name`,
  );
  const orgs = rows.map((r) => ({
    orgId: r.org_id,
    name: r.short_name,
    kind: r.kind,
    staff: Number(r.staff),
    youngSpecialists: Number(r.young),
    archived: Number(r.archived),
  }));
  const totals = orgs.reduce(
    (acc, o) => ({
      staff: acc.staff + o.staff,
      youngSpecialists: acc.youngSpecialists + o.youngSpecialists,
      archived: acc.archived + o.archived,
    }),
    { staff: 0, youngSpecialists: 0, archived: 0 },
  );
  return { totals, orgs };
}
