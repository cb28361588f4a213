// Reading the journal: one organization's events, newest first, optionally for one record.
import { and, desc, eq, lt, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { decodeCursor, encodeCursor } from '../shared/cursor.js';
import type { AuditEvent } from './audit-contract.js';
import { auditEvents } from './audit-table.js';
import { diffSnapshots } from './diff.js';

export async function listAudit(
  db: Db,
  orgId: string,
  params: { entity?: string | undefined; entityId?: string | undefined; limit: number; cursor?: string | undefined },
): Promise<{ items: AuditEvent[]; nextCursor: string | null }> {
  const where: SQL[] = [eq(auditEvents.orgId, orgId)];
  if (params.entity) where.push(eq(auditEvents.entity, params.entity));
  if (params.entityId) where.push(eq(auditEvents.entityId, params.entityId));
  if (params.cursor) {
    const [id] = decodeCursor(params.cursor, ['number']) as [number];
    where.push(lt(auditEvents.id, id));
  }
  const rows = await db
    .select()
    .from(auditEvents)
    .where(and(...where))
    .orderBy(desc(auditEvents.id))
    .limit(params.limit + 1);
  const page = rows.slice(0, params.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => ({
      id: String(r.id),
      at: r.at.toISOString(),
      actor: { id: r.actorUserId, name: r.actorName },
      entity: r.entity,
      entityId: r.entityId,
      action: r.action,
      reason: r.reason,
      changes: diffSnapshots(r.before, r.after),
    })),
    nextCursor: rows.length > params.limit && last ? encodeCursor([last.id]) : null,
  };
}
