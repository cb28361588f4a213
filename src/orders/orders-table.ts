// The register of the director's orders (Regulation §3.1–3.2, §6.2): drafts, signed orders with
// their fixed number and date, and the records each order names. Numbers come from one counter row
// per organization and calendar year, taken under the row's lock inside the signing transaction,
// so concurrent signings queue on it and a rolled-back signing gives its number back.
import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../auth/auth-tables.js';
import { organizations } from '../organizations/organizations-table.js';
import type { OrderContent, OrderKind, OrderLinkEntity, OrderStatus } from './order-contract.js';

export const orders = pgTable(
  'orders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<OrderKind>().notNull(),
    status: text('status').$type<OrderStatus>().notNull().default('draft'),
    title: text('title').notNull(),
    content: jsonb('content').$type<OrderContent>().notNull(),
    /** Fixed on signing: the sequence number within the year and the printed number («187-од»). */
    year: integer('year'),
    seq: integer('seq'),
    number: text('number'),
    signedOn: date('signed_on', { mode: 'string' }),
    signedBy: uuid('signed_by').references(() => users.id, { onDelete: 'set null' }),
    signedByName: text('signed_by_name'),
    /**
     * The signed order that cancelled this one (no foreign key: a backup restores orders in id
     * order, and signed orders are never deleted).
     */
    cancelledBy: uuid('cancelled_by'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdByName: text('created_by_name').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('orders_org_created_idx').on(t.orgId, t.createdAt, t.id),
    index('orders_org_kind_idx').on(t.orgId, t.kind, t.status),
    // The safety net under the counter: one number per organization and year.
    uniqueIndex('orders_org_year_seq_key').on(t.orgId, t.year, t.seq).where(sql`${t.seq} is not null`),
  ],
);

export const orderLinks = pgTable(
  'order_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    orderId: uuid('order_id')
      .notNull()
      .references(() => orders.id, { onDelete: 'cascade' }),
    entity: text('entity').$type<OrderLinkEntity>().notNull(),
    entityId: uuid('entity_id').notNull(),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    uniqueIndex('order_links_org_order_entity_key').on(t.orgId, t.orderId, t.entity, t.entityId),
    index('order_links_org_entity_idx').on(t.orgId, t.entity, t.entityId),
  ],
);

export const orderCounters = pgTable(
  'order_counters',
  {
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    year: integer('year').notNull(),
    lastSeq: integer('last_seq').notNull(),
  },
  (t) => [primaryKey({ columns: [t.orgId, t.year] })],
);

export type OrderRow = typeof orders.$inferSelect;
export type OrderLinkRow = typeof orderLinks.$inferSelect;
