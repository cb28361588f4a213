// The mentee bank over HTTP: parse → authorize → call → present.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listOf, orgIdParam, orgParam } from '../http/common-contract.js';
import { errors } from '../http/route-helpers.js';
import { expectedVersion, orgContext } from '../http/tenancy.js';
import { todayIso } from '../shared/dates.js';
import { bankScope } from './bank-access.js';
import {
  bankRemoveSchema,
  menteeCreateSchema,
  menteeListQuery,
  menteeSchema,
  menteeUpdateSchema,
  preferredMentorsSchema,
} from './bank-contract.js';
import { presentMentee } from './bank-view.js';
import { getMentee, listMentees } from './list-mentees.js';
import { setPreferredMentors } from './set-preferences.js';
import { createMentee, removeMentee, updateMentee } from './write-mentee.js';

const everything = { all: true, ownStaffId: null, asMentor: false };

export const menteeRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const tags = ['mentees'];

  async function present(orgId: string, id: string) {
    const { mentee, person, settings } = await getMentee(db, orgId, everything, id);
    return presentMentee(mentee, person, settings, todayIso());
  }

  app.get(
    '/orgs/:orgId/mentees',
    {
      schema: {
        tags,
        summary: 'Банк наставляемых (поиск и фильтры; наставляемый видит свою запись, наставник — выбравших его)',
        params: orgParam,
        querystring: menteeListQuery,
        response: { 200: listOf(menteeSchema), ...errors },
      },
    },
    async (request) => {
      const ctx = orgContext(request, request.params.orgId, 'mentee', 'read');
      const scope = await bankScope(db, ctx, 'mentee');
      const today = todayIso();
      const { items, settings, nextCursor } = await listMentees(db, ctx.orgId, scope, request.query, today);
      return { items: items.map((r) => presentMentee(r.mentee, r.person, settings, today)), nextCursor };
    },
  );

  app.post(
    '/orgs/:orgId/mentees',
    {
      schema: {
        tags,
        summary: 'Включить работника в банк наставляемых (нужно согласие на обработку персональных данных)',
        params: orgParam,
        body: menteeCreateSchema,
        response: { 201: menteeSchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'mentee', 'manage');
      const { reason, staffId, ...data } = request.body;
      const row = await createMentee(db, ctx, staffId, data, reason);
      reply.status(201).header('etag', `"${row.version}"`).header('location', `${request.url}/${row.id}`);
      return present(ctx.orgId, row.id);
    },
  );

  app.get(
    '/orgs/:orgId/mentees/:id',
    {
      schema: {
        tags,
        summary: 'Запись банка наставляемых',
        params: orgIdParam,
        response: { 200: menteeSchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'mentee', 'read');
      const scope = await bankScope(db, ctx, 'mentee');
      const { mentee, person, settings } = await getMentee(db, ctx.orgId, scope, request.params.id);
      reply.header('etag', `"${mentee.version}"`);
      return presentMentee(mentee, person, settings, todayIso());
    },
  );

  app.put(
    '/orgs/:orgId/mentees/:id',
    {
      schema: {
        tags,
        summary: 'Изменить запись банка наставляемых (нужна прочитанная версия)',
        params: orgIdParam,
        body: menteeUpdateSchema,
        response: { 200: menteeSchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'mentee', 'manage');
      const { reason, version, ...data } = request.body;
      const row = await updateMentee(db, ctx, request.params.id, data, expectedVersion(request, version), reason);
      reply.header('etag', `"${row.version}"`);
      return present(ctx.orgId, row.id);
    },
  );

  app.post(
    '/orgs/:orgId/mentees/:id/remove',
    {
      schema: {
        tags,
        summary: 'Исключить из банка наставляемых (запись сохраняется со статусом removed)',
        params: orgIdParam,
        body: bankRemoveSchema,
        response: { 200: menteeSchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'mentee', 'manage');
      const version = expectedVersion(request, request.body.version);
      const row = await removeMentee(db, ctx, request.params.id, version, request.body.reason);
      reply.header('etag', `"${row.version}"`);
      return present(ctx.orgId, row.id);
    },
  );

  app.put(
    '/orgs/:orgId/mentees/:id/preferred-mentors',
    {
      schema: {
        tags,
        summary: 'Желаемые наставники (§6.1): наставляемый — в своей записи, куратор — в любой',
        params: orgIdParam,
        body: preferredMentorsSchema,
        response: { 200: menteeSchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'mentee', 'prefer');
      const { preferredMentorIds, reason, version } = request.body;
      const row = await setPreferredMentors(
        db,
        ctx,
        request.params.id,
        preferredMentorIds,
        expectedVersion(request, version),
        reason,
      );
      reply.header('etag', `"${row.version}"`);
      return present(ctx.orgId, row.id);
    },
  );
};
