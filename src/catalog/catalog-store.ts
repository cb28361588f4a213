// Reading and writing the catalogue; the first read of an organization that has never had one fills
// it with the default entries, so schools made in any way (wizard, admin, import) start equal.
import { and, asc, count, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { type Actor, recordAudit, systemActor } from '../audit/record-audit.js';
import type { Db } from '../db/client.js';
import { AppError, notFound } from '../errors/app-error.js';
import type { TenantContext } from '../http/tenancy.js';
import type { Difficulty, DifficultyData } from './catalog-contract.js';
import { defaultDifficulties } from './default-difficulties.js';
import { type DifficultyRow, difficulties } from './difficulties-table.js';

export function presentDifficulty(row: DifficultyRow): Difficulty {
  return { id: row.id, name: row.name, group: row.group, archived: row.archivedAt !== null, version: row.version };
}

const snapshot = (row: DifficultyRow) => ({ name: row.name, group: row.group, archived: row.archivedAt !== null });

/** Fills an empty catalogue with the defaults; does nothing when the organization has any entry. */
export async function ensureCatalog(db: Db, orgId: string, actor: Actor = systemActor): Promise<void> {
  const [existing] = await db.select({ n: count() }).from(difficulties).where(eq(difficulties.orgId, orgId));
  if ((existing?.n ?? 0) > 0) return;
  await db.transaction(async (tx) => {
    const values = defaultDifficulties.flatMap((g) =>
      g.items.map((name, i) => ({ orgId, group: g.group, name, position: i + 1 })),
    );
    // Two first reads at once: the unique key lets the second insert quietly add nothing.
    const rows = await tx.insert(difficulties).values(values).onConflictDoNothing().returning({ id: difficulties.id });
    if (rows.length === 0) return;
    await recordAudit(tx, actor, {
      orgId,
      entity: 'difficulty',
      entityId: orgId,
      action: 'seed',
      after: { entries: rows.length },
      reason: 'Начальное заполнение каталога затруднений',
    });
  });
}

export async function listDifficulties(db: Db, orgId: string, archived: boolean | undefined): Promise<DifficultyRow[]> {
  await ensureCatalog(db, orgId);
  const where = [eq(difficulties.orgId, orgId)];
  if (archived !== undefined)
    where.push(archived ? isNotNull(difficulties.archivedAt) : isNull(difficulties.archivedAt));
  return db
    .select()
    .from(difficulties)
    .where(and(...where))
    .orderBy(asc(difficulties.group), asc(difficulties.position), asc(difficulties.name));
}

async function nameTaken(db: Db, orgId: string, data: DifficultyData, exceptId: string | null): Promise<boolean> {
  const rows = await db
    .select({ id: difficulties.id })
    .from(difficulties)
    .where(and(eq(difficulties.orgId, orgId), eq(difficulties.group, data.group), eq(difficulties.name, data.name)));
  return rows.some((r) => r.id !== exceptId);
}

export async function createDifficulty(
  db: Db,
  ctx: TenantContext,
  data: DifficultyData,
  reason: string | null,
): Promise<DifficultyRow> {
  await ensureCatalog(db, ctx.orgId);
  return db.transaction(async (tx) => {
    if (await nameTaken(tx, ctx.orgId, data, null)) throw new AppError('DUPLICATE_ENTRY');
    const [last] = await tx
      .select({ max: sql<number>`coalesce(max(${difficulties.position}), 0)` })
      .from(difficulties)
      .where(and(eq(difficulties.orgId, ctx.orgId), eq(difficulties.group, data.group)));
    const [row] = await tx
      .insert(difficulties)
      .values({ ...data, orgId: ctx.orgId, position: Number(last?.max ?? 0) + 1 })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, ctx.actor, {
      orgId: ctx.orgId,
      entity: 'difficulty',
      entityId: row.id,
      action: 'create',
      after: snapshot(row),
      reason,
    });
    return row;
  });
}

export async function updateDifficulty(
  db: Db,
  ctx: TenantContext,
  id: string,
  data: DifficultyData & { archived?: boolean | undefined },
  version: number,
  reason: string | null,
): Promise<DifficultyRow> {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(difficulties)
      .where(and(eq(difficulties.orgId, ctx.orgId), eq(difficulties.id, id)))
      .for('update');
    if (!before) throw notFound();
    if (before.version !== version) {
      throw new AppError('STALE_VERSION', { params: { sent: version, current: before.version } });
    }
    if (await nameTaken(tx, ctx.orgId, data, id)) throw new AppError('DUPLICATE_ENTRY');
    const archivedAt =
      data.archived === undefined ? before.archivedAt : data.archived ? (before.archivedAt ?? new Date()) : null;
    const [after] = await tx
      .update(difficulties)
      .set({
        name: data.name,
        group: data.group,
        archivedAt,
        version: sql`${difficulties.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(and(eq(difficulties.orgId, ctx.orgId), eq(difficulties.id, id)))
      .returning();
    if (!after) throw notFound();
    const action =
      before.archivedAt === null && after.archivedAt !== null
        ? 'archive'
        : before.archivedAt !== null && after.archivedAt === null
          ? 'restore'
          : 'update';
    await recordAudit(tx, ctx.actor, {
      orgId: ctx.orgId,
      entity: 'difficulty',
      entityId: id,
      action,
      before: snapshot(before),
      after: snapshot(after),
      reason,
    });
    return after;
  });
}

/** The ids among `ids` that are not entries of this organization's catalogue. */
export async function unknownDifficultyIds(db: Db, orgId: string, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: difficulties.id })
    .from(difficulties)
    .where(and(eq(difficulties.orgId, orgId), inArray(difficulties.id, [...ids])));
  const known = new Set(rows.map((r) => r.id));
  return ids.filter((id) => !known.has(id));
}
