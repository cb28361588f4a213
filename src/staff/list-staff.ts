// The registry list: one organization's staff, sorted by full name, searched by words (any order,
// «ё» as «е»), filtered, and paged by a keyset cursor so deep pages cost the same as the first.
import { and, asc, eq, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import { consents } from '../consents/consents-table.js';
import type { Db } from '../db/client.js';
import { defaultOrgSettings, type OrgSettings } from '../organizations/organization-contract.js';
import { settingsOf } from '../organizations/organization-view.js';
import { organizations } from '../organizations/organizations-table.js';
import { decodeCursor, encodeCursor } from '../shared/cursor.js';
import { normalizeForSearch, searchTokens } from '../shared/text.js';
import { type StaffRow, staff } from './staff-table.js';

export interface StaffListParams {
  limit: number;
  cursor?: string | undefined;
  q?: string | undefined;
  youngSpecialist?: boolean | undefined;
  archived?: boolean | undefined;
  subject?: string | undefined;
  consent?: 'given' | 'missing' | 'withdrawn' | undefined;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The young-specialist rule of young-specialist.ts as a condition on staff joined with its
 * organization (whose settings hold the thresholds).
 */
export function youngSpecialistCondition(today: string): SQL {
  const year = Number(today.slice(0, 4));
  const maxAge = sql`coalesce((${organizations.settings}->>'youngSpecialistMaxAge')::int, ${defaultOrgSettings.youngSpecialistMaxAge})`;
  const maxYears = sql`coalesce((${organizations.settings}->>'youngSpecialistMaxYears')::int, ${defaultOrgSettings.youngSpecialistMaxYears})`;
  return sql`(${staff.birthDate} is not null and ${staff.teachingSince} is not null
    and ${staff.birthDate} > (${today}::date - make_interval(years => ${maxAge}))
    and ${year} - ${staff.teachingSince} between 0 and ${maxYears})`;
}

/** Whether the person's consent to personal data is in force; "missing" includes withdrawn ones. */
function consentCondition(state: 'given' | 'missing' | 'withdrawn'): SQL {
  const any = sql`select 1 from ${consents} where ${consents.orgId} = ${staff.orgId}
    and ${consents.staffId} = ${staff.id} and ${consents.kind} = 'personal-data'`;
  const inForce = sql`exists (${any} and ${consents.withdrawnOn} is null)`;
  if (state === 'given') return inForce;
  if (state === 'missing') return sql`not ${inForce}`;
  return sql`(not ${inForce} and exists (${any} and ${consents.withdrawnOn} is not null))`;
}

export async function listStaff(
  db: Db,
  orgId: string,
  params: StaffListParams,
  today: string,
): Promise<{ rows: StaffRow[]; settings: OrgSettings; nextCursor: string | null }> {
  const where: SQL[] = [eq(staff.orgId, orgId)];
  where.push(params.archived ? isNotNull(staff.archivedAt) : isNull(staff.archivedAt));
  for (const token of searchTokens(params.q ?? '')) {
    where.push(sql`${staff.searchText} like ${`%${escapeLike(token)}%`}`);
  }
  if (params.subject) {
    const subject = normalizeForSearch(params.subject);
    where.push(
      sql`exists (select 1 from unnest(${staff.subjects}) as subj where replace(lower(subj), 'ё', 'е') = ${subject})`,
    );
  }
  if (params.youngSpecialist !== undefined) {
    const cond = youngSpecialistCondition(today);
    where.push(params.youngSpecialist ? cond : sql`not ${cond}`);
  }
  if (params.consent) where.push(consentCondition(params.consent));
  if (params.cursor) {
    const [sortName, id] = decodeCursor(params.cursor, ['string', 'string']) as [string, string];
    where.push(sql`(${staff.sortName}, ${staff.id}) > (${sortName}, ${id}::uuid)`);
  }
  // The organization's settings come along in the same query: they decide who is a young specialist.
  const rows = await db
    .select({ staff, orgSettings: organizations.settings })
    .from(staff)
    .innerJoin(organizations, eq(organizations.id, staff.orgId))
    .where(and(...where))
    .orderBy(asc(staff.sortName), asc(staff.id))
    .limit(params.limit + 1);
  const page = rows.slice(0, params.limit).map((r) => r.staff);
  const last = page[page.length - 1];
  const nextCursor = rows.length > params.limit && last ? encodeCursor([last.sortName, last.id]) : null;
  const settings = rows[0] ? settingsOf({ settings: rows[0].orgSettings }) : defaultOrgSettings;
  return { rows: page, settings, nextCursor };
}
