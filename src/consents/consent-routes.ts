// Consents over HTTP: the list on a staff card, recording, withdrawal and the form to sign.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orgIdParam } from '../http/common-contract.js';
import { errors } from '../http/route-helpers.js';
import { orgContext } from '../http/tenancy.js';
import { getOrganization } from '../organizations/update-organization.js';
import { getStaff } from '../staff/write-staff.js';
import { consentCreateSchema, consentParams, consentSchema, consentWithdrawSchema } from './consent-contract.js';
import { renderConsentDocx } from './consent-document.js';
import { scanSummaries } from './consent-scans.js';
import { getConsent, listConsents, presentConsent, recordConsent, withdrawConsent } from './write-consent.js';

const docxFile = z.instanceof(Buffer).meta({ type: 'string', format: 'binary', description: 'Файл .docx' });

export const consentRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const tags = ['consents'];

  app.get(
    '/orgs/:orgId/staff/:id/consents',
    {
      schema: {
        tags,
        summary: 'Согласия работника (действующие и отозванные)',
        params: orgIdParam,
        response: { 200: z.object({ items: z.array(consentSchema), nextCursor: z.null() }), ...errors },
      },
    },
    async (request) => {
      const ctx = orgContext(request, request.params.orgId, 'consent', 'read');
      const rows = await listConsents(db, ctx.orgId, request.params.id);
      const scans = await scanSummaries(
        db,
        ctx.orgId,
        rows.map((r) => r.id),
      );
      return { items: rows.map((r) => presentConsent(r, scans.get(r.id) ?? null)), nextCursor: null };
    },
  );

  app.post(
    '/orgs/:orgId/staff/:id/consents',
    {
      schema: {
        tags,
        summary: 'Зарегистрировать письменное согласие работника',
        params: orgIdParam,
        body: consentCreateSchema,
        response: { 201: consentSchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'consent', 'manage');
      const row = await recordConsent(db, ctx, request.params.id, request.body);
      reply.status(201).header('etag', `"${row.version}"`).header('location', `${request.url}/${row.id}`);
      return presentConsent(row);
    },
  );

  app.post(
    '/orgs/:orgId/staff/:id/consents/:cid/withdraw',
    {
      schema: {
        tags,
        summary: 'Отзыв согласия (отзыв согласия на обработку персональных данных исключает из обоих банков)',
        params: consentParams,
        body: consentWithdrawSchema,
        response: { 200: consentSchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'consent', 'manage');
      const { params, body } = request;
      const row = await withdrawConsent(db, ctx, params.id, params.cid, body);
      reply.header('etag', `"${row.version}"`);
      const scans = await scanSummaries(db, ctx.orgId, [row.id]);
      return presentConsent(row, scans.get(row.id) ?? null);
    },
  );

  app.get(
    '/orgs/:orgId/staff/:id/consents/:cid/document.docx',
    {
      schema: {
        tags,
        summary: 'Бланк согласия для подписи (Word)',
        params: consentParams,
        response: { 200: docxFile, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'consent', 'read');
      const consent = await getConsent(db, ctx.orgId, request.params.id, request.params.cid);
      const person = await getStaff(db, ctx.orgId, consent.staffId);
      const org = await getOrganization(db, ctx.orgId);
      const buffer = await renderConsentDocx({
        kind: consent.kind,
        org,
        person: {
          fullName: [person.lastName, person.firstName, person.middleName].filter(Boolean).join(' '),
          position: person.position.toLowerCase(),
        },
        givenOn: consent.givenOn,
        fields: consent.fields,
        note: consent.note,
      });
      const name = `soglasie-${consent.kind}-${consent.givenOn}.docx`;
      reply
        .type('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header('content-disposition', `attachment; filename="${name}"`)
        .header('cache-control', 'no-store');
      return reply.send(buffer);
    },
  );
};
