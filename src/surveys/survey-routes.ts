// Questionnaires over HTTP: parse → authorize → call → present.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listOf, orgIdParam, orgParam } from '../http/common-contract.js';
import { errors } from '../http/route-helpers.js';
import { expectedVersion, orgContext, type TenantContext } from '../http/tenancy.js';
import { todayIso } from '../shared/dates.js';
import { campaignRoutes } from './campaign-routes.js';
import { computeResults, surveyResultsSchema } from './compute-results.js';
import { presentResponse, responsesOf, visibleResponses } from './read-responses.js';
import { getSurvey, listSurveys, presentSurvey } from './read-surveys.js';
import { submitResponse } from './respond.js';
import { resultsWorkbook } from './results-workbook.js';
import { surveyBankRoutes } from './survey-bank-routes.js';
import {
  responseCreateSchema,
  responseSchema,
  surveyActionSchema,
  surveyCreateSchema,
  surveyListQuery,
  surveySchema,
  surveyUpdateSchema,
} from './survey-contract.js';
import { createSurvey, moveSurvey, updateSurvey } from './write-survey.js';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const surveyRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const tags = ['surveys'];
  await app.register(surveyBankRoutes);
  await app.register(campaignRoutes);

  async function loadResults(ctx: TenantContext, id: string) {
    const survey = await getSurvey(db, ctx, id);
    const rows = await responsesOf(db, ctx.orgId, survey.id);
    const inputs = rows.map((r) => ({ answers: r.row.answers, respondentName: r.row.userId ? r.name : null }));
    return { survey, rows, results: computeResults(survey.questions, inputs, survey.anonymous) };
  }

  app.get(
    '/orgs/:orgId/surveys',
    {
      schema: {
        tags,
        summary: 'Анкеты (куратору — все; остальным — открытые и адресованные им)',
        params: orgParam,
        querystring: surveyListQuery,
        response: { 200: listOf(surveySchema), ...errors },
      },
    },
    async (request) => {
      const ctx = orgContext(request, request.params.orgId, 'survey', 'read');
      const { items, nextCursor } = await listSurveys(db, ctx, request.query);
      return { items: items.map(presentSurvey), nextCursor };
    },
  );

  app.post(
    '/orgs/:orgId/surveys',
    {
      schema: {
        tags,
        summary: 'Создать анкету (черновик)',
        params: orgParam,
        body: surveyCreateSchema,
        response: { 201: surveySchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'survey', 'manage');
      const row = await createSurvey(db, ctx, request.body);
      reply.status(201).header('etag', `"${row.version}"`).header('location', `${request.url}/${row.id}`);
      return presentSurvey(row);
    },
  );

  app.get(
    '/orgs/:orgId/surveys/:id',
    {
      schema: { tags, summary: 'Анкета', params: orgIdParam, response: { 200: surveySchema, ...errors } },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'survey', 'read');
      const row = await getSurvey(db, ctx, request.params.id);
      reply.header('etag', `"${row.version}"`);
      return presentSurvey(row);
    },
  );

  app.put(
    '/orgs/:orgId/surveys/:id',
    {
      schema: {
        tags,
        summary: 'Изменить черновик анкеты (нужна прочитанная версия)',
        params: orgIdParam,
        body: surveyUpdateSchema,
        response: { 200: surveySchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'survey', 'manage');
      const { version, ...data } = request.body;
      const row = await updateSurvey(db, ctx, request.params.id, data, expectedVersion(request, version));
      reply.header('etag', `"${row.version}"`);
      return presentSurvey(row);
    },
  );

  for (const action of ['open', 'close'] as const) {
    app.post(
      `/orgs/:orgId/surveys/:id/${action}`,
      {
        schema: {
          tags,
          summary: action === 'open' ? 'Открыть анкету для ответов' : 'Закрыть анкету',
          params: orgIdParam,
          body: surveyActionSchema,
          response: { 200: surveySchema, ...errors },
        },
      },
      async (request, reply) => {
        const ctx = orgContext(request, request.params.orgId, 'survey', 'manage');
        const version = expectedVersion(request, request.body.version);
        const row = await moveSurvey(db, ctx, request.params.id, action, version, request.body.reason);
        reply.header('etag', `"${row.version}"`);
        return presentSurvey(row);
      },
    );
  }

  app.get(
    '/orgs/:orgId/surveys/:id/responses',
    {
      schema: {
        tags,
        summary: 'Ответы (куратору и совету — все; участнику — свой именной ответ)',
        params: orgIdParam,
        response: { 200: z.object({ items: z.array(responseSchema) }), ...errors },
      },
    },
    async (request) => {
      const ctx = orgContext(request, request.params.orgId, 'survey', 'read');
      await getSurvey(db, ctx, request.params.id);
      return { items: await visibleResponses(db, ctx, request.params.id) };
    },
  );

  app.post(
    '/orgs/:orgId/surveys/:id/responses',
    {
      schema: {
        tags,
        summary: 'Ответить на анкету (один раз)',
        params: orgIdParam,
        body: responseCreateSchema,
        response: { 201: responseSchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'survey', 'respond');
      const row = await submitResponse(db, ctx, request.params.id, request.body.answers, todayIso());
      reply.status(201);
      return presentResponse({ row, name: null });
    },
  );

  app.get(
    '/orgs/:orgId/surveys/:id/results',
    {
      schema: {
        tags,
        summary: 'Итоги анкеты по вопросам',
        params: orgIdParam,
        response: { 200: surveyResultsSchema, ...errors },
      },
    },
    async (request) => {
      const ctx = orgContext(request, request.params.orgId, 'survey', 'results');
      const { survey, results } = await loadResults(ctx, request.params.id);
      return { surveyId: survey.id, ...results };
    },
  );

  app.get(
    '/orgs/:orgId/surveys/:id/results.xlsx',
    {
      schema: {
        tags,
        summary: 'Итоги анкеты в Excel: лист итогов и лист всех ответов',
        params: orgIdParam,
        response: { 200: z.unknown().describe('Книга Excel'), ...errors },
      },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'survey', 'results');
      const { survey, results, rows } = await loadResults(ctx, request.params.id);
      const responses = rows.map((r) => ({
        answers: r.row.answers,
        respondentName: r.row.userId ? r.name : null,
        submittedOn: r.row.submittedOn,
      }));
      const book = await resultsWorkbook({ ...survey, results: results.questions, responses });
      reply
        .type(xlsxType)
        .header(
          'content-disposition',
          `attachment; filename="survey-results.xlsx"; filename*=UTF-8''${encodeURIComponent(`Итоги — ${survey.title}.xlsx`)}`,
        );
      return book;
    },
  );
};
