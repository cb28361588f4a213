// Adding people to the mentee bank, correcting their entries and taking them out. Each write is one
// transaction with its audit row; entering needs a valid consent to personal data.
import { and, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.js';
import type { Db } from '../db/client.js';
import { AppError, notFound } from '../errors/app-error.js';
import type { TenantContext } from '../http/tenancy.js';
import { staff } from '../staff/staff-table.js';
import type { MenteeData, openMenteeStatuses } from './bank-contract.js';
import { menteeSnapshot } from './bank-view.js';
import { isOpenEntry, type MenteeRow, mentees } from './banks-table.js';
import { checkReferences } from './check-references.js';
import { menteeConsents, requireConsents } from './require-consents.js';
import { writableEntry } from './writable-entry.js';

/** Locks the person so that a consent withdrawn at the same moment cannot slip past the check. */
export async function lockPerson(tx: Db, orgId: string, staffId: string) {
  const [person] = await tx
    .select()
    .from(staff)
    .where(and(eq(staff.orgId, orgId), eq(staff.id, staffId)))
    .for('update');
  if (!person) throw notFound();
  if (person.archivedAt) throw new AppError('ARCHIVED_READ_ONLY');
  return person;
}

export async function createMentee(
  db: Db,
  ctx: TenantContext,
  staffId: string,
  data: MenteeData,
  reason: string | null,
): Promise<MenteeRow> {
  return db.transaction(async (tx) => {
    await lockPerson(tx, ctx.orgId, staffId);
    await requireConsents(tx, ctx.orgId, staffId, menteeConsents);
    const [existing] = await tx
      .select({ id: mentees.id })
      .from(mentees)
      .where(and(eq(mentees.orgId, ctx.orgId), eq(mentees.staffId, staffId), isOpenEntry(mentees.status)));
    if (existing) throw new AppError('ALREADY_IN_BANK');
    await checkReferences(tx, ctx.orgId, {
      difficulties: data.difficulties.map((d) => d.id),
      mentorIds: data.preferredMentorIds,
    });
    const [row] = await tx
      .insert(mentees)
      .values({ ...data, orgId: ctx.orgId, staffId })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, ctx.actor, {
      orgId: ctx.orgId,
      entity: 'mentee',
      entityId: row.id,
      action: 'create',
      after: menteeSnapshot(row),
      reason,
    });
    return row;
  });
}

async function lockEntry(tx: Db, orgId: string, id: string, version: number): Promise<MenteeRow> {
  const [row] = await tx
    .select()
    .from(mentees)
    .where(and(eq(mentees.orgId, orgId), eq(mentees.id, id)))
    .for('update');
  return writableEntry(row, version);
}

export async function updateMentee(
  db: Db,
  ctx: TenantContext,
  id: string,
  data: MenteeData & { status: (typeof openMenteeStatuses)[number] },
  version: number,
  reason: string | null,
): Promise<MenteeRow> {
  return db.transaction(async (tx) => {
    const before = await lockEntry(tx, ctx.orgId, id, version);
    await checkReferences(tx, ctx.orgId, {
      difficulties: data.difficulties.map((d) => d.id),
      mentorIds: data.preferredMentorIds,
    });
    const [after] = await tx
      .update(mentees)
      .set({ ...data, version: sql`${mentees.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(mentees.orgId, ctx.orgId), eq(mentees.id, id)))
      .returning();
    if (!after) throw notFound();
    await recordAudit(tx, ctx.actor, {
      orgId: ctx.orgId,
      entity: 'mentee',
      entityId: id,
      action: 'update',
      before: menteeSnapshot(before),
      after: menteeSnapshot(after),
      reason,
    });
    return after;
  });
}

/** Taking someone out of the bank keeps the row (status `removed`) for the history. */
export async function removeMentee(
  db: Db,
  ctx: TenantContext,
  id: string,
  version: number,
  reason: string | null,
): Promise<MenteeRow> {
  return db.transaction(async (tx) => {
    const before = await lockEntry(tx, ctx.orgId, id, version);
    const [after] = await tx
      .update(mentees)
      .set({ status: 'removed', version: sql`${mentees.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(mentees.orgId, ctx.orgId), eq(mentees.id, id)))
      .returning();
    if (!after) throw notFound();
    await recordAudit(tx, ctx.actor, {
      orgId: ctx.orgId,
      entity: 'mentee',
      entityId: id,
      action: 'remove',
      before: menteeSnapshot(before),
      after: menteeSnapshot(after),
      reason,
    });
    return after;
  });
}
