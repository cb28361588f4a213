// Pairs and groups (Regulation §1.4, issue 4): a mentor and one or more mentees, proposed by the
// curator and agreed by each participant. The mentees' ids live on the group row (an array of
// bank entry ids) because they are read together with it everywhere.
//
// Agreements get their own table rather than a jsonb column: each decision is a fact with its own
// author, time and paper flag, recorded one at a time under a row lock; a table lets a unique
// index hold "one decision per participant", lets the visibility query find "groups I am in" by
// index, and lets the programs of a later issue refer to a single signature.
import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/auth-tables.js';
import { mentors } from '../banks/banks-table.js';
import { organizations } from '../organizations/organizations-table.js';
import type { AgreementDecision, GroupForm, GroupStatus, ParticipantRole } from './group-contract.js';

export const groups = pgTable(
  'groups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    mentorId: uuid('mentor_id')
      .notNull()
      .references(() => mentors.id, { onDelete: 'cascade' }),
    menteeIds: uuid('mentee_ids').array().notNull(),
    /** The mentor's school when it is not the group's own (network mentoring); null otherwise. */
    mentorOrgId: uuid('mentor_org_id').references(() => organizations.id, { onDelete: 'restrict' }),
    forms: text('forms').array().$type<GroupForm[]>().notNull().default(sql`'{}'::text[]`),
    status: text('status').$type<GroupStatus>().notNull().default('proposed'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('groups_org_status_idx').on(t.orgId, t.status), index('groups_org_mentor_idx').on(t.orgId, t.mentorId)],
);

export const groupAgreements = pgTable(
  'group_agreements',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    /** A bank entry id: the mentor's (role `mentor`) or a mentee's (role `mentee`). */
    participantId: uuid('participant_id').notNull(),
    role: text('role').$type<ParticipantRole>().notNull(),
    decision: text('decision').$type<AgreementDecision>().notNull().default('pending'),
    reason: text('reason'),
    recordedBy: uuid('recorded_by').references(() => users.id, { onDelete: 'set null' }),
    recordedByName: text('recorded_by_name'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }),
    onPaper: boolean('on_paper').notNull().default(false),
  },
  (t) => [
    uniqueIndex('group_agreements_org_group_participant_key').on(t.orgId, t.groupId, t.participantId),
    index('group_agreements_org_participant_idx').on(t.orgId, t.participantId),
  ],
);

export type GroupRow = typeof groups.$inferSelect;
export type AgreementRow = typeof groupAgreements.$inferSelect;
