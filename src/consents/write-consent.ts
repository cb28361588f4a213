// Recording and withdrawing consents. A withdrawal of the consent the banks stand on takes the
// person out of them in the same transaction, with its own audit rows.
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.js';
import { leaveBanksOnWithdrawal } from '../banks/leave-banks.js';
import type { Db } from '../db/client.js';
import { AppError, notFound } from '../errors/app-error.js';
import type { TenantContext } from '../http/tenancy.js';
import { getStaff } from '../staff/write-staff.js';
import type { Consent, ConsentInput, ConsentScan } from './consent-contract.js';
import { type ConsentRow, consents } from './consents-table.js';

export function presentConsent(row: ConsentRow, scan: ConsentScan | null = null): Consent {
  return {
    id: row.id,
    staffId: row.staffId,
    kind: row.kind,
    givenOn: row.givenOn,
    note: row.note,
    fields: row.fields,
    recordedBy: { userId: row.recordedBy, name: row.recordedByName },
    recordedAt: row.createdAt.toISOString(),
    withdrawnOn: row.withdrawnOn,
    withdrawReason: row.withdrawReason,
    active: row.withdrawnOn === null,
    scan,
    version: row.version,
  };
}

const snapshot = (row: ConsentRow) => ({
  staffId: row.staffId,
  kind: row.kind,
  givenOn: row.givenOn,
  note: row.note,
  fields: row.fields,
  withdrawnOn: row.withdrawnOn,
  withdrawReason: row.withdrawReason,
});

export async function listConsents(db: Db, orgId: string, staffId: string): Promise<ConsentRow[]> {
  await getStaff(db, orgId, staffId);
  return db
    .select()
    .from(consents)
    .where(and(eq(consents.orgId, orgId), eq(consents.staffId, staffId)))
    .orderBy(asc(consents.givenOn), asc(consents.createdAt));
}

export async function getConsent(db: Db, orgId: string, staffId: string, id: string): Promise<ConsentRow> {
  const [row] = await db
    .select()
    .from(consents)
    .where(and(eq(consents.orgId, orgId), eq(consents.staffId, staffId), eq(consents.id, id)));
  if (!row) throw notFound();
  return row;
}

export async function recordConsent(
  db: Db,
  ctx: TenantContext,
  staffId: string,
  input: ConsentInput,
): Promise<ConsentRow> {
  return db.transaction(async (tx) => {
    const person = await getStaff(tx, ctx.orgId, staffId);
    if (person.archivedAt) throw new AppError('ARCHIVED_READ_ONLY');
    // The person row is locked so two clerks recording the same consent cannot both succeed.
    await tx.execute(sql`select 1 from staff where org_id = ${ctx.orgId} and id = ${staffId} for update`);
    const [active] = await tx
      .select({ id: consents.id })
      .from(consents)
      .where(
        and(
          eq(consents.orgId, ctx.orgId),
          eq(consents.staffId, staffId),
          eq(consents.kind, input.kind),
          isNull(consents.withdrawnOn),
        ),
      );
    if (active) throw new AppError('CONSENT_ACTIVE');
    const [row] = await tx
      .insert(consents)
      .values({
        orgId: ctx.orgId,
        staffId,
        kind: input.kind,
        givenOn: input.givenOn,
        note: input.note,
        fields: input.kind === 'publication' ? (input.fields ?? []) : [],
        recordedBy: ctx.actor.userId,
        recordedByName: ctx.actor.name,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, ctx.actor, {
      orgId: ctx.orgId,
      entity: 'consent',
      entityId: row.id,
      action: 'create',
      after: snapshot(row),
    });
    return row;
  });
}

export async function withdrawConsent(
  db: Db,
  ctx: TenantContext,
  staffId: string,
  id: string,
  input: { withdrawnOn: string; reason: string | null; version?: number | undefined },
): Promise<ConsentRow> {
  return db.transaction(async (tx) => {
    // Same lock as a bank write takes: the withdrawal and a new bank entry cannot cross.
    await tx.execute(sql`select 1 from staff where org_id = ${ctx.orgId} and id = ${staffId} for update`);
    const [before] = await tx
      .select()
      .from(consents)
      .where(and(eq(consents.orgId, ctx.orgId), eq(consents.staffId, staffId), eq(consents.id, id)))
      .for('update');
    if (!before) throw notFound();
    if (input.version !== undefined && input.version !== before.version) {
      throw new AppError('STALE_VERSION', { params: { sent: input.version, current: before.version } });
    }
    if (before.withdrawnOn) throw new AppError('ALREADY_WITHDRAWN');
    if (input.withdrawnOn < before.givenOn) {
      throw new AppError('VALIDATION_FAILED', { errors: [{ path: 'withdrawnOn', message: 'v.withdrawnBeforeGiven' }] });
    }
    const [after] = await tx
      .update(consents)
      .set({
        withdrawnOn: input.withdrawnOn,
        withdrawReason: input.reason,
        withdrawnBy: ctx.actor.userId,
        version: sql`${consents.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(and(eq(consents.orgId, ctx.orgId), eq(consents.id, id)))
      .returning();
    if (!after) throw notFound();
    await recordAudit(tx, ctx.actor, {
      orgId: ctx.orgId,
      entity: 'consent',
      entityId: id,
      action: 'withdraw',
      before: snapshot(before),
      after: snapshot(after),
      reason: input.reason,
    });
    await leaveBanksOnWithdrawal(tx, ctx, staffId, after.kind);
    return after;
  });
}
