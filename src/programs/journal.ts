// The program's journal: both sides of the pair write what happened (meetings, observed lessons,
// consultations, assignments and their check, time spent); the curator reads. Entries are facts of
// the past and are not rewritten: a correction is a new entry.
import { and, asc, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.js';
import { can } from '../auth/policy.js';
import type { Db } from '../db/client.js';
import { AppError, notFound } from '../errors/app-error.js';
import { callerEntries } from '../groups/group-access.js';
import type { TenantContext } from '../http/tenancy.js';
import { todayIso } from '../shared/dates.js';
import type { JournalInput } from './program-contract.js';
import { type ProgramJournalRow, programJournal, programs } from './programs-table.js';

export function presentJournalEntry(row: ProgramJournalRow) {
  return {
    id: row.id,
    kind: row.kind,
    happenedOn: row.happenedOn,
    minutes: row.minutes,
    summary: row.summary,
    observation: row.observation ?? null,
    assignment: row.assignment ?? null,
    author: row.authorName,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listJournal(db: Db, orgId: string, programId: string): Promise<ProgramJournalRow[]> {
  return db
    .select()
    .from(programJournal)
    .where(and(eq(programJournal.orgId, orgId), eq(programJournal.programId, programId)))
    .orderBy(asc(programJournal.happenedOn), asc(programJournal.createdAt));
}

export async function addJournalEntry(
  db: Db,
  ctx: TenantContext,
  programId: string,
  input: JournalInput,
): Promise<ProgramJournalRow> {
  if (input.happenedOn > todayIso()) {
    throw new AppError('VALIDATION_FAILED', { errors: [{ path: 'happenedOn', message: 'v.dateInFuture' }] });
  }
  return db.transaction(async (tx) => {
    const [program] = await tx
      .select()
      .from(programs)
      .where(and(eq(programs.orgId, ctx.orgId), eq(programs.id, programId)));
    if (!program) throw notFound();
    // The pair writes; the curator and director may too (e.g. from a paper journal).
    if (!can(ctx.roles, 'program', 'manage')) {
      const mine = await callerEntries(tx, ctx);
      if (!program.participants.some((p) => mine.has(p.id))) throw new AppError('FORBIDDEN');
    }
    if (program.status !== 'active') {
      throw new AppError('PROGRAM_ACTION_NOT_ALLOWED', {
        params: { action: 'journal', status: program.status, allowed: '—' },
      });
    }
    const [row] = await tx
      .insert(programJournal)
      .values({
        orgId: ctx.orgId,
        programId,
        kind: input.kind,
        happenedOn: input.happenedOn,
        minutes: input.minutes ?? null,
        summary: input.summary,
        observation: input.observation
          ? Object.fromEntries(
              Object.entries(input.observation).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : [])),
            )
          : null,
        assignment: input.assignment
          ? {
              task: input.assignment.task,
              checkedOn: input.assignment.checkedOn ?? null,
              result: input.assignment.result,
            }
          : null,
        authorId: ctx.actor.userId,
        authorName: ctx.actor.name,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, ctx.actor, {
      orgId: ctx.orgId,
      entity: 'program',
      entityId: programId,
      action: 'journal',
      after: { entryId: row.id, kind: row.kind, happenedOn: row.happenedOn, minutes: row.minutes },
      reason: null,
    });
    return row;
  });
}
