// Questionnaires and their answers. For an anonymous survey the answer row carries no person:
// who has answered lives only in `survey_participations`, a separate mark that stops a second
// answer without linking anyone to what they said.
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../auth/auth-tables.js';
import { organizations } from '../organizations/organizations-table.js';
import { staff } from '../staff/staff-table.js';
import type { Answers, Audience, Question, SurveyKind, SurveyStatus } from './survey-contract.js';

export const surveys = pgTable(
  'surveys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    kind: text('kind').$type<SurveyKind>().notNull(),
    anonymous: boolean('anonymous').notNull().default(false),
    opensOn: date('opens_on', { mode: 'string' }).notNull(),
    closesOn: date('closes_on', { mode: 'string' }).notNull(),
    audience: jsonb('audience').$type<Audience>().notNull().default({}),
    status: text('status').$type<SurveyStatus>().notNull().default('draft'),
    questions: jsonb('questions').$type<Question[]>().notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('surveys_org_status_idx').on(t.orgId, t.status, t.opensOn)],
);

export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    /** Both null on anonymous surveys. */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    staffId: uuid('staff_id').references(() => staff.id, { onDelete: 'set null' }),
    answers: jsonb('answers').$type<Answers>().notNull(),
    /** A day, not an instant: a time next to the participation mark could tell who answered. */
    submittedOn: date('submitted_on', { mode: 'string' }).notNull().default(sql`current_date`),
    appliedAt: timestamp('applied_at', { withTimezone: true }),
  },
  (t) => [
    index('survey_responses_org_survey_idx').on(t.orgId, t.surveyId),
    uniqueIndex('survey_responses_org_survey_user_key').on(t.orgId, t.surveyId, t.userId),
  ],
);

/** "This account has answered": the once-only guard for every survey, anonymous or not. */
export const surveyParticipations = pgTable(
  'survey_participations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: uuid('org_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    surveyId: uuid('survey_id')
      .notNull()
      .references(() => surveys.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    staffId: uuid('staff_id').references(() => staff.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('survey_participations_org_survey_user_key').on(t.orgId, t.surveyId, t.userId)],
);

export type SurveyRow = typeof surveys.$inferSelect;
export type SurveyResponseRow = typeof surveyResponses.$inferSelect;
