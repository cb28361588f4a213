// The questionnaires of the Roadmap over HTTP: ready templates built on the organization's
// catalogue, and answers confirmed into the mentee and mentor banks.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listDifficulties } from '../catalog/catalog-store.js';
import { orgParam } from '../http/common-contract.js';
import { errors } from '../http/route-helpers.js';
import { orgContext } from '../http/tenancy.js';
import { applyResponse } from './apply-response.js';
import { presentSurvey } from './read-surveys.js';
import { surveySchema } from './survey-contract.js';
import { buildTemplate, fromTemplateSchema } from './templates.js';
import { createSurvey } from './write-survey.js';

const responseParams = z.object({ orgId: z.uuid(), id: z.uuid(), rid: z.uuid() });

export const surveyBankRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const tags = ['surveys'];

  app.post(
    '/orgs/:orgId/surveys/from-template',
    {
      schema: {
        tags,
        summary: 'Создать анкету по готовому шаблону (затруднения, потенциальные наставники, качество программ)',
        params: orgParam,
        body: fromTemplateSchema,
        response: { 201: surveySchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'survey', 'manage');
      const catalog = await listDifficulties(db, ctx.orgId, false);
      const row = await createSurvey(db, ctx, buildTemplate(request.body, catalog));
      reply.status(201).header('etag', `"${row.version}"`);
      return presentSurvey(row);
    },
  );

  app.post(
    '/orgs/:orgId/surveys/:id/responses/:rid/apply',
    {
      schema: {
        tags,
        summary: 'Перенести ответ в банк наставляемых или наставников (подтверждает куратор)',
        params: responseParams,
        response: {
          200: z.object({ responseId: z.uuid(), bank: z.enum(['mentees', 'mentors']), entryId: z.uuid() }),
          ...errors,
        },
      },
    },
    async (request) => {
      const ctx = orgContext(request, request.params.orgId, 'survey', 'manage');
      // Writing a bank entry needs the right to keep that bank, as the banks' own routes do.
      orgContext(request, request.params.orgId, 'mentee', 'manage');
      const done = await applyResponse(db, ctx, request.params.id, request.params.rid);
      return { responseId: done.response.id, bank: done.bank, entryId: done.entryId };
    },
  );
};
