// The two banks of the Regulation: mentees (who need help, with what) and mentors (who can help,
// in what, how many). Each entry stands on a staff member; entries that left the bank keep their
// rows (status `withdrawn` or `removed`) so that later programs and the journal can refer to them.
import { type SQL, sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { organizations } from '../organizations/organizations-table.js';
import { staff } from '../staff/staff-table.js';
import type { MenteeCategory, MenteeDifficulty, MenteeStatus, MentorForm, MentorStatus } from './bank-contract.js';

/** Statuses of entries that left a bank: one person may then be added again. */
const closed = sql`status in ('withdrawn', 'removed')`;

export const mentees = pgTable(
  'mentees',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staff.id, { onDelete: 'cascade' }),
    category: text('category').$type<MenteeCategory>().notNull(),
    difficulties: jsonb('difficulties').$type<MenteeDifficulty[]>().notNull().default([]),
    request: text('request'),
    preferredForms: text('preferred_forms').array().$type<MentorForm[]>().notNull().default(sql`'{}'::text[]`),
    preferredMentorIds: uuid('preferred_mentor_ids').array().notNull().default(sql`'{}'::uuid[]`),
    status: text('status').$type<MenteeStatus>().notNull().default('searching'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('mentees_org_staff_open_key').on(t.orgId, t.staffId).where(sql`not (${closed})`),
    index('mentees_org_status_idx').on(t.orgId, t.status),
  ],
);

export const mentors = pgTable(
  'mentors',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staff.id, { onDelete: 'cascade' }),
    competences: uuid('competences').array().notNull().default(sql`'{}'::uuid[]`),
    subjects: text('subjects').array().notNull().default(sql`'{}'::text[]`),
    capacity: integer('capacity').notNull(),
    availability: text('availability'),
    forms: text('forms').array().$type<MentorForm[]>().notNull().default(sql`'{}'::text[]`),
    preferredMenteeIds: uuid('preferred_mentee_ids').array().notNull().default(sql`'{}'::uuid[]`),
    status: text('status').$type<MentorStatus>().notNull().default('available'),
    /**
     * The director's order that appointed the mentor (§3.3), set when it is signed. The order is
     * named by id and number without a foreign key: backups restore the banks before the orders.
     */
    appointedOrderId: uuid('appointed_order_id'),
    appointedOrderNumber: text('appointed_order_number'),
    appointedOn: date('appointed_on', { mode: 'string' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('mentors_org_staff_open_key').on(t.orgId, t.staffId).where(sql`not (${closed})`),
    index('mentors_org_status_idx').on(t.orgId, t.status),
  ],
);

/** An entry still in its bank (not withdrawn, not removed). */
export function isOpenEntry(status: AnyPgColumn): SQL {
  return sql`${status} not in ('withdrawn', 'removed')`;
}

export type MenteeRow = typeof mentees.$inferSelect;
export type MentorRow = typeof mentors.$inferSelect;
