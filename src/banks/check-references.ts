// The ids a bank entry holds must name things of the same organization: catalogue entries, and
// open entries of the other bank. A wrong id is the caller's mistake (422 naming the field).
import { and, eq, inArray } from 'drizzle-orm';
import { unknownDifficultyIds } from '../catalog/catalog-store.js';
import type { Db } from '../db/client.js';
import { AppError, type FieldError } from '../errors/app-error.js';
import { isOpenEntry, mentees, mentors } from './banks-table.js';

async function unknownOpen(
  tx: Db,
  table: typeof mentees | typeof mentors,
  orgId: string,
  ids: readonly string[],
): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await tx
    .select({ id: table.id })
    .from(table)
    .where(and(eq(table.orgId, orgId), inArray(table.id, [...ids]), isOpenEntry(table.status)));
  const known = new Set(rows.map((r) => r.id));
  return ids.filter((id) => !known.has(id));
}

export async function checkReferences(
  tx: Db,
  orgId: string,
  refs: { difficulties?: string[]; competences?: string[]; mentorIds?: string[]; menteeIds?: string[] },
): Promise<void> {
  const errors: FieldError[] = [];
  const bad = async (
    field: string,
    ids: string[] | undefined,
    find: (ids: string[]) => Promise<string[]>,
    message: string,
  ) => {
    if (!ids?.length) return;
    const unknown = new Set(await find(ids));
    ids.forEach((id, i) => {
      if (unknown.has(id))
        errors.push({ path: field === 'difficulties' ? `${field}.${i}.id` : `${field}.${i}`, message });
    });
  };
  await bad('difficulties', refs.difficulties, (ids) => unknownDifficultyIds(tx, orgId, ids), 'v.unknownDifficulty');
  await bad('competences', refs.competences, (ids) => unknownDifficultyIds(tx, orgId, ids), 'v.unknownDifficulty');
  await bad('preferredMentorIds', refs.mentorIds, (ids) => unknownOpen(tx, mentors, orgId, ids), 'v.unknownMentor');
  await bad('preferredMenteeIds', refs.menteeIds, (ids) => unknownOpen(tx, mentees, orgId, ids), 'v.unknownMentee');
  if (errors.length > 0) throw new AppError('VALIDATION_FAILED', { errors });
}
