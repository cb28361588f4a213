// Staff import over HTTP: a multipart upload (.xlsx or .csv) with an optional dry run, and the
// template workbook. Multipart parsing is registered here only, for these routes.
import path from 'node:path';
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../errors/app-error.js';
import { orgParam, problemSchema } from '../http/common-contract.js';
import { errors } from '../http/route-helpers.js';
import { orgContext } from '../http/tenancy.js';
import { validatorCompiler } from '../http/validation.js';
import { importBody, importMaxBytes, importQuery, importResultSchema } from './import-contract.js';
import { importKindOf, importStaff } from './import-staff.js';
import { buildTemplate } from './template.js';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function fastifyCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

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
      // Fastify hands each part's own schema here, whatever the route's schema type says.
      validatorCompiler: (route) =>
        route.httpPart === 'body'
          ? () => ({ value: undefined })
          : validatorCompiler(route as unknown as Parameters<typeof validatorCompiler>[0]),
    },
    async (request) => {
      const ctx = orgContext(request, request.params.orgId, 'staff', 'create');
      let part: Awaited<ReturnType<typeof request.file>>;
      try {
        part = await request.file();
      } catch (error) {
        if (fastifyCode(error) === 'FST_INVALID_MULTIPART_CONTENT_TYPE') throw new AppError('IMPORT_FILE_MISSING');
        throw error;
      }
      if (!part) throw new AppError('IMPORT_FILE_MISSING');
      const name = path.basename(part.filename || '');
      if (!importKindOf(name)) {
        part.file.resume();
        throw new AppError('IMPORT_FILE_TYPE');
      }
      let bytes: Buffer;
      try {
        bytes = await part.toBuffer();
      } catch (error) {
        if (fastifyCode(error) === 'FST_REQ_FILE_TOO_LARGE') {
          throw new AppError('IMPORT_FILE_TOO_LARGE', { params: { megabytes } });
        }
        throw error;
      }
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
