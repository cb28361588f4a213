// Personalized mentoring programs (Regulation §1.3, §5, §7): one program for a pair or group, its
// term, goals and forms, and its life recorded event by event. The participants and their
// agreement live on the program (the group's people when it was drafted; a replaced mentor stays in
// the events), so the machine's state is read from one row.
import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/auth-tables.js';
import { groups } from '../groups/groups-table.js';
import { orders } from '../orders/orders-table.js';
import { organizations } from '../organizations/organizations-table.js';
import type { Participant, ProgramStatus } from './lifecycle.js';
import type {
  ActivityKind,
  ActivityStatus,
  JournalKind,
  ProgramChangeAction,
  ProgramChangeRequest,
  ProgramOutcome,
} from './program-contract.js';

export const programs = pgTable(
  'programs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    groupId: uuid('group_id')
      .notNull()
      .references(() => groups.id, { onDelete: 'restrict' }),
    status: text('status').$type<ProgramStatus>().notNull().default('draft'),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    /** Catalogue ids of the mentee's difficulties the program addresses. */
    difficulties: uuid('difficulties').array().notNull().default(sql`'{}'::uuid[]`),
    goals: text('goals').notNull(),
    expectedResults: text('expected_results'),
    strengths: text('strengths'),
    forms: text('forms').array().notNull().default(sql`'{}'::text[]`),
    participants: jsonb('participants').$type<Participant[]>().notNull(),
    /** The program's results and each participant's own assessment, for the completion report. */
    outcome: jsonb('outcome').$type<ProgramOutcome>(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('programs_org_status_idx').on(t.orgId, t.status),
    index('programs_org_group_idx').on(t.orgId, t.groupId),
  ],
);

/** Every change of a program: who, when, what and why, with the values before and after. */
export const programEvents = pgTable(
  'program_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    action: text('action').notNull(),
    reason: text('reason'),
    note: text('note'),
    before: jsonb('before').$type<Record<string, unknown>>(),
    after: jsonb('after').$type<Record<string, unknown>>(),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    actorName: text('actor_name').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('program_events_org_program_idx').on(t.orgId, t.programId, t.at)],
);

export type ProgramRow = typeof programs.$inferSelect;
export type ProgramEventRow = typeof programEvents.$inferSelect;

/** The plan: what is to be done, by when, by whom, with what result, and how it went. */
export const programActivities = pgTable(
  'program_activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    kind: text('kind').$type<ActivityKind>().notNull(),
    dueOn: date('due_on', { mode: 'string' }),
    responsible: text('responsible'),
    expectedResult: text('expected_result'),
    status: text('status').$type<ActivityStatus>().notNull().default('planned'),
    evidence: text('evidence'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('program_activities_org_program_idx').on(t.orgId, t.programId, t.position)],
);

export type ProgramActivityRow = typeof programActivities.$inferSelect;

/**
 * The journal of a program (§4.1, §5): meetings, lesson observations with their form, consultations,
 * assignments the mentor gives and checks, and the time spent. Both sides write; the curator reads.
 */
export const programJournal = pgTable(
  'program_journal',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<JournalKind>().notNull(),
    happenedOn: date('happened_on', { mode: 'string' }).notNull(),
    minutes: integer('minutes'),
    summary: text('summary').notNull(),
    /** A lesson observation's form: class, topic, what went well, what to work on. */
    observation: jsonb('observation').$type<Record<string, string>>(),
    /** An assignment: what was asked, and the mentor's check (when, result). */
    assignment: jsonb('assignment').$type<{ task: string; checkedOn: string | null; result: string | null }>(),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    authorName: text('author_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('program_journal_org_program_idx').on(t.orgId, t.programId, t.happenedOn)],
);

export type ProgramJournalRow = typeof programJournal.$inferSelect;

/**
 * A participant's request about their program: the mentee's petition to replace the mentor (§5.1)
 * or the mentor's request to be released (§4.1). The curator decides; replacing the mentor is then
 * a transition of the program.
 */
export const programRequests = pgTable(
  'program_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<'replace-mentor' | 'release'>().notNull(),
    /** The participant's bank entry. */
    participantId: uuid('participant_id').notNull(),
    reason: text('reason').notNull(),
    status: text('status').$type<'pending' | 'accepted' | 'declined'>().notNull().default('pending'),
    authorName: text('author_name').notNull(),
    decidedByName: text('decided_by_name'),
    decisionNote: text('decision_note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [index('program_requests_org_program_idx').on(t.orgId, t.programId, t.status)],
);

export type ProgramRequestRow = typeof programRequests.$inferSelect;

/**
 * A change of a running program that needs the director's order (the pair was fixed by one, §6.2):
 * an extension, a change of mentor or an early end. It waits, tied to its draft order, and applies
 * when that order is signed; a deleted draft withdraws it.
 */
export const programChanges = pgTable(
  'program_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    programId: uuid('program_id')
      .notNull()
      .references(() => programs.id, { onDelete: 'cascade' }),
    /** The draft order that will apply it; null once that draft is deleted. */
    orderId: uuid('order_id').references(() => orders.id, { onDelete: 'set null' }),
    action: text('action').$type<ProgramChangeAction>().notNull(),
    /** The transition as it was asked for: new end, new mentor and who asked, reason, note. */
    request: jsonb('request').$type<ProgramChangeRequest>().notNull(),
    status: text('status').$type<'pending' | 'applied' | 'withdrawn'>().notNull().default('pending'),
    requestedBy: uuid('requested_by').references(() => users.id, { onDelete: 'set null' }),
    requestedByName: text('requested_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    settledAt: timestamp('settled_at', { withTimezone: true }),
  },
  (t) => [
    index('program_changes_org_program_idx').on(t.orgId, t.programId, t.status),
    index('program_changes_org_order_idx').on(t.orgId, t.orderId),
  ],
);

export type ProgramChangeRow = typeof programChanges.$inferSelect;
