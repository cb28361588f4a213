// Written consents of staff members (152-ФЗ and the Regulation): who gave which consent, when, and
// who recorded it; a withdrawal is a date on the same row, so the history stays whole.
import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/auth-tables.js';
import { organizations } from '../organizations/organizations-table.js';
import { staff } from '../staff/staff-table.js';
import type { ConsentKind } from './consent-contract.js';

export const consents = pgTable(
  'consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    staffId: uuid('staff_id')
      .notNull()
      .references(() => staff.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<ConsentKind>().notNull(),
    givenOn: date('given_on', { mode: 'string' }).notNull(),
    note: text('note'),
    /** For `publication`: the fields the person allows on the website. */
    fields: text('fields').array().notNull().default(sql`'{}'::text[]`),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    recordedByName: text('recorded_by_name').notNull(),
    withdrawnOn: date('withdrawn_on', { mode: 'string' }),
    withdrawReason: text('withdraw_reason'),
    withdrawnBy: uuid('withdrawn_by').references(() => users.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('consents_org_staff_idx').on(t.orgId, t.staffId, t.kind)],
);

export type ConsentRow = typeof consents.$inferSelect;
