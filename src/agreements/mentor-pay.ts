// A mentor's pay for mentoring: the mentor's own where the director set one, else the
// organization's setting. Setting and clearing the own pay are audited writes under a version.
import { and, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.js';
import { mentors } from '../banks/banks-table.js';
import type { Db } from '../db/client.js';
import { AppError, notFound } from '../errors/app-error.js';
import type { TenantContext } from '../http/tenancy.js';
import type { MentorPay, OrgSettings } from '../organizations/organization-contract.js';
import type { MentorPayInput, MentorPayView } from './agreement-contract.js';
import { type MentorPayRow, mentorPay } from './mentor-pay-table.js';

const unset: MentorPay = { amount: null, unit: 'month', conditions: '' };

const snapshot = (row: MentorPayRow) => ({ amount: row.amount, unit: row.unit, conditions: row.conditions });

/** What the agreement states: the mentor's own pay, else the organization's, else blanks. */
export function effectivePay(own: MentorPayRow | null, settings: Pick<OrgSettings, 'mentorPay'>): MentorPayView {
  if (own) return { mentorId: own.mentorId, source: 'mentor', ...snapshot(own), version: own.version };
  return { mentorId: '', source: 'organization', ...(settings.mentorPay ?? unset), version: null };
}

export async function ownPay(db: Db, orgId: string, mentorId: string): Promise<MentorPayRow | null> {
  const [row] = await db
    .select()
    .from(mentorPay)
    .where(and(eq(mentorPay.orgId, orgId), eq(mentorPay.mentorId, mentorId)));
  return row ?? null;
}

async function requireMentor(tx: Db, orgId: string, mentorId: string): Promise<void> {
  const [row] = await tx
    .select({ id: mentors.id })
    .from(mentors)
    .where(and(eq(mentors.orgId, orgId), eq(mentors.id, mentorId)))
    .for('update');
  if (!row) throw notFound();
}

export async function setMentorPay(
  db: Db,
  ctx: TenantContext,
  mentorId: string,
  input: MentorPayInput,
  version: number | null,
): Promise<MentorPayRow> {
  const { reason, version: _v, ...pay } = input;
  return db.transaction(async (tx) => {
    await requireMentor(tx, ctx.orgId, mentorId);
    const before = await ownPay(tx, ctx.orgId, mentorId);
    // Changing an own pay needs the version that was read; the first one has none to send.
    if (before) {
      if (version === null) throw new AppError('VERSION_REQUIRED');
      if (before.version !== version) {
        throw new AppError('STALE_VERSION', { params: { sent: version, current: before.version } });
      }
    }
    const [row] = before
      ? await tx
          .update(mentorPay)
          .set({ ...pay, version: sql`${mentorPay.version} + 1`, updatedAt: sql`now()` })
          .where(eq(mentorPay.id, before.id))
          .returning()
      : await tx
          .insert(mentorPay)
          .values({ ...pay, orgId: ctx.orgId, mentorId })
          .returning();
    if (!row) throw new Error('write returned nothing');
    await recordAudit(tx, ctx.actor, {
      orgId: ctx.orgId,
      entity: 'mentor-pay',
      entityId: mentorId,
      action: before ? 'update' : 'create',
      before: before ? snapshot(before) : null,
      after: snapshot(row),
      reason,
    });
    return row;
  });
}

export async function clearMentorPay(db: Db, ctx: TenantContext, mentorId: string, reason: string | null) {
  await db.transaction(async (tx) => {
    await requireMentor(tx, ctx.orgId, mentorId);
    const before = await ownPay(tx, ctx.orgId, mentorId);
    if (!before) return;
    await tx.delete(mentorPay).where(eq(mentorPay.id, before.id));
    await recordAudit(tx, ctx.actor, {
      orgId: ctx.orgId,
      entity: 'mentor-pay',
      entityId: mentorId,
      action: 'delete',
      before: snapshot(before),
      reason,
    });
  });
}
