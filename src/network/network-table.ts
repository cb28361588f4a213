// Network mentoring (issue 4, item 5): a group of one school with a mentor of another school
// needs the agreement of the mentor's school. Each such request is a row of the mentor's school
// (the host, whose curator decides), pointing at the group of the mentees' school.
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/auth-tables.js';
import { mentors } from '../banks/banks-table.js';
import type { AgreementDecision } from '../groups/group-contract.js';
import { groups } from '../groups/groups-table.js';
import { organizations } from '../organizations/organizations-table.js';

export const networkRequests = pgTable(
  'network_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The host: the mentor's school, whose curator agrees or declines. */
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    /** The mentees' school, which owns the group. */
    menteeOrgId: uuid('mentee_org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    mentorId: uuid('mentor_id')
      .notNull()
      .references(() => mentors.id, { onDelete: 'cascade' }),
    decision: text('decision').$type<AgreementDecision>().notNull().default('pending'),
    reason: text('reason'),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    recordedByName: text('recorded_by_name'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('network_requests_org_group_key').on(t.orgId, t.groupId),
    index('network_requests_org_decision_idx').on(t.orgId, t.decision, t.createdAt),
    index('network_requests_mentee_org_group_idx').on(t.menteeOrgId, t.groupId),
  ],
);

export type NetworkRequestRow = typeof networkRequests.$inferSelect;
