// A survey's life: drafted (and edited while a draft), opened for answers, closed. Each step is one
// transaction with its audit row; edits and transitions compare the version the client read.
import { and, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.js';
import type { Db } from '../db/client.js';
import { AppError, notFound } from '../errors/app-error.js';
import type { TenantContext } from '../http/tenancy.js';
import type { SurveyData, SurveyStatus } from './survey-contract.js';
import { type SurveyRow, surveys } from './surveys-table.js';

export function surveySnapshot(row: SurveyRow): Record<string, unknown> {
  return {
    title: row.title,
    kind: row.kind,
    anonymous: row.anonymous,
    opensOn: row.opensOn,
    closesOn: row.closesOn,
    audience: row.audience,
    status: row.status,
    questions: row.questions.length,
  };
}

export async function createSurvey(db: Db, ctx: TenantContext, data: SurveyData): Promise<SurveyRow> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(surveys)
      .values({ ...data, orgId: ctx.orgId })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, ctx.actor, {
      orgId: ctx.orgId,
      entity: 'survey',
      entityId: row.id,
      action: 'create',
      after: surveySnapshot(row),
    });
    return row;
  });
}

async function lockSurvey(tx: Db, orgId: string, id: string, version: number): Promise<SurveyRow> {
  const [row] = await tx
    .select()
    .from(surveys)
    .where(and(eq(surveys.orgId, orgId), eq(surveys.id, id)))
    .for('update');
  if (!row) throw notFound();
  if (row.version !== version) throw new AppError('STALE_VERSION', { params: { sent: version, current: row.version } });
  return row;
}

export async function updateSurvey(
  db: Db,
  ctx: TenantContext,
  id: string,
  data: SurveyData,
  version: number,
): Promise<SurveyRow> {
  return db.transaction(async (tx) => {
    const before = await lockSurvey(tx, ctx.orgId, id, version);
    // Answers already given must keep meaning what they meant, so only a draft changes.
    if (before.status !== 'draft') throw new AppError('SURVEY_NOT_DRAFT');
    const [after] = await tx
      .update(surveys)
      .set({ ...data, version: sql`${surveys.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(surveys.orgId, ctx.orgId), eq(surveys.id, id)))
      .returning();
    if (!after) throw notFound();
    await recordAudit(tx, ctx.actor, {
      orgId: ctx.orgId,
      entity: 'survey',
      entityId: id,
      action: 'update',
      before: surveySnapshot(before),
      after: surveySnapshot(after),
    });
    return after;
  });
}

const transitions = {
  open: { from: 'draft', to: 'open' },
  close: { from: 'open', to: 'closed' },
} as const satisfies Record<string, { from: SurveyStatus; to: SurveyStatus }>;

export async function moveSurvey(
  db: Db,
  ctx: TenantContext,
  id: string,
  action: keyof typeof transitions,
  version: number,
  reason: string | null,
): Promise<SurveyRow> {
  const { from, to } = transitions[action];
  return db.transaction(async (tx) => {
    const before = await lockSurvey(tx, ctx.orgId, id, version);
    if (before.status !== from) {
      throw new AppError('SURVEY_STATUS_CONFLICT', { params: { status: before.status, allowed: from } });
    }
    const [after] = await tx
      .update(surveys)
      .set({ status: to, version: sql`${surveys.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(surveys.orgId, ctx.orgId), eq(surveys.id, id)))
      .returning();
    if (!after) throw notFound();
    await recordAudit(tx, ctx.actor, {
      orgId: ctx.orgId,
      entity: 'survey',
      entityId: id,
      action,
      before: surveySnapshot(before),
      after: surveySnapshot(after),
      reason,
    });
    return after;
  });
}
