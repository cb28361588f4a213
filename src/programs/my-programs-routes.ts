// GET …/programs/mine over HTTP: the home page's «Мои наставляемые» and «Моя программа» in one read.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { orgParam } from '../http/common-contract.js';
import { errors } from '../http/route-helpers.js';
import { orgContext } from '../http/tenancy.js';
import { todayIso } from '../shared/dates.js';
import { myPrograms } from './my-programs.js';
import { myProgramsSchema } from './my-programs-contract.js';

export const myProgramRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;

  app.get(
    '/orgs/:orgId/programs/mine',
    {
      schema: {
        tags: ['programs'],
        summary:
          'Программы, в которых участвует вызывающий (наставник или наставляемый): срок, ход плана и ближайшие мероприятия, последняя запись в журнале, ждёт ли программа его согласия',
        params: orgParam,
        response: { 200: myProgramsSchema, ...errors },
      },
    },
    async (request) => {
      const ctx = orgContext(request, request.params.orgId, 'program', 'read');
      return myPrograms(db, ctx, todayIso());
    },
  );
};
