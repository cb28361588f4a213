// The scanned copy of a signed consent: attached (or replaced) and removed with an audit row in the
// same transaction; read only by those who keep the consents. The file is checked by its contents.
import { and, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.js';
import type { Db } from '../db/client.js';
import { AppError, notFound } from '../errors/app-error.js';
import type { TenantContext } from '../http/tenancy.js';
import type { ConsentScan } from './consent-contract.js';
import { type ConsentScanRow, consentScans, consents } from './consents-table.js';
import { scanFileName, scanTypeOf } from './scan-type.js';

type ScanSummaryRow = Pick<
  ConsentScanRow,
  'consentId' | 'fileName' | 'mediaType' | 'size' | 'uploadedAt' | 'uploadedByName'
>;

export function presentScan(row: ScanSummaryRow): ConsentScan {
  return {
    fileName: row.fileName,
    mediaType: row.mediaType,
    size: row.size,
    uploadedAt: row.uploadedAt.toISOString(),
    uploadedBy: row.uploadedByName,
  };
}

/** The scans of the given consents, without their contents. */
export async function scanSummaries(db: Db, orgId: string, consentIds: string[]): Promise<Map<string, ConsentScan>> {
  if (consentIds.length === 0) return new Map();
  const rows = await db
    .select({
      consentId: consentScans.consentId,
      fileName: consentScans.fileName,
      mediaType: consentScans.mediaType,
      size: consentScans.size,
      uploadedAt: consentScans.uploadedAt,
      uploadedByName: consentScans.uploadedByName,
    })
    .from(consentScans)
    .where(and(eq(consentScans.orgId, orgId), inArray(consentScans.consentId, consentIds)));
  return new Map(rows.map((r) => [r.consentId, presentScan(r)]));
}

async function lockConsent(tx: Db, orgId: string, staffId: string, id: string) {
  const [row] = await tx
    .select({ id: consents.id, kind: consents.kind })
    .from(consents)
    .where(and(eq(consents.orgId, orgId), eq(consents.staffId, staffId), eq(consents.id, id)))
    .for('update');
  if (!row) throw notFound();
  return row;
}

export async function attachScan(
  db: Db,
  ctx: TenantContext,
  staffId: string,
  consentId: string,
  file: { name: string; bytes: Buffer },
): Promise<ConsentScan> {
  const type = scanTypeOf(file.bytes);
  if (!type) throw new AppError('SCAN_FILE_TYPE');
  const fileName = scanFileName(file.name, type);
  return db.transaction(async (tx) => {
    await lockConsent(tx, ctx.orgId, staffId, consentId);
    const [previous] = await tx
      .select({ fileName: consentScans.fileName, size: consentScans.size })
      .from(consentScans)
      .where(and(eq(consentScans.orgId, ctx.orgId), eq(consentScans.consentId, consentId)));
    const values = {
      fileName,
      mediaType: type,
      size: file.bytes.length,
      content: file.bytes,
      uploadedBy: ctx.actor.userId,
      uploadedByName: ctx.actor.name,
      uploadedAt: new Date(),
    };
    const [row] = await tx
      .insert(consentScans)
      .values({ ...values, orgId: ctx.orgId, consentId })
      .onConflictDoUpdate({ target: [consentScans.orgId, consentScans.consentId], set: values })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, ctx.actor, {
      orgId: ctx.orgId,
      entity: 'consent',
      entityId: consentId,
      action: previous ? 'replace-scan' : 'attach-scan',
      before: previous ? { scan: previous } : null,
      after: { scan: { fileName, size: file.bytes.length } },
      reason: null,
    });
    return presentScan(row);
  });
}

export async function readScan(db: Db, orgId: string, staffId: string, consentId: string): Promise<ConsentScanRow> {
  const [row] = await db
    .select({ scan: consentScans })
    .from(consentScans)
    .innerJoin(consents, and(eq(consents.id, consentScans.consentId), eq(consents.orgId, consentScans.orgId)))
    .where(and(eq(consentScans.orgId, orgId), eq(consentScans.consentId, consentId), eq(consents.staffId, staffId)));
  if (!row) throw new AppError('SCAN_MISSING');
  return row.scan;
}

export async function removeScan(
  db: Db,
  ctx: TenantContext,
  staffId: string,
  consentId: string,
  reason: string | null,
): Promise<void> {
  await db.transaction(async (tx) => {
    await lockConsent(tx, ctx.orgId, staffId, consentId);
    const [gone] = await tx
      .delete(consentScans)
      .where(and(eq(consentScans.orgId, ctx.orgId), eq(consentScans.consentId, consentId)))
      .returning({ fileName: consentScans.fileName, size: consentScans.size });
    if (!gone) throw new AppError('SCAN_MISSING');
    await recordAudit(tx, ctx.actor, {
      orgId: ctx.orgId,
      entity: 'consent',
      entityId: consentId,
      action: 'remove-scan',
      before: { scan: gone },
      after: null,
      reason,
    });
  });
}
