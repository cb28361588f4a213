// A participant's decision on a proposed group (§1.4: participation is voluntary). The participant
// records it in the app from their own account, or the director or curator records it from a paper
// signature (`onPaper`). All agreed → the group is `agreed` and waits for the director's order;
// one refusal → `declined`, and the mentees stay in the bank, still searching.
import { and, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.js';
import type { Db } from '../db/client.js';
import { AppError, forbidden, notFound } from '../errors/app-error.js';
import type { TenantContext } from '../http/tenancy.js';
import { networkRequests } from '../network/network-table.js';
import { callerEntries } from './group-access.js';
import type { AgreementInput } from './group-contract.js';
import { statusFromDecisions } from './group-status.js';
import { groupSnapshot } from './group-view.js';
import { type GroupRow, groupAgreements, groups } from './groups-table.js';

/** Roles that may record someone else's decision from their signature on paper. */
const paperRoles = ['director', 'curator'] as const;

export async function recordAgreement(
  db: Db,
  ctx: TenantContext,
  groupId: string,
  input: AgreementInput,
  version: number,
): Promise<GroupRow> {
  const own = await callerEntries(db, ctx);
  const mayRecordPaper = ctx.roles.some((r) => (paperRoles as readonly string[]).includes(r));
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(groups)
      .where(and(eq(groups.orgId, ctx.orgId), eq(groups.id, groupId)))
      .for('update');
    const agreements = before
      ? await tx
          .select()
          .from(groupAgreements)
          .where(and(eq(groupAgreements.orgId, ctx.orgId), eq(groupAgreements.groupId, groupId)))
      : [];
    // A mentor or mentee who is not in the group does not see it at all.
    if (!before || (!mayRecordPaper && !agreements.some((a) => own.has(a.participantId)))) throw notFound();
    if (before.version !== version) {
      throw new AppError('STALE_VERSION', { params: { sent: version, current: before.version } });
    }
    if (before.status !== 'proposed') throw new AppError('GROUP_NOT_PROPOSED', { params: { status: before.status } });
    const target = agreements.find((a) => a.participantId === input.participantId);
    if (!target) {
      throw new AppError('VALIDATION_FAILED', { errors: [{ path: 'participantId', message: 'v.notParticipant' }] });
    }
    const self = own.has(target.participantId);
    if (!self && !mayRecordPaper) throw forbidden();
    if (target.decision !== 'pending') throw new AppError('AGREEMENT_RECORDED');

    await tx
      .update(groupAgreements)
      .set({
        decision: input.decision,
        reason: input.reason,
        recordedBy: ctx.actor.userId,
        recordedByName: ctx.actor.name,
        recordedAt: sql`now()`,
        onPaper: !self,
      })
      .where(eq(groupAgreements.id, target.id));
    const decisions = agreements.map((a) => (a.id === target.id ? input.decision : a.decision));
    // With a mentor of another school, that school's decision counts too (read under the group's lock).
    const [host] = before.mentorOrgId
      ? await tx
          .select({ decision: networkRequests.decision })
          .from(networkRequests)
          .where(and(eq(networkRequests.orgId, before.mentorOrgId), eq(networkRequests.groupId, groupId)))
      : [];
    const status = statusFromDecisions(decisions, host?.decision ?? null);
    const [after] = await tx
      .update(groups)
      .set({ status, version: sql`${groups.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(groups.orgId, ctx.orgId), eq(groups.id, groupId)))
      .returning();
    if (!after) throw notFound();
    await recordAudit(tx, ctx.actor, {
      orgId: ctx.orgId,
      entity: 'group',
      entityId: groupId,
      action: input.decision === 'agreed' ? 'agree' : 'decline',
      before: groupSnapshot(before),
      after: { ...groupSnapshot(after), participantId: target.participantId, onPaper: !self },
      reason: input.reason,
    });
    return after;
  });
}
