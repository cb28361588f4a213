// The calendar feed over HTTP: the person issues or revokes their secret address; calendar
// applications read the feed by it, without a session.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errors } from '../http/route-helpers.js';
import { requireUser } from '../http/tenancy.js';
import { feedStatus, issueFeed, readFeed, revokeFeed } from './calendar-feed.js';

const statusSchema = z.object({ active: z.boolean(), createdAt: z.string().nullable() });

export const calendarRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, session } = app.deps;
  const tags = ['calendar'];

  app.get(
    '/me/calendar',
    {
      schema: { tags, summary: 'Есть ли у меня адрес календаря', response: { 200: statusSchema, ...errors } },
    },
    async (request) => feedStatus(db, requireUser(request).userId),
  );

  app.post(
    '/me/calendar',
    {
      schema: {
        tags,
        summary: 'Новый секретный адрес календаря (iCal) моих мероприятий; прежний перестаёт работать',
        response: { 201: z.object({ path: z.string() }), ...errors },
      },
    },
    async (request, reply) => {
      const token = await issueFeed(db, session.secret, requireUser(request).userId);
      reply.status(201);
      return { path: `/api/v1/calendar/${token}.ics` };
    },
  );

  app.delete(
    '/me/calendar',
    { schema: { tags, summary: 'Отключить адрес календаря', response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await revokeFeed(db, requireUser(request).userId);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/calendar/:file',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Календарь мероприятий по секретному адресу (text/calendar)',
        security: [],
        params: z.object({ file: z.string().regex(/^cal_[A-Za-z0-9_-]{20,100}\.ics$/) }),
        response: { 200: z.string(), ...errors },
      },
    },
    async (request, reply) => {
      const token = request.params.file.replace(/\.ics$/, '');
      const text = await readFeed(db, session.secret, token, new Date());
      reply.type('text/calendar; charset=utf-8').header('cache-control', 'private, max-age=300');
      return text;
    },
  );
};
