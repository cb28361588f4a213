// Adding, correcting, archiving and restoring staff members. Each write checks the version the
// caller read and leaves its audit entry in the same transaction.
import { and, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.js';
import type { Db } from '../db/client.js';
import { AppError, notFound } from '../errors/app-error.js';
import type { TenantContext } from '../http/tenancy.js';
import type { StaffData } from './staff-contract.js';
import { searchTextOf, sortNameOf } from './staff-search.js';
import { type StaffRow, staff } from './staff-table.js';
import { staffSnapshot } from './staff-view.js';

export async function getStaff(db: Db, orgId: string, id: string): Promise<StaffRow> {
  const [row] = await db
    .select()
    .from(staff)
    .where(and(eq(staff.orgId, orgId), eq(staff.id, id)));
  if (!row) throw notFound();
  return row;
}

function derived(data: StaffData) {
  return { sortName: sortNameOf(data), searchText: searchTextOf(data) };
}

export async function createStaff(
  db: Db,
  ctx: TenantContext,
  data: StaffData,
  reason: string | null,
): Promise<StaffRow> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(staff)
      .values({ ...data, ...derived(data), orgId: ctx.orgId })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, ctx.actor, {
      orgId: ctx.orgId,
      entity: 'staff',
      entityId: row.id,
      action: 'create',
      after: staffSnapshot(row),
      reason,
    });
    return row;
  });
}

async function lockForChange(tx: Db, orgId: string, id: string, version: number): Promise<StaffRow> {
  const [row] = await tx
    .select()
    .from(staff)
    .where(and(eq(staff.orgId, orgId), eq(staff.id, id)))
    .for('update');
  if (!row) throw notFound();
  if (row.version !== version) throw new AppError('STALE_VERSION', { params: { sent: version, current: row.version } });
  return row;
}

export async function updateStaff(
  db: Db,
  ctx: TenantContext,
  id: string,
  data: StaffData,
  version: number,
  reason: string | null,
): Promise<StaffRow> {
  return db.transaction(async (tx) => {
    const before = await lockForChange(tx, ctx.orgId, id, version);
    if (before.archivedAt) throw new AppError('ARCHIVED_READ_ONLY');
    const [after] = await tx
      .update(staff)
      .set({ ...data, ...derived(data), version: sql`${staff.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(staff.orgId, ctx.orgId), eq(staff.id, id)))
      .returning();
    if (!after) throw notFound();
    await recordAudit(tx, ctx.actor, {
      orgId: ctx.orgId,
      entity: 'staff',
      entityId: id,
      action: 'update',
      before: staffSnapshot(before),
      after: staffSnapshot(after),
      reason,
    });
    return after;
  });
}

/** Archiving keeps the record (personnel records must be kept) but takes it out of the registry. */
export async function setStaffArchived(
  db: Db,
  ctx: TenantContext,
  id: string,
  archived: boolean,
  version: number,
  reason: string | null,
): Promise<StaffRow> {
  return db.transaction(async (tx) => {
    const before = await lockForChange(tx, ctx.orgId, id, version);
    if (archived && before.archivedAt) throw new AppError('ALREADY_ARCHIVED');
    if (!archived && !before.archivedAt) throw new AppError('NOT_ARCHIVED');
    const [after] = await tx
      .update(staff)
      .set({
        archivedAt: archived ? sql`now()` : null,
        version: sql`${staff.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(and(eq(staff.orgId, ctx.orgId), eq(staff.id, id)))
      .returning();
    if (!after) throw notFound();
    await recordAudit(tx, ctx.actor, {
      orgId: ctx.orgId,
      entity: 'staff',
      entityId: id,
      action: archived ? 'archive' : 'restore',
      before: staffSnapshot(before),
      after: staffSnapshot(after),
      reason,
    });
    return after;
  });
}
