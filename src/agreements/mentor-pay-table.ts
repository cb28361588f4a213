// A mentor's own pay for mentoring (Labour Code art. 351.8), where it differs from the
// organization's setting: one row per mentor-bank entry. No row means the organization's pay.
import { integer, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { mentors } from '../banks/banks-table.js';
import { organizations } from '../organizations/organizations-table.js';

export const mentorPay = pgTable(
  'mentor_pay',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    mentorId: uuid('mentor_id')
      .notNull()
      .references(() => mentors.id, { onDelete: 'cascade' }),
    /** Roubles; null leaves the amount blank in the agreement. */
    amount: numeric('amount', { precision: 12, scale: 2, mode: 'number' }),
    unit: text('unit').$type<'month' | 'period'>().notNull(),
    conditions: text('conditions').notNull().default(''),
    version: integer('version').notNull().default(1),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('mentor_pay_org_mentor_key').on(t.orgId, t.mentorId)],
);

export type MentorPayRow = typeof mentorPay.$inferSelect;
