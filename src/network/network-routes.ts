// Network mentoring over HTTP: the host school's incoming requests and its answer to each.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listOf, orgIdParam, orgParam } from '../http/common-contract.js';
import { errors } from '../http/route-helpers.js';
import { expectedVersion, orgContext } from '../http/tenancy.js';
import { decideNetworkRequest } from './decide-network-request.js';
import { getNetworkRequest, listNetworkRequests } from './list-network-requests.js';
import {
  networkDecisionSchema,
  networkPoolSchema,
  networkRequestListQuery,
  networkRequestSchema,
} from './network-contract.js';
import { loadNetworkPool } from './network-pool.js';

export const networkRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const tags = ['network'];

  app.get(
    '/orgs/:orgId/network-pool',
    {
      schema: {
        tags,
        summary: 'Можно ли подбирать наставников из других школ (и из каких) — для подбора пар',
        params: orgParam,
        response: { 200: networkPoolSchema, ...errors },
      },
    },
    async (request) => {
      const ctx = orgContext(request, request.params.orgId, 'matching', 'run');
      const pool = await loadNetworkPool(db, ctx.orgId);
      return { allowed: pool.ownerId !== null, ownerId: pool.ownerId, schools: pool.schools };
    },
  );

  app.get(
    '/orgs/:orgId/network-requests',
    {
      schema: {
        tags,
        summary: 'Входящие запросы других школ на наставников этой школы (сетевое наставничество)',
        params: orgParam,
        querystring: networkRequestListQuery,
        response: { 200: listOf(networkRequestSchema), ...errors },
      },
    },
    async (request) => {
      const ctx = orgContext(request, request.params.orgId, 'network', 'read');
      return listNetworkRequests(db, ctx.orgId, request.query);
    },
  );

  app.get(
    '/orgs/:orgId/network-requests/:id',
    {
      schema: {
        tags,
        summary: 'Запрос другой школы на наставника этой школы',
        params: orgIdParam,
        response: { 200: networkRequestSchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'network', 'read');
      const view = await getNetworkRequest(db, ctx.orgId, request.params.id);
      reply.header('etag', `"${view.version}"`);
      return view;
    },
  );

  app.post(
    '/orgs/:orgId/network-requests/:id/decision',
    {
      schema: {
        tags,
        summary: 'Согласовать или отклонить запрос (отказ — с причиной); без согласия школы группа не формируется',
        params: orgIdParam,
        body: networkDecisionSchema,
        response: { 200: networkRequestSchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'network', 'decide');
      const version = expectedVersion(request, request.body.version);
      const row = await decideNetworkRequest(db, ctx, request.params.id, request.body, version);
      reply.header('etag', `"${row.version}"`);
      return getNetworkRequest(db, ctx.orgId, row.id);
    },
  );
};
