// Reading surveys: the people who run them see every one; everyone else sees the open ones
// addressed to them, so a teacher's list is "what I am asked to fill in".
import { and, desc, eq, lt, or, type SQL } from 'drizzle-orm';
import { can } from '../auth/policy.js';
import type { Db } from '../db/client.js';
import { notFound } from '../errors/app-error.js';
import type { TenantContext } from '../http/tenancy.js';
import { decodeCursor, encodeCursor } from '../shared/cursor.js';
import { inAudience, respondentOf } from './audience.js';
import type { Survey, SurveyKind, SurveyStatus } from './survey-contract.js';
import { type SurveyRow, surveys } from './surveys-table.js';

export function presentSurvey(row: SurveyRow): Survey {
  return {
    id: row.id,
    title: row.title,
    kind: row.kind,
    anonymous: row.anonymous,
    opensOn: row.opensOn,
    closesOn: row.closesOn,
    audience: row.audience,
    status: row.status,
    questions: row.questions,
    version: row.version,
  };
}

export async function findSurvey(db: Db, orgId: string, id: string): Promise<SurveyRow> {
  const [row] = await db
    .select()
    .from(surveys)
    .where(and(eq(surveys.orgId, orgId), eq(surveys.id, id)));
  if (!row) throw notFound();
  return row;
}

/** A survey as the caller may see it: not addressed to a respondent means not there (404). */
export async function getSurvey(db: Db, ctx: TenantContext, id: string): Promise<SurveyRow> {
  const row = await findSurvey(db, ctx.orgId, id);
  if (can(ctx.roles, 'survey', 'results')) return row;
  if (row.status === 'draft' || !inAudience(row.audience, await respondentOf(db, ctx))) throw notFound();
  return row;
}

interface ListQuery {
  limit: number;
  cursor?: string | undefined;
  status?: SurveyStatus | undefined;
  kind?: SurveyKind | undefined;
}

export async function listSurveys(db: Db, ctx: TenantContext, query: ListQuery) {
  const seesAll = can(ctx.roles, 'survey', 'results');
  const where: SQL[] = [eq(surveys.orgId, ctx.orgId)];
  if (query.kind) where.push(eq(surveys.kind, query.kind));
  if (!seesAll) where.push(eq(surveys.status, 'open'));
  else if (query.status) where.push(eq(surveys.status, query.status));
  if (query.cursor) {
    const [c, i] = decodeCursor(query.cursor, ['string', 'string']) as [string, string];
    const at = new Date(c);
    const older = or(lt(surveys.createdAt, at), and(eq(surveys.createdAt, at), lt(surveys.id, i)));
    if (older) where.push(older);
  }
  const rows = await db
    .select()
    .from(surveys)
    .where(and(...where))
    .orderBy(desc(surveys.createdAt), desc(surveys.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  const nextCursor = rows.length > query.limit && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null;
  const who = seesAll ? null : await respondentOf(db, ctx);
  const items = who ? page.filter((r) => inAudience(r.audience, who)) : page;
  return { items, nextCursor };
}
