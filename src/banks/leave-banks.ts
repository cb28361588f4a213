// The effect of a withdrawn consent on the banks: without consent to personal data the person may
// be in neither bank; without consent to the mentor role, not in the mentor bank.
import { and, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.js';
import type { ConsentKind } from '../consents/consent-contract.js';
import type { Db } from '../db/client.js';
import type { TenantContext } from '../http/tenancy.js';
import { isOpenEntry, mentees, mentors } from './banks-table.js';

export async function leaveBanksOnWithdrawal(
  tx: Db,
  ctx: TenantContext,
  staffId: string,
  kind: ConsentKind,
): Promise<void> {
  const reason =
    kind === 'personal-data'
      ? 'Отозвано согласие на обработку персональных данных'
      : 'Отозвано согласие на наставничество';
  const banks =
    kind === 'personal-data' ? ([mentees, mentors] as const) : kind === 'mentor-role' ? ([mentors] as const) : [];
  for (const table of banks) {
    const entity = table === mentees ? 'mentee' : 'mentor';
    const left = await tx
      .update(table)
      .set({ status: 'withdrawn', version: sql`${table.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(table.orgId, ctx.orgId), eq(table.staffId, staffId), isOpenEntry(table.status)))
      .returning({ id: table.id });
    for (const row of left) {
      await recordAudit(tx, ctx.actor, {
        orgId: ctx.orgId,
        entity,
        entityId: row.id,
        action: 'withdraw',
        after: { status: 'withdrawn' },
        reason,
      });
    }
  }
}
