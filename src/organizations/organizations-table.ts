// Organizations form a tree: region → municipality → school. Every domain row elsewhere carries
// the id of the organization it belongs to.
import { sql } from 'drizzle-orm';
import { type AnyPgColumn, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { OrgKind, OrgSettings } from './organization-contract.js';

export const organizations = pgTable(
  'organizations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    parentId: uuid('parent_id').references((): AnyPgColumn => organizations.id, { onDelete: 'restrict' }),
    kind: text('kind').$type<OrgKind>().notNull(),
    fullName: text('full_name').notNull(),
    shortName: text('short_name').notNull(),
    address: text('address'),
    locality: text('locality'),
    directorName: text('director_name'),
    directorPosition: text('director_position'),
    orderSuffix: text('order_suffix').notNull().default('од'),
    settings: jsonb('settings').$type<Partial<OrgSettings>>().notNull().default(sql`'{}'::jsonb`),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('organizations_parent_idx').on(t.parentId)],
);

export type OrganizationRow = typeof organizations.$inferSelect;
