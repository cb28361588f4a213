// The calendar feed of one person: the dated activities and the end dates of the programs they take
// part in (as a mentor or a mentee, in any of their organizations). Issued and revoked by the
// person; read by calendar applications without a session, by the secret in the address.
import { and, eq, inArray, isNotNull, isNull, notInArray, sql } from 'drizzle-orm';
import { memberships } from '../auth/auth-tables.js';
import { keyedHash, newToken } from '../auth/secrets.js';
import { mentees, mentors } from '../banks/banks-table.js';
import type { Db } from '../db/client.js';
import { notFound } from '../errors/app-error.js';
import { terminalStatuses } from '../programs/lifecycle.js';
import { programActivities, programs } from '../programs/programs-table.js';
import { calendarFeeds } from './calendar-table.js';
import { buildCalendar, type CalendarEvent } from './ical.js';

const kindWords: Record<string, string> = {
  meeting: 'Встреча',
  'lesson-observation': 'Посещение урока',
  'open-lesson': 'Открытый урок',
  consultation: 'Консультация',
  seminar: 'Семинар',
  'self-study': 'Самообразование',
  competition: 'Конкурс',
  other: 'Мероприятие',
};

export async function feedStatus(db: Db, userId: string) {
  const [row] = await db
    .select({ createdAt: calendarFeeds.createdAt })
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.userId, userId), isNull(calendarFeeds.revokedAt)));
  return { active: !!row, createdAt: row ? row.createdAt.toISOString() : null };
}

/** A new secret address; any earlier one stops working. The token is shown once. */
export async function issueFeed(db: Db, secret: string, userId: string): Promise<string> {
  const token = newToken('cal_');
  await db.transaction(async (tx) => {
    await tx
      .update(calendarFeeds)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(calendarFeeds.userId, userId), isNull(calendarFeeds.revokedAt)));
    await tx.insert(calendarFeeds).values({ userId, tokenHash: keyedHash(secret, token) });
  });
  return token;
}

export async function revokeFeed(db: Db, userId: string): Promise<void> {
  await db
    .update(calendarFeeds)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(calendarFeeds.userId, userId), isNull(calendarFeeds.revokedAt)));
}

/** The feed behind a token, as iCalendar text; an unknown or revoked token is simply not found. */
export async function readFeed(db: Db, secret: string, token: string, now: Date): Promise<string> {
  const [feed] = await db
    .select({ userId: calendarFeeds.userId })
    .from(calendarFeeds)
    .where(and(eq(calendarFeeds.tokenHash, keyedHash(secret, token)), isNull(calendarFeeds.revokedAt)));
  if (!feed) throw notFound();
  const links = await db
    .select({ orgId: memberships.orgId, staffId: memberships.staffId })
    .from(memberships)
    .where(and(eq(memberships.userId, feed.userId), isNotNull(memberships.staffId)));
  const staffIds = links.flatMap((l) => (l.staffId ? [l.staffId] : []));
  const events: CalendarEvent[] = [];
  if (staffIds.length > 0) {
    const [asMentor, asMentee] = await Promise.all([
      db.select({ id: mentors.id }).from(mentors).where(inArray(mentors.staffId, staffIds)),
      db.select({ id: mentees.id }).from(mentees).where(inArray(mentees.staffId, staffIds)),
    ]);
    const entryIds = [...asMentor, ...asMentee].map((r) => r.id);
    if (entryIds.length > 0) {
      const mine = await db
        .select()
        .from(programs)
        .where(
          and(
            inArray(
              programs.orgId,
              links.map((l) => l.orgId),
            ),
            notInArray(programs.status, [...terminalStatuses]),
            sql`exists (select 1 from jsonb_array_elements(${programs.participants}) p where p->>'id' in (${sql.join(
              entryIds.map((id) => sql`${id}`),
              sql`, `,
            )}))`,
          ),
        );
      const programIds = mine.map((p) => p.id);
      const activities = programIds.length
        ? await db
            .select()
            .from(programActivities)
            .where(and(inArray(programActivities.programId, programIds), isNotNull(programActivities.dueOn)))
        : [];
      for (const a of activities) {
        if (!a.dueOn || a.status === 'dropped') continue;
        events.push({
          uid: `activity-${a.id}@nastavnik`,
          date: a.dueOn,
          summary: `${kindWords[a.kind] ?? 'Мероприятие'}: ${a.title}`,
          description: [a.expectedResult, a.responsible ? `Ответственный: ${a.responsible}` : null]
            .filter(Boolean)
            .join('\n'),
        });
      }
      for (const p of mine) {
        events.push({
          uid: `program-end-${p.id}@nastavnik`,
          date: p.endsOn,
          summary: 'Окончание программы наставничества',
          description: p.goals,
        });
      }
    }
  }
  events.sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid));
  return buildCalendar('Наставничество', events, now);
}
