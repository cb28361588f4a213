// The mentor bank list and card. Callers who may not read the whole bank (mentees, mentors) get
// their own entry in full and everyone else's public fields only; closed entries they never see.
import { and, asc, eq, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { notFound } from '../errors/app-error.js';
import { defaultOrgSettings, type OrgSettings } from '../organizations/organization-contract.js';
import { settingsOf } from '../organizations/organization-view.js';
import { organizations } from '../organizations/organizations-table.js';
import { decodeCursor, encodeCursor } from '../shared/cursor.js';
import { normalizeForSearch, searchTokens } from '../shared/text.js';
import { staff } from '../staff/staff-table.js';
import type { BankScope } from './bank-access.js';
import type { Mentor, MentorForm, MentorPublic, MentorStatus } from './bank-contract.js';
import { type BankPersonRow, presentMentor, presentMentorPublic } from './bank-view.js';
import { isOpenEntry, type MentorRow, mentors } from './banks-table.js';

export interface MentorListParams {
  limit: number;
  cursor?: string | undefined;
  q?: string | undefined;
  competence?: string | undefined;
  subject?: string | undefined;
  status?: MentorStatus | undefined;
  form?: MentorForm | undefined;
}

const escapeLike = (v: string) => v.replace(/[\\%_]/g, (c) => `\\${c}`);

function baseQuery(db: Db, where: SQL[]) {
  return db
    .select({ mentor: mentors, person: staff, orgSettings: organizations.settings, sortName: staff.sortName })
    .from(mentors)
    .innerJoin(staff, and(eq(staff.id, mentors.staffId), eq(staff.orgId, mentors.orgId)))
    .innerJoin(organizations, eq(organizations.id, mentors.orgId))
    .where(and(...where));
}

/** The entry as this caller may see it. */
export function presentFor(
  scope: BankScope,
  row: MentorRow,
  person: BankPersonRow,
  settings: OrgSettings,
  today: string,
): Mentor | MentorPublic {
  const full = scope.all || (scope.ownStaffId !== null && row.staffId === scope.ownStaffId);
  return full ? presentMentor(row, person, settings, today) : presentMentorPublic(row, person);
}

export async function listMentors(
  db: Db,
  orgId: string,
  scope: BankScope,
  params: MentorListParams,
  today: string,
): Promise<{ items: (Mentor | MentorPublic)[]; nextCursor: string | null }> {
  const where: SQL[] = [eq(mentors.orgId, orgId)];
  const onlyOpen = !scope.all || !params.status;
  if (onlyOpen) where.push(isOpenEntry(mentors.status));
  if (params.status) where.push(eq(mentors.status, params.status));
  if (params.competence) where.push(sql`${params.competence}::uuid = any(${mentors.competences})`);
  if (params.form) where.push(sql`${params.form} = any(${mentors.forms})`);
  if (params.subject) {
    const subject = normalizeForSearch(params.subject);
    where.push(
      sql`exists (select 1 from unnest(${mentors.subjects}) as subj where replace(lower(subj), 'ё', 'е') = ${subject})`,
    );
  }
  for (const token of searchTokens(params.q ?? '')) {
    where.push(sql`${staff.searchText} like ${`%${escapeLike(token)}%`}`);
  }
  if (params.cursor) {
    const [sortName, id] = decodeCursor(params.cursor, ['string', 'string']) as [string, string];
    where.push(sql`(${staff.sortName}, ${mentors.id}) > (${sortName}, ${id}::uuid)`);
  }
  const rows = await baseQuery(db, where)
    .orderBy(asc(staff.sortName), asc(mentors.id))
    .limit(params.limit + 1);
  const page = rows.slice(0, params.limit);
  const last = page[page.length - 1];
  const nextCursor = rows.length > params.limit && last ? encodeCursor([last.sortName, last.mentor.id]) : null;
  const settings = rows[0] ? settingsOf({ settings: rows[0].orgSettings }) : defaultOrgSettings;
  return { items: page.map((r) => presentFor(scope, r.mentor, r.person, settings, today)), nextCursor };
}

export async function getMentor(
  db: Db,
  orgId: string,
  scope: BankScope,
  id: string,
  today: string,
): Promise<Mentor | MentorPublic> {
  const where: SQL[] = [eq(mentors.orgId, orgId), eq(mentors.id, id)];
  if (!scope.all) where.push(isOpenEntry(mentors.status));
  const [row] = await baseQuery(db, where);
  if (!row) throw notFound();
  return presentFor(scope, row.mentor, row.person, settingsOf({ settings: row.orgSettings }), today);
}
