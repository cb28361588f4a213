// In-app reminders to answer a survey: one row per person the curator reminded, shown to them
// until they mark it seen. A reminder names the staff member, and the account when one is linked,
// so it reaches the person whichever way they sign in.
import { index, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/auth-tables.js';
import { organizations } from '../organizations/organizations-table.js';
import { staff } from '../staff/staff-table.js';
import { surveys } from './surveys-table.js';

export const reminders = pgTable(
  'reminders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    staffId: uuid('staff_id').references(() => staff.id, { onDelete: 'cascade' }),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    seenAt: timestamp('seen_at', { withTimezone: true }),
  },
  (t) => [
    index('reminders_org_user_idx').on(t.orgId, t.userId, t.seenAt),
    index('reminders_org_staff_idx').on(t.orgId, t.staffId, t.seenAt),
    index('reminders_org_survey_idx').on(t.orgId, t.surveyId),
  ],
);

export type ReminderRow = typeof reminders.$inferSelect;
