// The host school's curator (or director) agrees or declines to lend its mentor to a group of
// another school. The group waits for this answer: agreed only when the school and every
// participant agreed; a refusal declines it. Both schools' journals record the decision.
import { and, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.js';
import type { Db } from '../db/client.js';
import { AppError, notFound } from '../errors/app-error.js';
import { statusFromDecisions } from '../groups/group-status.js';
import { groupSnapshot } from '../groups/group-view.js';
import { groupAgreements, groups } from '../groups/groups-table.js';
import type { TenantContext } from '../http/tenancy.js';
import type { NetworkDecision } from './network-contract.js';
import { type NetworkRequestRow, networkRequests } from './network-table.js';

export async function decideNetworkRequest(
  db: Db,
  ctx: TenantContext,
  id: string,
  input: NetworkDecision,
  version: number,
): Promise<NetworkRequestRow> {
  return db.transaction(async (tx) => {
    const [request] = await tx
      .select()
      .from(networkRequests)
      .where(and(eq(networkRequests.orgId, ctx.orgId), eq(networkRequests.id, id)))
      .for('update');
    if (!request) throw notFound();
    if (request.version !== version) {
      throw new AppError('STALE_VERSION', { params: { sent: version, current: request.version } });
    }
    if (request.decision !== 'pending')
      throw new AppError('NETWORK_REQUEST_DECIDED', { params: { decision: request.decision } });
    // The group is locked too: participants' decisions change its status under the same lock.
    const [group] = await tx
      .select()
      .from(groups)
      .where(and(eq(groups.orgId, request.menteeOrgId), eq(groups.id, request.groupId)))
      .for('update');
    if (!group) throw notFound();
    if (group.status !== 'proposed') throw new AppError('GROUP_NOT_PROPOSED', { params: { status: group.status } });

    const [after] = await tx
      .update(networkRequests)
      .set({
        decision: input.decision,
        reason: input.reason,
        recordedBy: ctx.actor.userId,
        recordedByName: ctx.actor.name,
        recordedAt: sql`now()`,
        version: sql`${networkRequests.version} + 1`,
      })
      .where(eq(networkRequests.id, request.id))
      .returning();
    if (!after) throw notFound();
    const participants = await tx
      .select({ decision: groupAgreements.decision })
      .from(groupAgreements)
      .where(and(eq(groupAgreements.orgId, group.orgId), eq(groupAgreements.groupId, group.id)));
    const status = statusFromDecisions(
      participants.map((p) => p.decision),
      input.decision,
    );
    const [groupAfter] = await tx
      .update(groups)
      .set({ status, version: sql`${groups.version} + 1`, updatedAt: sql`now()` })
      .where(eq(groups.id, group.id))
      .returning();
    if (!groupAfter) throw notFound();
    const action = input.decision === 'agreed' ? 'agree' : 'decline';
    await recordAudit(tx, ctx.actor, {
      orgId: ctx.orgId,
      entity: 'network-request',
      entityId: request.id,
      action,
      before: { decision: request.decision, version: request.version },
      after: { decision: after.decision, version: after.version, groupId: group.id },
      reason: input.reason,
    });
    await recordAudit(tx, ctx.actor, {
      orgId: group.orgId,
      entity: 'group',
      entityId: group.id,
      action: `host-${action}`,
      before: groupSnapshot(group),
      after: { ...groupSnapshot(groupAfter), hostOrgId: ctx.orgId },
      reason: input.reason,
    });
    return after;
  });
}
