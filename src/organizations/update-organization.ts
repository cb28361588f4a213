// The director or administrator corrects the organization's requisites and settings.
import { and, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit } from '../audit/record-audit.js';
import type { Db } from '../db/client.js';
import { AppError, notFound } from '../errors/app-error.js';
import type { TenantContext } from '../http/tenancy.js';
import type { organizationUpdateSchema } from './organization-contract.js';
import { organizationSnapshot } from './organization-view.js';
import { type OrganizationRow, organizations } from './organizations-table.js';

export async function getOrganization(db: Db, orgId: string): Promise<OrganizationRow> {
  const [row] = await db.select().from(organizations).where(eq(organizations.id, orgId));
  if (!row) throw notFound();
  return row;
}

export async function updateOrganization(
  db: Db,
  ctx: TenantContext,
  input: z.output<typeof organizationUpdateSchema>,
  version: number,
): Promise<OrganizationRow> {
  return db.transaction(async (tx) => {
    const before = await getOrganization(tx, ctx.orgId);
    if (before.version !== version) {
      throw new AppError('STALE_VERSION', { params: { sent: version, current: before.version } });
    }
    const { reason, version: _v, settings, ...fields } = input;
    // Settings a form does not show (absent keys) keep their stored values.
    const merged = {
      ...before.settings,
      ...Object.fromEntries(Object.entries(settings).filter(([, v]) => v !== undefined)),
    };
    const [after] = await tx
      .update(organizations)
      .set({ ...fields, settings: merged, version: sql`${organizations.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(organizations.id, ctx.orgId), eq(organizations.version, version)))
      .returning();
    if (!after) throw new AppError('STALE_VERSION', { params: { sent: version, current: before.version + 1 } });
    await recordAudit(tx, ctx.actor, {
      orgId: ctx.orgId,
      entity: 'organization',
      entityId: ctx.orgId,
      action: 'update',
      before: organizationSnapshot(before),
      after: organizationSnapshot(after),
      reason,
    });
    return after;
  });
}
