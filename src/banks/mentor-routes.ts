// The mentor bank over HTTP: parse → authorize → call → present.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listOf, orgIdParam, orgParam } from '../http/common-contract.js';
import { errors } from '../http/route-helpers.js';
import { expectedVersion, orgContext } from '../http/tenancy.js';
import { todayIso } from '../shared/dates.js';
import { bankScope } from './bank-access.js';
import {
  bankRemoveSchema,
  mentorCreateSchema,
  mentorListQuery,
  mentorOrPublicSchema,
  mentorSchema,
  mentorUpdateSchema,
  preferredMenteesSchema,
} from './bank-contract.js';
import { getMentor, listMentors } from './list-mentors.js';
import { setPreferredMentees } from './set-preferences.js';
import { createMentor, removeMentor, updateMentor } from './write-mentor.js';

const everything = { all: true, ownStaffId: null, asMentor: false };

export const mentorRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const tags = ['mentors'];

  async function present(orgId: string, id: string) {
    const entry = await getMentor(db, orgId, everything, id, todayIso());
    if (entry.view !== 'full') throw new Error('full view expected');
    return entry;
  }

  app.get(
    '/orgs/:orgId/mentors',
    {
      schema: {
        tags,
        summary: 'Банк наставников (view: full — вся запись, public — только открытые сведения)',
        params: orgParam,
        querystring: mentorListQuery,
        response: { 200: listOf(mentorOrPublicSchema), ...errors },
      },
    },
    async (request) => {
      const ctx = orgContext(request, request.params.orgId, 'mentor', 'read');
      const scope = await bankScope(db, ctx, 'mentor');
      return listMentors(db, ctx.orgId, scope, request.query, todayIso());
    },
  );

  app.post(
    '/orgs/:orgId/mentors',
    {
      schema: {
        tags,
        summary: 'Включить работника в банк наставников (нужны согласия на обработку данных и на наставничество)',
        params: orgParam,
        body: mentorCreateSchema,
        response: { 201: mentorSchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'mentor', 'manage');
      const { reason, staffId, ...data } = request.body;
      const row = await createMentor(db, ctx, staffId, data, reason);
      reply.status(201).header('etag', `"${row.version}"`).header('location', `${request.url}/${row.id}`);
      return present(ctx.orgId, row.id);
    },
  );

  app.get(
    '/orgs/:orgId/mentors/:id',
    {
      schema: {
        tags,
        summary: 'Запись банка наставников',
        params: orgIdParam,
        response: { 200: mentorOrPublicSchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'mentor', 'read');
      const scope = await bankScope(db, ctx, 'mentor');
      const entry = await getMentor(db, ctx.orgId, scope, request.params.id, todayIso());
      if (entry.view === 'full') reply.header('etag', `"${entry.version}"`);
      return entry;
    },
  );

  app.put(
    '/orgs/:orgId/mentors/:id',
    {
      schema: {
        tags,
        summary: 'Изменить запись банка наставников (нужна прочитанная версия)',
        params: orgIdParam,
        body: mentorUpdateSchema,
        response: { 200: mentorSchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'mentor', 'manage');
      const { reason, version, ...data } = request.body;
      const row = await updateMentor(db, ctx, request.params.id, data, expectedVersion(request, version), reason);
      reply.header('etag', `"${row.version}"`);
      return present(ctx.orgId, row.id);
    },
  );

  app.post(
    '/orgs/:orgId/mentors/:id/remove',
    {
      schema: {
        tags,
        summary: 'Исключить из банка наставников (запись сохраняется со статусом removed)',
        params: orgIdParam,
        body: bankRemoveSchema,
        response: { 200: mentorSchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'mentor', 'manage');
      const version = expectedVersion(request, request.body.version);
      const row = await removeMentor(db, ctx, request.params.id, version, request.body.reason);
      reply.header('etag', `"${row.version}"`);
      return present(ctx.orgId, row.id);
    },
  );

  app.put(
    '/orgs/:orgId/mentors/:id/preferred-mentees',
    {
      schema: {
        tags,
        summary: 'Желаемые наставляемые (§6.1): наставник — из выбравших его, куратор — любые',
        params: orgIdParam,
        body: preferredMenteesSchema,
        response: { 200: mentorSchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'mentor', 'prefer');
      const { preferredMenteeIds, reason, version } = request.body;
      const row = await setPreferredMentees(
        db,
        ctx,
        request.params.id,
        preferredMenteeIds,
        expectedVersion(request, version),
        reason,
      );
      reply.header('etag', `"${row.version}"`);
      return present(ctx.orgId, row.id);
    },
  );
};
