// Participants' requests about their program: the mentee petitions to replace the mentor (§5.1), the
// mentor asks to be released (§4.1). Only a participant files one, for their own role; the curator
// accepts or declines with a note, and acts on an accepted one with the program's own transitions.
import { and, asc, eq, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.js';
import { can } from '../auth/policy.js';
import type { Db } from '../db/client.js';
import { AppError, notFound } from '../errors/app-error.js';
import { callerEntries } from '../groups/group-access.js';
import type { TenantContext } from '../http/tenancy.js';
import { terminalStatuses } from './lifecycle.js';
import { type ProgramRequestRow, programRequests, programs } from './programs-table.js';

export function presentRequest(row: ProgramRequestRow) {
  return {
    id: row.id,
    kind: row.kind,
    participantId: row.participantId,
    reason: row.reason,
    status: row.status,
    author: row.authorName,
    decidedBy: row.decidedByName,
    decisionNote: row.decisionNote,
    createdAt: row.createdAt.toISOString(),
    decidedAt: row.decidedAt ? row.decidedAt.toISOString() : null,
  };
}

export async function listRequests(db: Db, orgId: string, programId: string) {
  return db
    .select()
    .from(programRequests)
    .where(and(eq(programRequests.orgId, orgId), eq(programRequests.programId, programId)))
    .orderBy(asc(programRequests.createdAt));
}

export async function fileRequest(
  db: Db,
  ctx: TenantContext,
  programId: string,
  input: { kind: 'replace-mentor' | 'release'; reason: string },
): Promise<ProgramRequestRow> {
  return db.transaction(async (tx) => {
    const [program] = await tx
      .select()
      .from(programs)
      .where(and(eq(programs.orgId, ctx.orgId), eq(programs.id, programId)));
    if (!program) throw notFound();
    if (terminalStatuses.includes(program.status)) {
      throw new AppError('PROGRAM_ACTION_NOT_ALLOWED', {
        params: { action: input.kind, status: program.status, allowed: '—' },
      });
    }
    // The mentee petitions about their mentor; the mentor asks about themselves.
    const role = input.kind === 'replace-mentor' ? 'mentee' : 'mentor';
    const mine = await callerEntries(tx, ctx);
    const me = program.participants.find((p) => p.role === role && mine.has(p.id));
    if (!me) throw new AppError('FORBIDDEN');
    const [row] = await tx
      .insert(programRequests)
      .values({
        orgId: ctx.orgId,
        programId,
        kind: input.kind,
        participantId: me.id,
        reason: input.reason,
        authorName: ctx.actor.name,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, ctx.actor, {
      orgId: ctx.orgId,
      entity: 'program',
      entityId: programId,
      action: `request-${input.kind}`,
      after: { requestId: row.id, reason: input.reason },
      reason: input.reason,
    });
    return row;
  });
}

export async function decideRequest(
  db: Db,
  ctx: TenantContext,
  programId: string,
  requestId: string,
  input: { decision: 'accepted' | 'declined'; note: string | null },
): Promise<ProgramRequestRow> {
  if (!can(ctx.roles, 'program', 'manage')) throw new AppError('FORBIDDEN');
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(programRequests)
      .where(
        and(
          eq(programRequests.orgId, ctx.orgId),
          eq(programRequests.programId, programId),
          eq(programRequests.id, requestId),
        ),
      )
      .for('update');
    if (!before) throw notFound();
    if (before.status !== 'pending') throw new AppError('PROGRAM_REQUEST_DECIDED');
    const [after] = await tx
      .update(programRequests)
      .set({
        status: input.decision,
        decidedByName: ctx.actor.name,
        decisionNote: input.note,
        decidedAt: sql`now()`,
      })
      .where(and(eq(programRequests.orgId, ctx.orgId), eq(programRequests.id, requestId)))
      .returning();
    if (!after) throw notFound();
    await recordAudit(tx, ctx.actor, {
      orgId: ctx.orgId,
      entity: 'program',
      entityId: programId,
      action: `request-${input.decision}`,
      before: { requestId, status: before.status },
      after: { requestId, status: after.status },
      reason: input.note,
    });
    return after;
  });
}
