// The staff registry over HTTP: parse → authorize → call the use case → present.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listOf, orgIdParam, orgParam } from '../http/common-contract.js';
import { errors } from '../http/route-helpers.js';
import { expectedVersion, orgContext } from '../http/tenancy.js';
import { settingsOf } from '../organizations/organization-view.js';
import { getOrganization } from '../organizations/update-organization.js';
import { todayIso } from '../shared/dates.js';
import { listStaff } from './list-staff.js';
import {
  staffArchiveSchema,
  staffCreateSchema,
  staffListQuery,
  staffSchema,
  staffUpdateSchema,
} from './staff-contract.js';
import { presentStaff } from './staff-view.js';
import { createStaff, getStaff, setStaffArchived, updateStaff } from './write-staff.js';

export const staffRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const tags = ['staff'];

  async function settingsFor(orgId: string) {
    return settingsOf(await getOrganization(db, orgId));
  }

  app.get(
    '/orgs/:orgId/staff',
    {
      schema: {
        tags,
        summary: 'Список педагогических работников (поиск, фильтры, постраничный вывод)',
        params: orgParam,
        querystring: staffListQuery,
        response: { 200: listOf(staffSchema), ...errors },
      },
    },
    async (request) => {
      const ctx = orgContext(request, request.params.orgId, 'staff', 'read');
      // Who has consented is itself personal data: only those who keep the consents may filter by it.
      if (request.query.consent) orgContext(request, request.params.orgId, 'consent', 'read');
      const today = todayIso();
      const { rows, settings, nextCursor } = await listStaff(db, ctx.orgId, request.query, today);
      return { items: rows.map((r) => presentStaff(r, settings, today)), nextCursor };
    },
  );

  app.post(
    '/orgs/:orgId/staff',
    {
      schema: {
        tags,
        summary: 'Добавить работника',
        params: orgParam,
        body: staffCreateSchema,
        response: { 201: staffSchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'staff', 'create');
      const { reason, ...data } = request.body;
      const row = await createStaff(db, ctx, data, reason);
      reply.status(201).header('etag', `"${row.version}"`).header('location', `${request.url}/${row.id}`);
      return presentStaff(row, await settingsFor(ctx.orgId), todayIso());
    },
  );

  app.get(
    '/orgs/:orgId/staff/:id',
    {
      schema: { tags, summary: 'Карточка работника', params: orgIdParam, response: { 200: staffSchema, ...errors } },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'staff', 'read');
      const row = await getStaff(db, ctx.orgId, request.params.id);
      reply.header('etag', `"${row.version}"`);
      return presentStaff(row, await settingsFor(ctx.orgId), todayIso());
    },
  );

  app.put(
    '/orgs/:orgId/staff/:id',
    {
      schema: {
        tags,
        summary: 'Изменить сведения о работнике (нужна прочитанная версия: If-Match или version)',
        params: orgIdParam,
        body: staffUpdateSchema,
        response: { 200: staffSchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'staff', 'update');
      const { reason, version, ...data } = request.body;
      const row = await updateStaff(db, ctx, request.params.id, data, expectedVersion(request, version), reason);
      reply.header('etag', `"${row.version}"`);
      return presentStaff(row, await settingsFor(ctx.orgId), todayIso());
    },
  );

  for (const action of ['archive', 'restore'] as const) {
    app.post(
      `/orgs/:orgId/staff/:id/${action}`,
      {
        schema: {
          tags,
          summary: action === 'archive' ? 'Перенести в архив' : 'Вернуть из архива',
          params: orgIdParam,
          body: staffArchiveSchema,
          response: { 200: staffSchema, ...errors },
        },
      },
      async (request, reply) => {
        const ctx = orgContext(request, request.params.orgId, 'staff', 'archive');
        const version = expectedVersion(request, request.body.version);
        const row = await setStaffArchived(
          db,
          ctx,
          request.params.id,
          action === 'archive',
          version,
          request.body.reason,
        );
        reply.header('etag', `"${row.version}"`);
        return presentStaff(row, await settingsFor(ctx.orgId), todayIso());
      },
    );
  }
};
