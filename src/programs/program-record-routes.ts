// A program's record beyond its steps, over HTTP: remarks on the draft, the results and the
// self-assessments, and the changes that went through an order (and taking one back). Parse →
// authorize → call → present, as in program-routes.ts.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orgIdParam } from '../http/common-contract.js';
import { errors } from '../http/route-helpers.js';
import { expectedVersion, orgContext } from '../http/tenancy.js';
import { addComment } from './comments.js';
import { saveOutcome } from './outcome.js';
import { listChanges, withdrawChange } from './program-changes.js';
import {
  programChangeSchema,
  programEventSchema,
  programOutcomeInputSchema,
  programSchema,
} from './program-contract.js';
import { getProgram, presentEvent, presentOne } from './read-programs.js';

export const programRecordRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const tags = ['programs'];

  app.put(
    '/orgs/:orgId/programs/:id/outcome',
    {
      schema: {
        tags,
        summary:
          'Итоги программы: достигнутые результаты (наставник, куратор) и самооценка каждого участника (свою пишет сам участник, куратор — любую)',
        params: orgIdParam,
        body: programOutcomeInputSchema,
        response: { 200: programSchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'program', 'read');
      await getProgram(db, ctx, request.params.id);
      const version = expectedVersion(request, request.body.version);
      const row = await saveOutcome(db, ctx, request.params.id, request.body, version);
      reply.header('etag', `"${row.version}"`);
      return presentOne(db, row);
    },
  );

  app.post(
    '/orgs/:orgId/programs/:id/comments',
    {
      schema: {
        tags,
        summary: 'Замечание к проекту программы (участник или куратор, пока программа — проект; §5.1)',
        params: orgIdParam,
        body: z.object({ text: z.string().trim().min(1).max(2000) }),
        response: { 201: programEventSchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'program', 'read');
      await getProgram(db, ctx, request.params.id);
      const row = await addComment(db, ctx, request.params.id, request.body.text);
      reply.status(201);
      return presentEvent(row);
    },
  );

  app.get(
    '/orgs/:orgId/programs/:id/changes',
    {
      schema: {
        tags,
        summary: 'Изменения программы, которые шли через приказ: ждущие, применённые и отозванные',
        params: orgIdParam,
        response: { 200: z.object({ items: z.array(programChangeSchema) }), ...errors },
      },
    },
    async (request) => {
      const ctx = orgContext(request, request.params.orgId, 'program', 'read');
      await getProgram(db, ctx, request.params.id);
      return { items: await listChanges(db, ctx.orgId, request.params.id) };
    },
  );

  app.post(
    '/orgs/:orgId/programs/:id/changes/:changeId/withdraw',
    {
      schema: {
        tags,
        summary: 'Отозвать изменение, которое ждёт приказа (проект приказа удаляется)',
        params: orgIdParam.extend({ changeId: z.uuid() }),
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'program', 'manage');
      await getProgram(db, ctx, request.params.id);
      await withdrawChange(db, ctx, request.params.id, request.params.changeId);
      return reply.status(204).send(null);
    },
  );
};
