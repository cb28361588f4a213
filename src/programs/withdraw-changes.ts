// Taking back changes that waited for an order — by the curator, or with the deleted draft that
// was to apply them. The programs stay as they were; their history says the change was withdrawn.
import { and, eq, notInArray } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import type { TenantContext } from '../http/tenancy.js';
import { logEvent } from './program-log.js';
import { type ProgramChangeRow, programChanges } from './programs-table.js';

export async function withdrawChanges(tx: Db, ctx: TenantContext, changes: ProgramChangeRow[]): Promise<void> {
  for (const change of changes) {
    await tx
      .update(programChanges)
      .set({ status: 'withdrawn', settledAt: new Date() })
      .where(and(eq(programChanges.orgId, ctx.orgId), eq(programChanges.id, change.id)));
    await logEvent(tx, ctx, change.programId, { action: 'change-withdrawn', after: { change: change.action } });
  }
}

/** The waiting changes of a draft order that is being deleted. */
export async function withdrawOrderChanges(tx: Db, ctx: TenantContext, orderId: string): Promise<void> {
  const waiting = await tx
    .select()
    .from(programChanges)
    .where(
      and(
        eq(programChanges.orgId, ctx.orgId),
        eq(programChanges.orderId, orderId),
        eq(programChanges.status, 'pending'),
      ),
    )
    .for('update');
  await withdrawChanges(tx, ctx, waiting);
}

/** A draft that no longer names a program lets go of that program's waiting change. */
export async function withdrawUnlinkedChanges(
  tx: Db,
  ctx: TenantContext,
  orderId: string,
  programIds: string[],
): Promise<void> {
  const dropped = await tx
    .select()
    .from(programChanges)
    .where(
      and(
        eq(programChanges.orgId, ctx.orgId),
        eq(programChanges.orderId, orderId),
        eq(programChanges.status, 'pending'),
        ...(programIds.length > 0 ? [notInArray(programChanges.programId, programIds)] : []),
      ),
    )
    .for('update');
  await withdrawChanges(tx, ctx, dropped);
}
