// Scanned copies of signed consents over HTTP: upload (multipart, field `file`), download, removal.
import multipart from '@fastify/multipart';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { optionalText, problemSchema } from '../http/common-contract.js';
import { errors } from '../http/route-helpers.js';
import { orgContext } from '../http/tenancy.js';
import { multipartValidator, readUpload } from '../http/upload.js';
import { consentParams, consentScanSchema } from './consent-contract.js';
import { attachScan, readScan, removeScan } from './consent-scans.js';
import { scanMaxBytes } from './scan-type.js';

const scanBody = z
  .object({ file: z.unknown().meta({ type: 'string', format: 'binary', description: 'PDF, JPEG или PNG' }) })
  .meta({ description: 'multipart/form-data с полем file' });
const scanFile = z.instanceof(Buffer).meta({ type: 'string', format: 'binary', description: 'Скан согласия' });

export const consentScanRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const tags = ['consents'];
  await app.register(multipart, { limits: { fileSize: scanMaxBytes, files: 1, fields: 2 } });
  const megabytes = scanMaxBytes / 1024 / 1024;

  app.put(
    '/orgs/:orgId/staff/:id/consents/:cid/scan',
    {
      schema: {
        tags,
        summary: 'Приложить скан подписанного согласия (PDF, JPEG или PNG; заменяет прежний)',
        params: consentParams,
        consumes: ['multipart/form-data'],
        body: scanBody,
        response: { 200: consentScanSchema, 413: problemSchema, 415: problemSchema, ...errors },
      },
      // The body schema documents the upload; the file is streamed and checked by its contents below.
      validatorCompiler: multipartValidator,
    },
    async (request) => {
      const ctx = orgContext(request, request.params.orgId, 'consent', 'manage');
      const file = await readUpload(request, { missing: 'SCAN_MISSING_FILE', tooLarge: 'SCAN_TOO_LARGE', megabytes });
      return attachScan(db, ctx, request.params.id, request.params.cid, file);
    },
  );

  app.get(
    '/orgs/:orgId/staff/:id/consents/:cid/scan',
    {
      schema: {
        tags,
        summary: 'Скан подписанного согласия',
        params: consentParams,
        response: { 200: scanFile, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'consent', 'read');
      const scan = await readScan(db, ctx.orgId, request.params.id, request.params.cid);
      reply
        .type(scan.mediaType)
        .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(scan.fileName)}`)
        .header('cache-control', 'private, no-store');
      return scan.content;
    },
  );

  app.delete(
    '/orgs/:orgId/staff/:id/consents/:cid/scan',
    {
      schema: {
        tags,
        summary: 'Убрать скан согласия (например, приложен не тот файл)',
        params: consentParams,
        querystring: z.object({ reason: optionalText(500).optional() }),
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'consent', 'manage');
      await removeScan(db, ctx, request.params.id, request.params.cid, request.query.reason ?? null);
      reply.status(204);
      return null;
    },
  );
};
