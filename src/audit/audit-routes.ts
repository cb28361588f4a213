// The organization's journal of changes.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listOf, orgParam } from '../http/common-contract.js';
import { errors } from '../http/route-helpers.js';
import { orgContext } from '../http/tenancy.js';
import { auditEventSchema, auditQuery } from './audit-contract.js';
import { listAudit } from './list-audit.js';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/orgs/:orgId/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Журнал изменений: кто, когда, что и почему (?entity=&entityId=)',
        params: orgParam,
        querystring: auditQuery,
        response: { 200: listOf(auditEventSchema), ...errors },
      },
    },
    async (request) => {
      const ctx = orgContext(request, request.params.orgId, 'audit', 'read');
      return listAudit(app.deps.db, ctx.orgId, request.query);
    },
  );
};
