// Following a survey up over HTTP: progress, reminders to those who have not answered, and each
// person's own reminders under /me.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { idParam, orgIdParam } from '../http/common-contract.js';
import { errors } from '../http/route-helpers.js';
import { orgContext, requireUser } from '../http/tenancy.js';
import { remindPending, surveyProgress } from './campaign.js';
import { markReminderSeen, myReminders } from './my-reminders.js';
import { getSurvey } from './read-surveys.js';
import { progressSchema, reminderSchema } from './survey-contract.js';

export const campaignRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const tags = ['surveys'];

  app.get(
    '/orgs/:orgId/surveys/:id/progress',
    {
      schema: {
        tags,
        summary: 'Кто из адресатов ответил и кто нет (у анонимной анкеты — только числа)',
        params: orgIdParam,
        response: { 200: progressSchema, ...errors },
      },
    },
    async (request) => {
      const ctx = orgContext(request, request.params.orgId, 'survey', 'results');
      return surveyProgress(db, ctx.orgId, await getSurvey(db, ctx, request.params.id));
    },
  );

  app.post(
    '/orgs/:orgId/surveys/:id/remind',
    {
      schema: {
        tags,
        summary: 'Напомнить в системе всем, кто ещё не ответил',
        params: orgIdParam,
        response: { 200: z.object({ reminded: z.number().int() }), ...errors },
      },
    },
    async (request) => {
      const ctx = orgContext(request, request.params.orgId, 'survey', 'manage');
      const survey = await getSurvey(db, ctx, request.params.id);
      return { reminded: await remindPending(db, ctx, survey) };
    },
  );

  app.get(
    '/me/reminders',
    {
      schema: {
        tags,
        summary: 'Мои непрочитанные напоминания об анкетах во всех организациях',
        response: { 200: z.object({ items: z.array(reminderSchema) }), ...errors },
      },
    },
    async (request) => ({ items: await myReminders(db, requireUser(request).userId) }),
  );

  app.post(
    '/me/reminders/:id/seen',
    {
      schema: {
        tags,
        summary: 'Отметить напоминание прочитанным',
        params: idParam,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await markReminderSeen(db, requireUser(request).userId, request.params.id);
      return reply.status(204).send(null);
    },
  );
};
