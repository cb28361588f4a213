// The history of changes as the API returns it.
import { z } from 'zod';
import { listQuery } from '../http/common-contract.js';

export const auditChangeSchema = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() });

export const auditEventSchema = z
  .object({
    id: z.string(),
    at: z.string(),
    actor: z.object({ id: z.string().nullable(), name: z.string() }),
    entity: z.string(),
    entityId: z.string(),
    action: z.string(),
    reason: z.string().nullable(),
    changes: z.array(auditChangeSchema),
  })
  .meta({ id: 'AuditEvent' });
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditQuery = listQuery.extend({
  entity: z.string().trim().max(50).optional(),
  entityId: z.uuid().optional(),
});
