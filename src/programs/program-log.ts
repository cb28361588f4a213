// A program's history and the audit journal get the same step in the same transaction: who, when,
// what, why, and the values before and after.
import { recordAudit } from '../audit/record-audit.js';
import type { Db } from '../db/client.js';
import type { TenantContext } from '../http/tenancy.js';
import { type ProgramEventRow, programEvents } from './programs-table.js';

export interface ProgramStep {
  action: string;
  reason?: string | null | undefined;
  note?: string | null | undefined;
  before?: object | null;
  after?: object | null;
}

export async function logEvent(
  tx: Db,
  ctx: TenantContext,
  programId: string,
  event: ProgramStep,
): Promise<ProgramEventRow> {
  const before = (event.before as Record<string, unknown>) ?? null;
  const after = (event.after as Record<string, unknown>) ?? null;
  const [row] = await tx
    .insert(programEvents)
    .values({
      orgId: ctx.orgId,
      programId,
      action: event.action,
      reason: event.reason ?? null,
      note: event.note ?? null,
      before,
      after,
      actorId: ctx.actor.userId,
      actorName: ctx.actor.name,
    })
    .returning();
  if (!row) throw new Error('insert returned nothing');
  await recordAudit(tx, ctx.actor, {
    orgId: ctx.orgId,
    entity: 'program',
    entityId: programId,
    action: event.action,
    before,
    after,
    reason: event.reason ?? event.note ?? null,
  });
  return row;
}
