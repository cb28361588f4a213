// What the e-mail reminders have sent: one row per recipient, topic and day, claimed before the
// letter goes out. The unique key makes the claim atomic, so two instances of the server running
// the same daily round never send the same letter twice; a failed send keeps its error.
import { date, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organizations } from '../organizations/organizations-table.js';

export const mailDeliveries = pgTable(
  'mail_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    /** The address written to, as the staff registry had it. */
    recipient: text('recipient').notNull(),
    /** What the letter is about, e.g. `program-digest`. */
    topic: text('topic').notNull(),
    /** The day of the round that sent it. */
    day: date('day', { mode: 'string' }).notNull(),
    status: text('status').$type<'claimed' | 'sent' | 'failed'>().notNull().default('claimed'),
    error: text('error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('mail_deliveries_org_recipient_topic_day_key').on(t.orgId, t.recipient, t.topic, t.day),
    index('mail_deliveries_org_day_idx').on(t.orgId, t.day),
  ],
);

export type MailDeliveryRow = typeof mailDeliveries.$inferSelect;
