// What needs the curator's attention across the organization's programs (issue 6's dashboard):
// activities past their deadline, running programs with no journal entry for 21 days, programs
// ending within two weeks, drafts still waiting for participants' agreement, and participants'
// requests (petitions to replace the mentor, requests to be released) awaiting a decision. Mentors and
// mentees get the same view of their own programs.
import { and, eq, inArray, lt, notInArray, sql } from 'drizzle-orm';
import { shiftDays } from '../calendar/production-calendar.js';
import type { Db } from '../db/client.js';
import type { TenantContext } from '../http/tenancy.js';
import { closedActivityStatuses } from './program-contract.js';
import { programActivities, programChanges, programJournal, programRequests, programs } from './programs-table.js';
import { listPrograms } from './read-programs.js';

export const quietDays = 21;
export const endingSoonDays = 14;

export async function programsOverview(db: Db, ctx: TenantContext, today: string) {
  // Every program the caller may see (a school has tens, not thousands).
  const visible: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await listPrograms(db, ctx, { limit: 200, cursor });
    visible.push(...page.items.map((p) => p.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  if (visible.length === 0)
    return { overdue: [], quiet: [], endingSoon: [], awaitingAgreement: [], requests: [], awaitingOrder: [] };

  const rows = await db
    .select()
    .from(programs)
    .where(and(eq(programs.orgId, ctx.orgId), inArray(programs.id, visible)));
  const active = rows.filter((p) => p.status === 'active');

  const overdue = active.length
    ? await db
        .select({
          programId: programActivities.programId,
          activityId: programActivities.id,
          title: programActivities.title,
          dueOn: programActivities.dueOn,
        })
        .from(programActivities)
        .where(
          and(
            eq(programActivities.orgId, ctx.orgId),
            inArray(
              programActivities.programId,
              active.map((p) => p.id),
            ),
            lt(programActivities.dueOn, today),
            notInArray(programActivities.status, [...closedActivityStatuses]),
          ),
        )
        .orderBy(programActivities.dueOn)
    : [];

  const lastEntries = active.length
    ? await db
        .select({ programId: programJournal.programId, last: sql<string>`max(${programJournal.happenedOn})::text` })
        .from(programJournal)
        .where(
          and(
            eq(programJournal.orgId, ctx.orgId),
            inArray(
              programJournal.programId,
              active.map((p) => p.id),
            ),
          ),
        )
        .groupBy(programJournal.programId)
    : [];
  const lastBy = new Map(lastEntries.map((e) => [e.programId, e.last]));
  const quietSince = shiftDays(today, -quietDays);
  const quiet = active
    .filter((p) => (lastBy.get(p.id) ?? p.startsOn) < quietSince && p.startsOn < quietSince)
    .map((p) => ({ programId: p.id, groupId: p.groupId, lastEntryOn: lastBy.get(p.id) ?? null }));

  const soon = shiftDays(today, endingSoonDays);
  const endingSoon = active
    .filter((p) => p.endsOn >= today && p.endsOn <= soon)
    .map((p) => ({ programId: p.id, groupId: p.groupId, endsOn: p.endsOn }));

  const awaitingAgreement = rows
    .filter((p) => p.status === 'draft')
    .map((p) => ({
      programId: p.id,
      groupId: p.groupId,
      pending: p.participants.filter((x) => !x.agreed).map((x) => x.id),
    }));

  const requests = await db
    .select({ programId: programRequests.programId, requestId: programRequests.id, kind: programRequests.kind })
    .from(programRequests)
    .where(
      and(
        eq(programRequests.orgId, ctx.orgId),
        inArray(programRequests.programId, visible),
        eq(programRequests.status, 'pending'),
      ),
    );

  const waiting = await db
    .select({ programId: programChanges.programId, action: programChanges.action, orderId: programChanges.orderId })
    .from(programChanges)
    .where(
      and(
        eq(programChanges.orgId, ctx.orgId),
        inArray(programChanges.programId, visible),
        eq(programChanges.status, 'pending'),
      ),
    );
  const groupOf = new Map(rows.map((p) => [p.id, p.groupId]));
  const awaitingOrder = waiting.map((w) => ({ ...w, groupId: groupOf.get(w.programId) ?? '' }));

  return { overdue, quiet, endingSoon, awaitingAgreement, requests, awaitingOrder };
}
