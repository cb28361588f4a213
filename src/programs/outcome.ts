// A program's results and the participants' self-assessments (§5, §7; the completion report). The
// mentor writes the results and their own assessment, each mentee their own; the curator or the
// director may write any of them, e.g. from a paper report. Each save is a program event.
import { and, eq, sql } from 'drizzle-orm';
import { can } from '../auth/policy.js';
import type { Db } from '../db/client.js';
import { AppError, notFound } from '../errors/app-error.js';
import { callerEntries } from '../groups/group-access.js';
import type { TenantContext } from '../http/tenancy.js';
import type { ProgramOutcome, ProgramOutcomeInput } from './program-contract.js';
import { logEvent } from './program-log.js';
import { type ProgramRow, programs } from './programs-table.js';

/** Statuses in which there is something to sum up. */
const openFor = new Set(['active', 'completed', 'terminated']);

export async function saveOutcome(
  db: Db,
  ctx: TenantContext,
  id: string,
  input: ProgramOutcomeInput,
  version: number | undefined,
): Promise<ProgramRow> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(programs)
      .where(and(eq(programs.orgId, ctx.orgId), eq(programs.id, id)))
      .for('update');
    if (!row) throw notFound();
    if (version !== undefined && version !== row.version) {
      throw new AppError('STALE_VERSION', { params: { sent: version, current: row.version } });
    }
    if (!openFor.has(row.status)) {
      throw new AppError('PROGRAM_ACTION_NOT_ALLOWED', {
        params: { action: 'outcome', status: row.status, allowed: '—' },
      });
    }
    const manages = can(ctx.roles, 'program', 'manage');
    const mine = manages ? new Set<string>() : await callerEntries(tx, ctx);
    const mentorId = row.participants.find((p) => p.role === 'mentor')?.id;
    const isMentor = mentorId !== undefined && mine.has(mentorId);
    if (!manages && !row.participants.some((p) => mine.has(p.id))) throw new AppError('FORBIDDEN');
    if (input.results !== undefined && !manages && !isMentor) throw new AppError('FORBIDDEN');
    input.assessments.forEach((a, i) => {
      if (!row.participants.some((p) => p.id === a.participantId))
        throw new AppError('VALIDATION_FAILED', {
          errors: [{ path: `assessments.${i}.participantId`, message: 'v.notParticipant' }],
        });
      if (!manages && !mine.has(a.participantId)) throw new AppError('FORBIDDEN');
    });
    const before: ProgramOutcome = {
      results: row.outcome?.results ?? null,
      assessments: row.outcome?.assessments ?? {},
    };
    const assessments = { ...before.assessments };
    for (const a of input.assessments) {
      if (a.text) assessments[a.participantId] = a.text;
      else delete assessments[a.participantId];
    }
    const after: ProgramOutcome = {
      results: input.results === undefined ? before.results : input.results || null,
      assessments,
    };
    const [saved] = await tx
      .update(programs)
      .set({ outcome: after, version: sql`${programs.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(programs.orgId, ctx.orgId), eq(programs.id, id)))
      .returning();
    if (!saved) throw notFound();
    await logEvent(tx, ctx, id, { action: 'outcome', before: { outcome: before }, after: { outcome: after } });
    return saved;
  });
}
