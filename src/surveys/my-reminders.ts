// A person's own reminders across every organization they work in: those addressed to their
// account or to the staff member their membership is linked to, until they mark them seen. Seeing
// one is the reader's own interface state, not a domain record, so it leaves no audit row.
import { and, desc, eq, isNull, or, type SQL, sql } from 'drizzle-orm';
import { memberships } from '../auth/auth-tables.js';
import type { Db } from '../db/client.js';
import { notFound } from '../errors/app-error.js';
import { organizations } from '../organizations/organizations-table.js';
import { reminders } from './reminders-table.js';
import { surveys } from './surveys-table.js';

function mine(userId: string): SQL {
  // `reminders.org_id` is named outright: drizzle leaves columns unqualified in one-table statements,
  // and inside the subquery an unqualified `org_id` would bind to the membership's own column.
  const viaStaff = sql`${reminders.staffId} in (select m.staff_id from ${memberships} m
    where m.user_id = ${userId} and m.org_id = reminders.org_id and m.staff_id is not null)`;
  return or(eq(reminders.userId, userId), viaStaff) as SQL;
}

export async function myReminders(db: Db, userId: string) {
  const rows = await db
    .select({
      id: reminders.id,
      orgId: reminders.orgId,
      orgName: organizations.shortName,
      surveyId: surveys.id,
      surveyTitle: surveys.title,
      closesOn: surveys.closesOn,
      createdAt: reminders.createdAt,
    })
    .from(reminders)
    .innerJoin(surveys, and(eq(surveys.id, reminders.surveyId), eq(surveys.orgId, reminders.orgId)))
    .innerJoin(organizations, eq(organizations.id, reminders.orgId))
    // A reminder about a survey that no longer takes answers asks for nothing.
    .where(and(isNull(reminders.seenAt), eq(surveys.status, 'open'), mine(userId)))
    .orderBy(desc(reminders.createdAt))
    .limit(200);
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

export async function markReminderSeen(db: Db, userId: string, id: string): Promise<void> {
  const done = await db
    .update(reminders)
    .set({ seenAt: sql`now()` })
    .where(and(eq(reminders.id, id), mine(userId)))
    .returning({ id: reminders.id });
  if (done.length === 0) throw notFound();
}
