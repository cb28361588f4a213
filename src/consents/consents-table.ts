// Written consents of staff members (152-ФЗ and the Regulation): who gave which consent, when, and
// who recorded it; a withdrawal is a date on the same row, so the history stays whole.
import { sql } from 'drizzle-orm';
import { customType, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
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

/** A custom column type for file contents: `bytea` in both PGlite and PostgreSQL. */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

/**
 * The scanned copy of a signed consent (one per consent; a new upload replaces it). Kept apart from
 * the consent row so that lists never read the file, and kept after a withdrawal: the signed paper
 * is the evidence that processing was lawful while the consent stood.
 */
export const consentScans = pgTable(
  'consent_scans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    consentId: uuid('consent_id')
      .notNull()
      .references(() => consents.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id, { onDelete: 'set null' }),
    uploadedByName: text('uploaded_by_name').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('consent_scans_org_consent_key').on(t.orgId, t.consentId)],
);

export type ConsentScanRow = typeof consentScans.$inferSelect;
