// Adding people to the mentor bank, correcting their entries and taking them out. Entering needs
// consents both to personal data and to the mentor role; the capacity defaults to the
// organization's setting and the subjects to those in the staff registry.
import { and, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.js';
import type { Db } from '../db/client.js';
import { AppError, notFound } from '../errors/app-error.js';
import type { TenantContext } from '../http/tenancy.js';
import { settingsOf } from '../organizations/organization-view.js';
import { getOrganization } from '../organizations/update-organization.js';
import type { MentorData, openMentorStatuses } from './bank-contract.js';
import { mentorSnapshot } from './bank-view.js';
import { isOpenEntry, type MentorRow, mentors } from './banks-table.js';
import { checkReferences } from './check-references.js';
import { mentorConsents, requireConsents } from './require-consents.js';
import { writableEntry } from './writable-entry.js';
import { lockPerson } from './write-mentee.js';

export async function createMentor(
  db: Db,
  ctx: TenantContext,
  staffId: string,
  data: MentorData,
  reason: string | null,
): Promise<MentorRow> {
  return db.transaction(async (tx) => {
    const person = await lockPerson(tx, ctx.orgId, staffId);
    await requireConsents(tx, ctx.orgId, staffId, mentorConsents);
    const [existing] = await tx
      .select({ id: mentors.id })
      .from(mentors)
      .where(and(eq(mentors.orgId, ctx.orgId), eq(mentors.staffId, staffId), isOpenEntry(mentors.status)));
    if (existing) throw new AppError('ALREADY_IN_BANK');
    await checkReferences(tx, ctx.orgId, { competences: data.competences, menteeIds: data.preferredMenteeIds });
    const settings = settingsOf(await getOrganization(tx, ctx.orgId));
    const [row] = await tx
      .insert(mentors)
      .values({
        ...data,
        subjects: data.subjects ?? person.subjects,
        capacity: data.capacity ?? settings.mentorCapacityDefault,
        orgId: ctx.orgId,
        staffId,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, ctx.actor, {
      orgId: ctx.orgId,
      entity: 'mentor',
      entityId: row.id,
      action: 'create',
      after: mentorSnapshot(row),
      reason,
    });
    return row;
  });
}

async function lockEntry(tx: Db, orgId: string, id: string, version: number): Promise<MentorRow> {
  const [row] = await tx
    .select()
    .from(mentors)
    .where(and(eq(mentors.orgId, orgId), eq(mentors.id, id)))
    .for('update');
  return writableEntry(row, version);
}

export async function updateMentor(
  db: Db,
  ctx: TenantContext,
  id: string,
  data: MentorData & { status: (typeof openMentorStatuses)[number] },
  version: number,
  reason: string | null,
): Promise<MentorRow> {
  return db.transaction(async (tx) => {
    const before = await lockEntry(tx, ctx.orgId, id, version);
    await checkReferences(tx, ctx.orgId, { competences: data.competences, menteeIds: data.preferredMenteeIds });
    const [after] = await tx
      .update(mentors)
      .set({
        ...data,
        subjects: data.subjects ?? before.subjects,
        capacity: data.capacity ?? before.capacity,
        version: sql`${mentors.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(and(eq(mentors.orgId, ctx.orgId), eq(mentors.id, id)))
      .returning();
    if (!after) throw notFound();
    await recordAudit(tx, ctx.actor, {
      orgId: ctx.orgId,
      entity: 'mentor',
      entityId: id,
      action: 'update',
      before: mentorSnapshot(before),
      after: mentorSnapshot(after),
      reason,
    });
    return after;
  });
}

export async function removeMentor(
  db: Db,
  ctx: TenantContext,
  id: string,
  version: number,
  reason: string | null,
): Promise<MentorRow> {
  return db.transaction(async (tx) => {
    const before = await lockEntry(tx, ctx.orgId, id, version);
    const [after] = await tx
      .update(mentors)
      .set({ status: 'removed', version: sql`${mentors.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(mentors.orgId, ctx.orgId), eq(mentors.id, id)))
      .returning();
    if (!after) throw notFound();
    await recordAudit(tx, ctx.actor, {
      orgId: ctx.orgId,
      entity: 'mentor',
      entityId: id,
      action: 'remove',
      before: mentorSnapshot(before),
      after: mentorSnapshot(after),
      reason,
    });
    return after;
  });
}
