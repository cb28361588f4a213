// Programs over HTTP (the contract's /programs and /programs/{id}/transitions): parse → authorize →
// call → present.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listOf, orgIdParam, orgParam } from '../http/common-contract.js';
import { errors } from '../http/route-helpers.js';
import { expectedVersion, orgContext } from '../http/tenancy.js';
import { paperFile, paperFormats, sendPaper } from '../orders/paper-files.js';
import { todayIso } from '../shared/dates.js';
import { addActivity, listActivities, presentActivity, updateActivity } from './activities.js';
import { addJournalEntry, listJournal, presentJournalEntry } from './journal.js';
import { programsOverview } from './overview.js';
import {
  activityInputSchema,
  activitySchema,
  journalEntrySchema,
  journalInputSchema,
  programCreateSchema,
  programEventSchema,
  programListQuery,
  programRequestDecisionSchema,
  programRequestInputSchema,
  programRequestSchema,
  programSchema,
  programsOverviewSchema,
  programTemplateSchema,
  transitionSchema,
} from './program-contract.js';
import { completionReport, programDocument } from './program-document.js';
import { loadProgramFacts } from './program-facts.js';
import { getProgram, listProgramEvents, listPrograms, presentOne, presentProgram } from './read-programs.js';
import { decideRequest, fileRequest, listRequests, presentRequest } from './requests.js';
import { programTemplates } from './templates.js';
import { createProgram, transitionProgram } from './write-program.js';

