// An organization's card, its settings and its aggregate figures.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { orgParam } from '../http/common-contract.js';
import { errors } from '../http/route-helpers.js';
import { expectedVersion, orgContext } from '../http/tenancy.js';
import { orgStats } from './org-stats.js';
import { organizationSchema, organizationUpdateSchema, statsSchema } from './organization-contract.js';
import { presentOrganization } from './organization-view.js';
import { getOrganization, updateOrganization } from './update-organization.js';

export const organizationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;

  app.get(
    '/orgs/:orgId',
    {
      schema: {
        tags: ['organizations'],
        summary: 'Реквизиты и настройки организации',
        params: orgParam,
        response: { 200: organizationSchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'organization', 'read');
      const row = await getOrganization(db, ctx.orgId);
      reply.header('etag', `"${row.version}"`);
      return presentOrganization(row);
    },
  );

  app.put(
    '/orgs/:orgId',
    {
      schema: {
        tags: ['organizations'],
        summary: 'Изменить реквизиты и настройки организации',
        params: orgParam,
        body: organizationUpdateSchema,
        response: { 200: organizationSchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'organization', 'update');
      const version = expectedVersion(request, request.body.version);
      const row = await updateOrganization(db, ctx, request.body, version);
      reply.header('etag', `"${row.version}"`);
      return presentOrganization(row);
    },
  );

  app.get(
    '/orgs/:orgId/stats',
    {
      schema: {
        tags: ['organizations'],
        summary: 'Сводные показатели организации и подведомственных школ (без персональных данных)',
        params: orgParam,
        response: { 200: statsSchema, ...errors },
      },
    },
    async (request) => {
      const ctx = orgContext(request, request.params.orgId, 'stats', 'read');
      return orgStats(db, ctx.orgId);
    },
  );
};
