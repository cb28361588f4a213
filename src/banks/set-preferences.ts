// Mutual interest (§6.1): a mentee names the mentors they would like to work with, a mentor names
// the mentees they would take. The curator may set either; a mentee changes only their own entry,
// and a mentor their own, choosing among the mentees who named them — the only ones they can see.
// The write itself is the ordinary update of the entry (same version check, audit and references).
import { and, eq, inArray, sql } from 'drizzle-orm';
import { can } from '../auth/policy.js';
import type { Db } from '../db/client.js';
import { AppError, type FieldError, notFound } from '../errors/app-error.js';
import type { TenantContext } from '../http/tenancy.js';
import { bankScope } from './bank-access.js';
import type { openMenteeStatuses, openMentorStatuses } from './bank-contract.js';
import { isOpenEntry, type MenteeRow, type MentorRow, mentees, mentors } from './banks-table.js';
import { updateMentee } from './write-mentee.js';
import { updateMentor } from './write-mentor.js';

/** True when the caller manages the bank; false when the entry is their own; otherwise refused. */
async function ownOrManaged(db: Db, ctx: TenantContext, bank: 'mentee' | 'mentor', staffId: string) {
  if (can(ctx.roles, bank, 'manage')) return true;
  const scope = await bankScope(db, ctx, bank);
  if (scope.ownStaffId === staffId) return false;
  // Someone else's entry: a mentor may see a mentee who chose them, but never change it.
  throw bank === 'mentee' ? notFound() : new AppError('FORBIDDEN');
}

async function entryOf<T extends typeof mentees | typeof mentors>(db: Db, table: T, orgId: string, id: string) {
  const [row] = await db
    .select()
    .from(table as typeof mentees)
    .where(and(eq(table.orgId, orgId), eq(table.id, id)));
  if (!row) throw notFound();
  return row as unknown as T extends typeof mentees ? MenteeRow : MentorRow;
}

export async function setPreferredMentors(
  db: Db,
  ctx: TenantContext,
  id: string,
  preferredMentorIds: string[],
  version: number,
  reason: string | null,
): Promise<MenteeRow> {
  const row = await entryOf(db, mentees, ctx.orgId, id);
  await ownOrManaged(db, ctx, 'mentee', row.staffId);
  const { category, difficulties, request, preferredForms } = row;
  const status = row.status as (typeof openMenteeStatuses)[number];
  return updateMentee(
    db,
    ctx,
    id,
    { category, difficulties, request, preferredForms, preferredMentorIds, status },
    version,
    reason,
  );
}

export async function setPreferredMentees(
  db: Db,
  ctx: TenantContext,
  id: string,
  preferredMenteeIds: string[],
  version: number,
  reason: string | null,
): Promise<MentorRow> {
  const row = await entryOf(db, mentors, ctx.orgId, id);
  const managed = await ownOrManaged(db, ctx, 'mentor', row.staffId);
  if (!managed && preferredMenteeIds.length > 0) {
    // A mentor answers interest shown: only mentees who named this mentor can be chosen back.
    const named = await db
      .select({ id: mentees.id })
      .from(mentees)
      .where(
        and(
          eq(mentees.orgId, ctx.orgId),
          inArray(mentees.id, preferredMenteeIds),
          isOpenEntry(mentees.status),
          sql`${id} = any(${mentees.preferredMentorIds})`,
        ),
      );
    const ok = new Set(named.map((m) => m.id));
    const errors: FieldError[] = preferredMenteeIds.flatMap((mid, i) =>
      ok.has(mid) ? [] : [{ path: `preferredMenteeIds.${i}`, message: 'v.notChosenBy' }],
    );
    if (errors.length > 0) throw new AppError('VALIDATION_FAILED', { errors });
  }
  const { competences, subjects, capacity, availability, forms } = row;
  const status = row.status as (typeof openMentorStatuses)[number];
  return updateMentor(
    db,
    ctx,
    id,
    { competences, subjects, capacity, availability, forms, preferredMenteeIds, status },
    version,
    reason,
  );
}
