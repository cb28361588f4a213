// The staff registry: teaching employees of an organization, the pool of mentors and mentees.
import { sql } from 'drizzle-orm';
import { date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organizations } from '../organizations/organizations-table.js';
import type { QualificationCategory } from './staff-contract.js';

export const staff = pgTable(
  'staff',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    lastName: text('last_name').notNull(),
    firstName: text('first_name').notNull(),
    middleName: text('middle_name'),
    birthDate: date('birth_date', { mode: 'string' }),
    position: text('position').notNull(),
    subjects: text('subjects').array().notNull().default(sql`'{}'::text[]`),
    hiredOn: date('hired_on', { mode: 'string' }),
    teachingSince: integer('teaching_since'),
    qualificationCategory: text('qualification_category').$type<QualificationCategory>().notNull().default('none'),
    email: text('email'),
    phone: text('phone'),
    /** The employment contract the art. 351.8 agreement supplements: its number and date. */
    employmentContractNumber: text('employment_contract_number'),
    employmentContractDate: date('employment_contract_date', { mode: 'string' }),
    /** Normalised «surname name patronymic», the sort and paging key. */
    sortName: text('sort_name').notNull(),
    /** Normalised names, position and subjects: what search looks in (ё read as е). */
    searchText: text('search_text').notNull(),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('staff_org_sort_idx').on(t.orgId, t.sortName, t.id), index('staff_org_email_idx').on(t.orgId, t.email)],
);

export type StaffRow = typeof staff.$inferSelect;