export const programRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const tags = ['programs'];

  app.get(
    '/orgs/:orgId/programs',
    {
      schema: {
        tags,
        summary: 'Персонализированные программы наставничества',
        params: orgParam,
        querystring: programListQuery,
        response: { 200: listOf(programSchema), ...errors },
      },
    },
    async (request) => {
      const ctx = orgContext(request, request.params.orgId, 'program', 'read');
      return listPrograms(db, ctx, request.query);
    },
  );

  app.post(
    '/orgs/:orgId/programs',
    {
      schema: {
        tags,
        summary: 'Составить программу для пары (группы): срок от 3 до 12 месяцев, статус draft',
        params: orgParam,
        body: programCreateSchema,
        response: { 201: programSchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'program', 'create');
      const row = await createProgram(db, ctx, request.body);
      reply.status(201).header('etag', `"${row.version}"`).header('location', `${request.url}/${row.id}`);
      return presentProgram(row);
    },
  );

  app.get(
    '/orgs/:orgId/programs/templates',
    {
      schema: {
        tags,
        summary: 'Готовые планы, с которых можно начать программу',
        params: orgParam,
        response: { 200: z.object({ items: z.array(programTemplateSchema) }), ...errors },
      },
    },
    async (request) => {
      orgContext(request, request.params.orgId, 'program', 'read');
      return {
        items: programTemplates.map(({ name, title, goals, expectedResults, activities }) => ({
          name,
          title,
          goals,
          expectedResults,
          activities: activities.map(({ title, kind, week }) => ({ title, kind, week })),
        })),
      };
    },
  );

  app.get(
    '/orgs/:orgId/programs/overview',
    {
      schema: {
        tags,
        summary:
          'Что требует внимания: просроченные мероприятия, пары без записей в журнале 21 день, программы, которые заканчиваются в ближайшие две недели, проекты без согласия участников',
        params: orgParam,
        response: { 200: programsOverviewSchema, ...errors },
      },
    },
    async (request) => {
      const ctx = orgContext(request, request.params.orgId, 'program', 'read');
      return programsOverview(db, ctx, todayIso());
    },
  );

  app.get(
    '/orgs/:orgId/programs/:id',
    {
      schema: { tags, summary: 'Программа', params: orgIdParam, response: { 200: programSchema, ...errors } },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'program', 'read');
      const row = await getProgram(db, ctx, request.params.id);
      reply.header('etag', `"${row.version}"`);
      return presentOne(db, row);
    },
  );

  app.post(
    '/orgs/:orgId/programs/:id/transitions',
    {
      schema: {
        tags,
        summary:
          'Шаг жизни программы: agree, approve, start, extend, correct, replace-mentor, complete, terminate (409 с перечнем возможных)',
        params: orgIdParam,
        description:
          'Когда пара закреплена приказом (группа active), продление, замена наставника и досрочное завершение проверяются сразу, но ждут приказа: ответ 202, программа без изменений, в pendingChange — изменение и проект приказа; подписание приказа применяет его.',
        body: transitionSchema,
        response: { 200: programSchema, 202: programSchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'program', 'agree');
      const { row, change } = await transitionProgram(db, ctx, request.params.id, request.body, request.body.version);
      reply.header('etag', `"${row.version}"`);
      if (change) reply.status(202);
      return presentOne(db, row);
    },
  );

  app.get(
    '/orgs/:orgId/programs/:id/events',
    {
      schema: {
        tags,
        summary: 'История программы: каждое изменение — кто, когда, что и почему',
        params: orgIdParam,
        response: { 200: z.object({ items: z.array(programEventSchema) }), ...errors },
      },
    },
    async (request) => {
      const ctx = orgContext(request, request.params.orgId, 'program', 'read');
      return { items: await listProgramEvents(db, ctx, request.params.id) };
    },
  );

  const activityParams = z.object({ orgId: z.uuid(), id: z.uuid(), aid: z.uuid() });

  app.get(
    '/orgs/:orgId/programs/:id/activities',
    {
      schema: {
        tags,
        summary: 'План программы: мероприятия, сроки, ответственные, результаты',
        params: orgIdParam,
        response: { 200: z.object({ items: z.array(activitySchema) }), ...errors },
      },
    },
    async (request) => {
      const ctx = orgContext(request, request.params.orgId, 'program', 'read');
      await getProgram(db, ctx, request.params.id);
      const rows = await listActivities(db, ctx.orgId, request.params.id);
      return { items: rows.map(presentActivity) };
    },
  );

  app.post(
    '/orgs/:orgId/programs/:id/activities',
    {
      schema: {
        tags,
        summary: 'Добавить мероприятие в план (куратор или наставник пары)',
        params: orgIdParam,
        body: activityInputSchema.omit({ version: true }),
        response: { 201: activitySchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'program', 'read');
      await getProgram(db, ctx, request.params.id);
      const row = await addActivity(db, ctx, request.params.id, request.body);
      reply.status(201).header('etag', `"${row.version}"`);
      return presentActivity(row);
    },
  );

  app.put(
    '/orgs/:orgId/programs/:id/activities/:aid',
    {
      schema: {
        tags,
        summary: 'Изменить мероприятие плана: срок, статус, подтверждение выполнения (нужна прочитанная версия)',
        params: activityParams,
        body: activityInputSchema,
        response: { 200: activitySchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'program', 'read');
      await getProgram(db, ctx, request.params.id);
      const version = expectedVersion(request, request.body.version);
      const row = await updateActivity(db, ctx, request.params.id, request.params.aid, request.body, version);
      reply.header('etag', `"${row.version}"`);
      return presentActivity(row);
    },
  );

  app.get(
    '/orgs/:orgId/programs/:id/journal',
    {
      schema: {
        tags,
        summary: 'Журнал программы: встречи, посещённые уроки, консультации, задания и их проверка',
        params: orgIdParam,
        response: { 200: z.object({ items: z.array(journalEntrySchema) }), ...errors },
      },
    },
    async (request) => {
      const ctx = orgContext(request, request.params.orgId, 'program', 'read');
      await getProgram(db, ctx, request.params.id);
      const rows = await listJournal(db, ctx.orgId, request.params.id);
      return { items: rows.map(presentJournalEntry) };
    },
  );

  app.post(
    '/orgs/:orgId/programs/:id/journal',
    {
      schema: {
        tags,
        summary: 'Запись в журнал программы (наставник или наставляемый; куратор — с бумаги)',
        params: orgIdParam,
        body: journalInputSchema,
        response: { 201: journalEntrySchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'program', 'read');
      await getProgram(db, ctx, request.params.id);
      const row = await addJournalEntry(db, ctx, request.params.id, request.body);
      reply.status(201);
      return presentJournalEntry(row);
    },
  );

  app.get(
    '/orgs/:orgId/programs/:id/requests',
    {
      schema: {
        tags,
        summary: 'Обращения участников: ходатайство о замене наставника, просьба наставника об освобождении',
        params: orgIdParam,
        response: { 200: z.object({ items: z.array(programRequestSchema) }), ...errors },
      },
    },
    async (request) => {
      const ctx = orgContext(request, request.params.orgId, 'program', 'read');
      await getProgram(db, ctx, request.params.id);
      return { items: (await listRequests(db, ctx.orgId, request.params.id)).map(presentRequest) };
    },
  );

  app.post(
    '/orgs/:orgId/programs/:id/requests',
    {
      schema: {
        tags,
        summary: 'Подать обращение: наставляемый — о замене наставника, наставник — об освобождении',
        params: orgIdParam,
        body: programRequestInputSchema,
        response: { 201: programRequestSchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'program', 'agree');
      await getProgram(db, ctx, request.params.id);
      const row = await fileRequest(db, ctx, request.params.id, request.body);
      reply.status(201);
      return presentRequest(row);
    },
  );

  app.post(
    '/orgs/:orgId/programs/:id/requests/:rid/decision',
    {
      schema: {
        tags,
        summary: 'Решение куратора по обращению (принять или отклонить)',
        params: z.object({ orgId: z.uuid(), id: z.uuid(), rid: z.uuid() }),
        body: programRequestDecisionSchema,
        response: { 200: programRequestSchema, ...errors },
      },
    },
    async (request) => {
      const ctx = orgContext(request, request.params.orgId, 'program', 'manage');
      const row = await decideRequest(db, ctx, request.params.id, request.params.rid, request.body);
      return presentRequest(row);
    },
  );

  for (const format of paperFormats) {
    for (const paper of ['document', 'report'] as const) {
      app.get(
        `/orgs/:orgId/programs/:id/${paper}.${format.ext}`,
        {
          schema: {
            tags,
            summary:
              paper === 'document'
                ? `Программа на подпись (${format.label})`
                : `Отчёт о реализации программы (${format.label})`,
            params: orgIdParam,
            response: { 200: paperFile(format), ...errors },
          },
        },
        async (request, reply) => {
          const ctx = orgContext(request, request.params.orgId, 'program', 'read');
          const program = await getProgram(db, ctx, request.params.id);
          const facts = await loadProgramFacts(db, program);
          const doc = paper === 'document' ? programDocument(facts) : completionReport(facts);
          const name = `${paper === 'document' ? 'programma' : 'otchet'}-${program.startsOn}`;
          return sendPaper(reply, format, name, await format.render(doc), doc.title);
        },
      );
    }
  }
};
