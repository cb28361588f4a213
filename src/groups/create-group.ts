// Proposing a pair or group: the curator names a mentor and mentees from the banks; the group is
// `proposed` and every participant's decision `pending`. Checked inside the writing transaction,
// under locks on the bank rows, so two proposals at once cannot both take the last place or the
// same mentee. A mentor of another school of the network (network mentoring) is allowed only where a
// parent organization allows it and the mentor takes cross-school mentoring; the group then also
// waits for the mentor's school to agree (a network request of that school).
import { and, arrayOverlaps, eq, inArray } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.js';
import { isOpenEntry, mentees, mentors } from '../banks/banks-table.js';
import { menteeConsents, mentorConsents, requireConsents } from '../banks/require-consents.js';
import type { Db } from '../db/client.js';
import { AppError, type FieldError } from '../errors/app-error.js';
import type { TenantContext } from '../http/tenancy.js';
import { inNetworkPool } from '../network/network-pool.js';
import { networkRequests } from '../network/network-table.js';
import { busyGroupStatuses, type GroupCreate } from './group-contract.js';
import { groupSnapshot } from './group-view.js';
import { type GroupRow, groupAgreements, groups } from './groups-table.js';

export async function createGroup(db: Db, ctx: TenantContext, input: GroupCreate): Promise<GroupRow> {
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select()
      .from(mentors)
      .where(and(eq(mentors.id, input.mentorId), isOpenEntry(mentors.status)))
      .for('update');
    // Another school's mentor exists here only when that school is in this school's network.
    const otherSchool = found !== undefined && found.orgId !== ctx.orgId;
    const mentor = otherSchool && !(await inNetworkPool(tx, ctx.orgId, found.orgId)) ? undefined : found;
    if (mentor && otherSchool && !mentor.forms.includes('cross-school')) throw new AppError('NETWORK_NOT_ALLOWED');
    const menteeRows = await tx
      .select()
      .from(mentees)
      .where(and(eq(mentees.orgId, ctx.orgId), inArray(mentees.id, input.menteeIds), isOpenEntry(mentees.status)))
      .for('update');

    const errors: FieldError[] = [];
    if (!mentor) errors.push({ path: 'mentorId', message: 'v.unknownMentor' });
    else if (mentor.status !== 'available') errors.push({ path: 'mentorId', message: 'v.mentorNotAvailable' });
    input.menteeIds.forEach((id, i) => {
      const row = menteeRows.find((m) => m.id === id);
      if (!row) errors.push({ path: `menteeIds.${i}`, message: 'v.unknownMentee' });
      else if (row.status !== 'searching') errors.push({ path: `menteeIds.${i}`, message: 'v.menteeNotSearching' });
    });
    if (errors.length > 0 || !mentor) throw new AppError('VALIDATION_FAILED', { errors });

    const busy = and(eq(groups.orgId, ctx.orgId), inArray(groups.status, [...busyGroupStatuses]));
    const taken = await tx
      .select({ menteeIds: groups.menteeIds })
      .from(groups)
      .where(and(busy, arrayOverlaps(groups.menteeIds, input.menteeIds)));
    if (taken.length > 0) {
      const inGroups = new Set(taken.flatMap((g) => g.menteeIds));
      const ids = input.menteeIds.filter((id) => inGroups.has(id));
      throw new AppError('MENTEE_TAKEN', {
        params: { menteeIds: ids.join(', ') },
        errors: input.menteeIds.flatMap((id, i) => (inGroups.has(id) ? [{ path: `menteeIds.${i}`, message: id }] : [])),
      });
    }

    // A mentor's places are taken by groups of every school.
    const mentorGroups = await tx
      .select({ menteeIds: groups.menteeIds })
      .from(groups)
      .where(and(inArray(groups.status, [...busyGroupStatuses]), eq(groups.mentorId, mentor.id)));
    const placesTaken = mentorGroups.reduce((n, g) => n + g.menteeIds.length, 0);
    if (placesTaken + input.menteeIds.length > mentor.capacity) {
      throw new AppError('CAPACITY_EXCEEDED', {
        params: { capacity: mentor.capacity, taken: placesTaken, asked: input.menteeIds.length },
      });
    }

    await requireConsents(tx, mentor.orgId, mentor.staffId, mentorConsents);
    for (const m of menteeRows) await requireConsents(tx, ctx.orgId, m.staffId, menteeConsents);

    // Set here (milliseconds) rather than by the database (microseconds) so the list cursor,
    // which carries the time as JSON, compares exactly.
    const [row] = await tx
      .insert(groups)
      .values({
        orgId: ctx.orgId,
        mentorId: mentor.id,
        mentorOrgId: otherSchool ? mentor.orgId : null,
        menteeIds: input.menteeIds,
        forms: input.forms,
        createdAt: new Date(),
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await tx.insert(groupAgreements).values([
      { orgId: ctx.orgId, groupId: row.id, participantId: mentor.id, role: 'mentor' as const },
      ...input.menteeIds.map((id) => ({
        orgId: ctx.orgId,
        groupId: row.id,
        participantId: id,
        role: 'mentee' as const,
      })),
    ]);
    await recordAudit(tx, ctx.actor, {
      orgId: ctx.orgId,
      entity: 'group',
      entityId: row.id,
      action: 'create',
      after: groupSnapshot(row),
      reason: input.reason,
    });
    if (otherSchool) {
      const [request] = await tx
        .insert(networkRequests)
        .values({
          orgId: mentor.orgId,
          menteeOrgId: ctx.orgId,
          groupId: row.id,
          mentorId: mentor.id,
          createdAt: new Date(),
        })
        .returning();
      if (!request) throw new Error('insert returned nothing');
      await recordAudit(tx, ctx.actor, {
        orgId: mentor.orgId,
        entity: 'network-request',
        entityId: request.id,
        action: 'create',
        after: { groupId: row.id, menteeOrgId: ctx.orgId, mentorId: mentor.id, decision: request.decision },
        reason: input.reason,
      });
    }
    return row;
  });
}
