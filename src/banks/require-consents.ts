// The banks stand on written consents: a person enters only with the ones the Regulation and
// 152-ФЗ require, checked inside the writing transaction.
import { and, eq, isNull } from 'drizzle-orm';
import type { ConsentKind } from '../consents/consent-contract.js';
import { consents } from '../consents/consents-table.js';
import type { Db } from '../db/client.js';
import { AppError } from '../errors/app-error.js';

export const menteeConsents: readonly ConsentKind[] = ['personal-data'];
export const mentorConsents: readonly ConsentKind[] = ['personal-data', 'mentor-role'];

export async function requireConsents(
  tx: Db,
  orgId: string,
  staffId: string,
  needed: readonly ConsentKind[],
): Promise<void> {
  const rows = await tx
    .select({ kind: consents.kind })
    .from(consents)
    .where(and(eq(consents.orgId, orgId), eq(consents.staffId, staffId), isNull(consents.withdrawnOn)));
  const have = new Set(rows.map((r) => r.kind));
  const missing = needed.filter((k) => !have.has(k));
  if (missing.length > 0) {
    throw new AppError('CONSENT_REQUIRED', {
      params: { missing: missing.join(', ') },
      errors: missing.map((k) => ({ path: 'staffId', message: `consent.${k}` })),
    });
  }
}
