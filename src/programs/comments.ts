// The mentee takes part in drafting the program (§5.1): while it is a draft, each participant — and
// the curator — may leave a remark on it. A remark is a step of the program's history, so it keeps
// who wrote it and when, and the curator sees it beside the agreements.
import { and, eq } from 'drizzle-orm';
import { can } from '../auth/policy.js';
import type { Db } from '../db/client.js';
import { AppError, notFound } from '../errors/app-error.js';
import { callerEntries } from '../groups/group-access.js';
import type { TenantContext } from '../http/tenancy.js';
import { logEvent } from './program-log.js';
import { type ProgramEventRow, programs } from './programs-table.js';

export async function addComment(
  db: Db,
  ctx: TenantContext,
  programId: string,
  text: string,
): Promise<ProgramEventRow> {
  return db.transaction(async (tx) => {
    const [program] = await tx
      .select()
      .from(programs)
      .where(and(eq(programs.orgId, ctx.orgId), eq(programs.id, programId)));
    if (!program) throw notFound();
    if (!can(ctx.roles, 'program', 'manage')) {
      const mine = await callerEntries(tx, ctx);
      if (!program.participants.some((p) => mine.has(p.id))) throw new AppError('FORBIDDEN');
    }
    if (program.status !== 'draft') {
      throw new AppError('PROGRAM_ACTION_NOT_ALLOWED', {
        params: { action: 'comment', status: program.status, allowed: '—' },
      });
    }
    return logEvent(tx, ctx, programId, { action: 'comment', note: text });
  });
}
