// The mentee bank list and card: filtered, searched by the person's name, paged by the staff sort
// key, and cut down to what the caller may see (bank-access.ts).
import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { notFound } from '../errors/app-error.js';
import { defaultOrgSettings, type OrgSettings } from '../organizations/organization-contract.js';
import { settingsOf } from '../organizations/organization-view.js';
import { organizations } from '../organizations/organizations-table.js';
import { decodeCursor, encodeCursor } from '../shared/cursor.js';
import { searchTokens } from '../shared/text.js';
import { youngSpecialistCondition } from '../staff/list-staff.js';
import { staff } from '../staff/staff-table.js';
import { type BankScope, menteeVisibility } from './bank-access.js';
import type { MenteeCategory, MenteeStatus } from './bank-contract.js';
import type { BankPersonRow } from './bank-view.js';
import { isOpenEntry, type MenteeRow, mentees } from './banks-table.js';

export interface MenteeListParams {
  limit: number;
  cursor?: string | undefined;
  q?: string | undefined;
  category?: MenteeCategory | undefined;
  difficulty?: string | undefined;
  status?: MenteeStatus | undefined;
  youngSpecialist?: boolean | undefined;
}

export interface MenteeWithPerson {
  mentee: MenteeRow;
  person: BankPersonRow;
}

const escapeLike = (v: string) => v.replace(/[\\%_]/g, (c) => `\\${c}`);

function baseQuery(db: Db, where: SQL[]) {
  return db
    .select({ mentee: mentees, person: staff, orgSettings: organizations.settings, sortName: staff.sortName })
    .from(mentees)
    .innerJoin(staff, and(eq(staff.id, mentees.staffId), eq(staff.orgId, mentees.orgId)))
    .innerJoin(organizations, eq(organizations.id, mentees.orgId))
    .where(and(...where));
}

export async function listMentees(
  db: Db,
  orgId: string,
  scope: BankScope,
  params: MenteeListParams,
  today: string,
): Promise<{ items: MenteeWithPerson[]; settings: OrgSettings; nextCursor: string | null }> {
  const where: SQL[] = [eq(mentees.orgId, orgId)];
  const visible = menteeVisibility(scope);
  if (visible) where.push(visible);
  // Entries that left the bank are shown only when asked for by status.
  where.push(params.status ? eq(mentees.status, params.status) : isOpenEntry(mentees.status));
  if (params.category) where.push(eq(mentees.category, params.category));
  if (params.difficulty)
    where.push(sql`${mentees.difficulties} @> ${JSON.stringify([{ id: params.difficulty }])}::jsonb`);
  for (const token of searchTokens(params.q ?? '')) {
    where.push(sql`${staff.searchText} like ${`%${escapeLike(token)}%`}`);
  }
  if (params.youngSpecialist !== undefined) {
    const cond = youngSpecialistCondition(today);
    where.push(params.youngSpecialist ? cond : sql`not ${cond}`);
  }
  if (params.cursor) {
    const [sortName, id] = decodeCursor(params.cursor, ['string', 'string']) as [string, string];
    where.push(sql`(${staff.sortName}, ${mentees.id}) > (${sortName}, ${id}::uuid)`);
  }
  const rows = await baseQuery(db, where)
    .orderBy(asc(staff.sortName), asc(mentees.id))
    .limit(params.limit + 1);
  const page = rows.slice(0, params.limit);
  const last = page[page.length - 1];
  const nextCursor = rows.length > params.limit && last ? encodeCursor([last.sortName, last.mentee.id]) : null;
  const settings = rows[0] ? settingsOf({ settings: rows[0].orgSettings }) : defaultOrgSettings;
  return { items: page.map((r) => ({ mentee: r.mentee, person: r.person })), settings, nextCursor };
}

export async function getMentee(
  db: Db,
  orgId: string,
  scope: BankScope,
  id: string,
): Promise<MenteeWithPerson & { settings: OrgSettings }> {
  const where: SQL[] = [eq(mentees.orgId, orgId), eq(mentees.id, id)];
  const visible = menteeVisibility(scope);
  if (visible) where.push(visible);
  const [row] = await baseQuery(db, where);
  if (!row) throw notFound();
  return { mentee: row.mentee, person: row.person, settings: settingsOf({ settings: row.orgSettings }) };
}
