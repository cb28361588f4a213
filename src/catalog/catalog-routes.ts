// The catalogue of professional difficulties over HTTP: parse → authorize → call → present.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { orgIdParam, orgParam } from '../http/common-contract.js';
import { errors } from '../http/route-helpers.js';
import { expectedVersion, orgContext } from '../http/tenancy.js';
import {
  difficultyCreateSchema,
  difficultyListQuery,
  difficultyListSchema,
  difficultySchema,
  difficultyUpdateSchema,
} from './catalog-contract.js';
import { createDifficulty, listDifficulties, presentDifficulty, updateDifficulty } from './catalog-store.js';

export const catalogRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const tags = ['catalog'];

  app.get(
    '/orgs/:orgId/catalog/difficulties',
    {
      schema: {
        tags,
        summary: 'Каталог профессиональных затруднений (по умолчанию — действующие и архивные)',
        params: orgParam,
        querystring: difficultyListQuery,
        response: { 200: difficultyListSchema, ...errors },
      },
    },
    async (request) => {
      const ctx = orgContext(request, request.params.orgId, 'difficulty', 'read');
      const rows = await listDifficulties(db, ctx.orgId, request.query.archived);
      return { items: rows.map(presentDifficulty), nextCursor: null };
    },
  );

  app.post(
    '/orgs/:orgId/catalog/difficulties',
    {
      schema: {
        tags,
        summary: 'Добавить затруднение в каталог',
        params: orgParam,
        body: difficultyCreateSchema,
        response: { 201: difficultySchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'difficulty', 'manage');
      const { reason, ...data } = request.body;
      const row = await createDifficulty(db, ctx, data, reason);
      reply.status(201).header('etag', `"${row.version}"`).header('location', `${request.url}/${row.id}`);
      return presentDifficulty(row);
    },
  );

  app.put(
    '/orgs/:orgId/catalog/difficulties/:id',
    {
      schema: {
        tags,
        summary: 'Изменить затруднение или перенести его в архив (archived: true); удаления нет',
        params: orgIdParam,
        body: difficultyUpdateSchema,
        response: { 200: difficultySchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'difficulty', 'manage');
      const { reason, version, ...data } = request.body;
      const row = await updateDifficulty(db, ctx, request.params.id, data, expectedVersion(request, version), reason);
      reply.header('etag', `"${row.version}"`);
      return presentDifficulty(row);
    },
  );
};
