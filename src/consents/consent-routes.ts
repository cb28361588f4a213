// Consents over HTTP: the list on a staff card, recording, withdrawal and the form to sign.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { orgIdParam } from '../http/common-contract.js';
import { errors } from '../http/route-helpers.js';
import { orgContext } from '../http/tenancy.js';
import { paperFile, paperFormats, sendPaper } from '../orders/paper-files.js';
import { getOrganization } from '../organizations/update-organization.js';
import { getStaff } from '../staff/write-staff.js';
import {
  type ConsentKind,
  consentCreateSchema,
  consentFormFiles,
  consentParams,
  consentSchema,
  consentWithdrawSchema,
  splitFormFile,
} from './consent-contract.js';
import { consentDocument } from './consent-document.js';
import { scanSummaries } from './consent-scans.js';
import type { ConsentRow } from './consents-table.js';
import { getConsent, listConsents, presentConsent, recordConsent, withdrawConsent } from './write-consent.js';

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

  /** The form filled from the staff record and the organization's requisites. */
  async function formOf(
    orgId: string,
    staffId: string,
    consent: Pick<ConsentRow, 'kind' | 'givenOn' | 'fields' | 'note'> | null,
    kind: ConsentKind,
  ) {
    const person = await getStaff(db, orgId, staffId);
    const org = await getOrganization(db, orgId);
    return consentDocument({
      kind,
      org,
      person: {
        fullName: [person.lastName, person.firstName, person.middleName].filter(Boolean).join(' '),
        position: person.position.toLowerCase(),
      },
      givenOn: consent?.givenOn ?? null,
      fields: consent?.fields ?? [],
      note: consent?.note ?? null,
    });
  }

  for (const format of paperFormats) {
    app.get(
      `/orgs/:orgId/staff/:id/consents/:cid/document.${format.ext}`,
      {
        schema: {
          tags,
          summary: `Согласие, заполненное по записи, для подписи (${format.label})`,
          params: consentParams,
          response: { 200: paperFile(format), ...errors },
        },
      },
      async (request, reply) => {
        const ctx = orgContext(request, request.params.orgId, 'consent', 'read');
        const consent = await getConsent(db, ctx.orgId, request.params.id, request.params.cid);
        const paper = await formOf(ctx.orgId, consent.staffId, consent, consent.kind);
        return sendPaper(reply, format, `soglasie-${consent.kind}-${consent.givenOn}`, await format.render(paper));
      },
    );
  }

  app.get(
    '/orgs/:orgId/staff/:id/consent-forms/:file',
    {
      schema: {
        tags,
        summary: 'Бланк согласия работника до его получения: заполнен по записи работника, дата и подпись от руки',
        description: 'Файл называется по виду согласия и формату: `personal-data.docx`, `mentor-role.pdf` и т. д.',
        params: orgIdParam.extend({ file: z.enum(consentFormFiles) }),
        response: { 200: z.instanceof(Buffer).meta({ type: 'string', format: 'binary' }), ...errors },
      },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'consent', 'read');
      const [kind, ext] = splitFormFile(request.params.file);
      const format = paperFormats.find((f) => f.ext === ext) ?? paperFormats[0];
      const paper = await formOf(ctx.orgId, request.params.id, null, kind);
      return sendPaper(reply, format, `blank-soglasiya-${kind}`, await format.render(paper));
    },
  );
};
