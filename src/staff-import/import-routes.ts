// Staff import over HTTP: a multipart upload (.xlsx or .csv) with an optional dry run, and the
// template workbook. Multipart parsing is registered here only, for these routes.
import path from 'node:path';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orgParam, problemSchema } from '../http/common-contract.js';
import { errors } from '../http/route-helpers.js';
import { orgContext } from '../http/tenancy.js';
import { multipartValidator, readUpload } from '../http/upload.js';
import { importBody, importMaxBytes, importQuery, importResultSchema } from './import-contract.js';
import { importKindOf, importStaff } from './import-staff.js';
import { buildTemplate } from './template.js';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const staffImportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const tags = ['staff'];
  await app.register(multipart, { limits: { fileSize: importMaxBytes, files: 1, fields: 5 } });
  const megabytes = importMaxBytes / 1024 / 1024;

  app.post(
    '/orgs/:orgId/staff/import',
    {
      schema: {
        tags,
        summary: 'Импорт работников из .xlsx или .csv (multipart, поле file); dryRun=true — только проверка',
        description:
          'Заголовки столбцов — по-русски, в любом порядке (см. шаблон template.xlsx). Строки с ошибками ' +
          'не загружаются и перечислены в errors; остальные загружаются одной транзакцией. Работник ' +
          'узнаётся по e-mail, иначе по ФИО и дате рождения; неизменённые строки считаются в skipped.',
        params: orgParam,
        querystring: importQuery,
        consumes: ['multipart/form-data'],
        body: importBody,
        response: { 200: importResultSchema, 413: problemSchema, 415: problemSchema, ...errors },
      },
      // The body schema documents the upload; the file itself is streamed and checked below.
      validatorCompiler: multipartValidator,
    },
    async (request) => {
      const ctx = orgContext(request, request.params.orgId, 'staff', 'create');
      const upload = await readUpload(request, {
        missing: 'IMPORT_FILE_MISSING',
        tooLarge: 'IMPORT_FILE_TOO_LARGE',
        megabytes,
        nameCheck: { accept: (name) => !!importKindOf(path.basename(name)), error: 'IMPORT_FILE_TYPE' },
      });
      const name = path.basename(upload.name);
      const bytes = upload.bytes;
      return importStaff(db, ctx, { name, bytes }, { dryRun: request.query.dryRun ?? false, locale: request.locale });
    },
  );

  app.get(
    '/orgs/:orgId/staff/import/template.xlsx',
    {
      schema: {
        tags,
        summary: 'Шаблон таблицы для импорта работников (.xlsx) с листом «Справка»',
        params: orgParam,
        response: { 200: z.unknown().describe('Книга Excel'), ...errors },
      },
    },
    async (request, reply) => {
      orgContext(request, request.params.orgId, 'staff', 'create');
      reply
        .type(xlsxType)
        .header(
          'content-disposition',
          `attachment; filename="staff-template.xlsx"; filename*=UTF-8''${encodeURIComponent('Шаблон импорта работников.xlsx')}`,
        );
      return buildTemplate();
    },
  );
};
