// Pairs and groups over HTTP: parse → authorize → call → present.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listOf, orgIdParam, orgParam } from '../http/common-contract.js';
import { errors } from '../http/route-helpers.js';
import { expectedVersion, orgContext } from '../http/tenancy.js';
import { createGroup } from './create-group.js';
import { groupScope } from './group-access.js';
import { agreementSchemaIn, groupCreateSchema, groupListQuery, groupSchema } from './group-contract.js';
import { presentGroup } from './group-view.js';
import { getGroup, listGroups } from './list-groups.js';
import { recordAgreement } from './record-agreement.js';

const everything = { all: true, ownStaffId: null };

export const groupRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const tags = ['groups'];

  async function present(orgId: string, id: string) {
    const { group, agreements, host } = await getGroup(db, orgId, everything, id);
    return presentGroup(group, agreements, host);
  }

  app.get(
    '/orgs/:orgId/groups',
    {
      schema: {
        tags,
        summary: 'Пары и группы (наставник и наставляемый видят только свои)',
        params: orgParam,
        querystring: groupListQuery,
        response: { 200: listOf(groupSchema), ...errors },
      },
    },
    async (request) => {
      const ctx = orgContext(request, request.params.orgId, 'group', 'read');
      const scope = await groupScope(db, ctx);
      const { items, nextCursor } = await listGroups(db, ctx.orgId, scope, request.query);
      return { items: items.map((g) => presentGroup(g.group, g.agreements, g.host)), nextCursor };
    },
  );

  app.post(
    '/orgs/:orgId/groups',
    {
      schema: {
        tags,
        summary: 'Предложить пару или группу (каждый участник затем даёт согласие)',
        params: orgParam,
        body: groupCreateSchema,
        response: { 201: groupSchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'group', 'create');
      const row = await createGroup(db, ctx, request.body);
      reply.status(201).header('etag', `"${row.version}"`).header('location', `${request.url}/${row.id}`);
      return present(ctx.orgId, row.id);
    },
  );

  app.get(
    '/orgs/:orgId/groups/:id',
    {
      schema: {
        tags,
        summary: 'Пара или группа с решениями участников',
        params: orgIdParam,
        response: { 200: groupSchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'group', 'read');
      const scope = await groupScope(db, ctx);
      const { group, agreements, host } = await getGroup(db, ctx.orgId, scope, request.params.id);
      reply.header('etag', `"${group.version}"`);
      return presentGroup(group, agreements, host);
    },
  );

  app.post(
    '/orgs/:orgId/groups/:id/agreements',
    {
      schema: {
        tags,
        summary: 'Записать решение участника: своё или по подписи на бумаге (отказ — с причиной)',
        params: orgIdParam,
        body: agreementSchemaIn,
        response: { 200: groupSchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'group', 'agree');
      const version = expectedVersion(request, request.body.version);
      const row = await recordAgreement(db, ctx, request.params.id, request.body, version);
      reply.header('etag', `"${row.version}"`);
      return present(ctx.orgId, row.id);
    },
  );
};
