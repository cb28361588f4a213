// Writing a planned import inside the caller's transaction, a chunk at a time: one statement for
// the chunk's new people, one for its changed people, one for their journal entries. Row-by-row
// statements would make a school's whole list take tens of seconds.
import { randomUUID } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { type AuditEntry, recordAudits } from '../audit/record-audit.js';
import type { Db } from '../db/client.js';
import type { TenantContext } from '../http/tenancy.js';
import type { StaffData } from '../staff/staff-contract.js';
import { searchTextOf, sortNameOf } from '../staff/staff-search.js';
import { type StaffRow, staff } from '../staff/staff-table.js';
import { staffSnapshot } from '../staff/staff-view.js';
import type { Planned } from './plan-import.js';

const derived = (data: StaffData) => ({ sortName: sortNameOf(data), searchText: searchTextOf(data) });

type Scope = Pick<TenantContext, 'orgId' | 'actor'>;

async function insertPeople(tx: Db, ctx: Scope, creates: Planned[], reason: string): Promise<AuditEntry[]> {
  if (creates.length === 0) return [];
  const inserted = await tx
    .insert(staff)
    .values(creates.map((p) => ({ ...p.data, ...derived(p.data), id: randomUUID(), orgId: ctx.orgId })))
    .returning();
  return inserted.map((row) => ({
    orgId: ctx.orgId,
    entity: 'staff',
    entityId: row.id,
    action: 'create',
    after: staffSnapshot(row),
    reason,
  }));
}

/**
 * All the chunk's changed people in one UPDATE … FROM jsonb_to_recordset: the rows travel as one
 * JSON parameter, which reads the same on PGlite and PostgreSQL. The rows were locked when planned.
 */
async function updatePeople(tx: Db, ctx: Scope, updates: Planned[], reason: string): Promise<AuditEntry[]> {
  if (updates.length === 0) return [];
  const before = new Map<string, StaffRow>();
  const values = updates.map((p) => {
    const existing = p.existing as StaffRow;
    before.set(existing.id, existing);
    const { sortName, searchText } = derived(p.data);
    return {
      id: existing.id,
      last_name: p.data.lastName,
      first_name: p.data.firstName,
      middle_name: p.data.middleName,
      birth_date: p.data.birthDate,
      position: p.data.position,
      subjects: p.data.subjects,
      hired_on: p.data.hiredOn,
      teaching_since: p.data.teachingSince,
      qualification_category: p.data.qualificationCategory,
      email: p.data.email,
      phone: p.data.phone,
      sort_name: sortName,
      search_text: searchText,
    };
  });
  await tx.execute(sql`
    update staff as s set
      last_name = v.last_name, first_name = v.first_name, middle_name = v.middle_name,
      birth_date = v.birth_date, position = v.position,
      subjects = array(select jsonb_array_elements_text(v.subjects)),
      hired_on = v.hired_on, teaching_since = v.teaching_since,
      qualification_category = v.qualification_category, email = v.email, phone = v.phone,
      sort_name = v.sort_name, search_text = v.search_text,
      version = s.version + 1, updated_at = now()
    from jsonb_to_recordset(${JSON.stringify(values)}::jsonb) as v(
      id uuid, last_name text, first_name text, middle_name text, birth_date date, position text,
      subjects jsonb, hired_on date, teaching_since integer, qualification_category text,
      email text, phone text, sort_name text, search_text text)
    where s.org_id = ${ctx.orgId} and s.id = v.id`);
  const after = await tx
    .select()
    .from(staff)
    .where(and(eq(staff.orgId, ctx.orgId), inArray(staff.id, [...before.keys()])));
  if (after.length !== updates.length) throw new Error('a locked row vanished');
  return after.map((row) => ({
    orgId: ctx.orgId,
    entity: 'staff',
    entityId: row.id,
    action: 'update',
    before: staffSnapshot(before.get(row.id) as StaffRow),
    after: staffSnapshot(row),
    reason,
  }));
}

export async function writeChunk(tx: Db, ctx: Scope, chunk: readonly Planned[], reason: string): Promise<void> {
  const created = await insertPeople(
    tx,
    ctx,
    chunk.filter((p) => p.action === 'create'),
    reason,
  );
  const updated = await updatePeople(
    tx,
    ctx,
    chunk.filter((p) => p.action === 'update' && p.existing),
    reason,
  );
  await recordAudits(tx, ctx.actor, [...created, ...updated]);
}
