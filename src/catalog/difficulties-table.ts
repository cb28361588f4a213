// The organization's catalogue of professional difficulties: what mentees name as their needs and
// mentors as their strengths, so that the two banks speak the same words and can be matched.
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organizations } from '../organizations/organizations-table.js';

export const difficulties = pgTable(
  'difficulties',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    group: text('group_name').notNull(),
    name: text('name').notNull(),
    /** Keeps the seeded order inside a group; new entries go to the end. */
    position: integer('position').notNull().default(0),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('difficulties_org_order_idx').on(t.orgId, t.group, t.position),
    // Two entries with the same words in one group would make a mentee's choice ambiguous.
    uniqueIndex('difficulties_org_group_name_key').on(t.orgId, t.group, t.name),
  ],
);

export type DifficultyRow = typeof difficulties.$inferSelect;
