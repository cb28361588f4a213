// Reading answers: those who see results get every answer (without names on anonymous surveys);
// a respondent gets only their own answer, and only where it was stored with their name.
import { and, asc, eq } from 'drizzle-orm';
import { users } from '../auth/auth-tables.js';
import { can } from '../auth/policy.js';
import type { Db } from '../db/client.js';
import type { TenantContext } from '../http/tenancy.js';
import { staff } from '../staff/staff-table.js';
import type { SurveyResponse } from './survey-contract.js';
import { surveyResponses } from './surveys-table.js';

export interface ResponseWithName {
  row: typeof surveyResponses.$inferSelect;
  name: string | null;
}

function nameOf(
  person: { lastName: string; firstName: string; middleName: string | null } | null,
  account: string | null,
) {
  if (person) return [person.lastName, person.firstName, person.middleName].filter(Boolean).join(' ');
  return account;
}

export async function responsesOf(
  db: Db,
  orgId: string,
  surveyId: string,
  userId?: string,
): Promise<ResponseWithName[]> {
  const where = [eq(surveyResponses.orgId, orgId), eq(surveyResponses.surveyId, surveyId)];
  if (userId) where.push(eq(surveyResponses.userId, userId));
  const rows = await db
    .select({
      row: surveyResponses,
      lastName: staff.lastName,
      firstName: staff.firstName,
      middleName: staff.middleName,
      account: users.fullName,
    })
    .from(surveyResponses)
    .leftJoin(staff, and(eq(staff.orgId, surveyResponses.orgId), eq(staff.id, surveyResponses.staffId)))
    .leftJoin(users, eq(users.id, surveyResponses.userId))
    .where(and(...where))
    .orderBy(asc(surveyResponses.submittedOn), asc(surveyResponses.id));
  return rows.map((r) => ({
    row: r.row,
    name: nameOf(
      r.lastName && r.firstName ? { lastName: r.lastName, firstName: r.firstName, middleName: r.middleName } : null,
      r.account,
    ),
  }));
}

export function presentResponse(r: ResponseWithName): SurveyResponse {
  return {
    id: r.row.id,
    surveyId: r.row.surveyId,
    staffId: r.row.staffId,
    respondentName: r.row.userId ? r.name : null,
    answers: r.row.answers,
    appliedAt: r.row.appliedAt ? r.row.appliedAt.toISOString() : null,
  };
}

/** What the caller may read of a survey's answers. */
export async function visibleResponses(db: Db, ctx: TenantContext, surveyId: string): Promise<SurveyResponse[]> {
  const all = can(ctx.roles, 'survey', 'results');
  const rows = await responsesOf(db, ctx.orgId, surveyId, all ? undefined : ctx.principal.userId);
  return rows.map(presentResponse);
}
