// The one helper through which every domain write leaves its trace, inside the caller's
// transaction: if the audit row cannot be written, the change is rolled back with it.
import type { Db } from '../db/client.js';
import { auditEvents } from './audit-table.js';

export interface Actor {
  userId: string | null;
  name: string;
}

export const systemActor: Actor = { userId: null, name: 'Система' };

export interface AuditEntry {
  orgId: string;
  entity: string;
  entityId: string;
  action: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  reason?: string | null;
}

function auditRow(actor: Actor, entry: AuditEntry) {
  return {
    orgId: entry.orgId,
    actorUserId: actor.userId,
    actorName: actor.name,
    entity: entry.entity,
    entityId: entry.entityId,
    action: entry.action,
    before: entry.before ?? null,
    after: entry.after ?? null,
    reason: entry.reason ?? null,
  };
}

export async function recordAudit(tx: Db, actor: Actor, entry: AuditEntry): Promise<void> {
  await tx.insert(auditEvents).values(auditRow(actor, entry));
}

/** Many entries in one statement, for bulk writes (an import of thousands of rows). */
export async function recordAudits(tx: Db, actor: Actor, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await tx.insert(auditEvents).values(entries.map((e) => auditRow(actor, e)));
}
