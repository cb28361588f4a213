// The order register over HTTP: drafts, edits, signing, and the printable files (Word and PDF).
import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listOf, orgIdParam, orgParam, versionField } from '../http/common-contract.js';
import { errors } from '../http/route-helpers.js';
import { expectedVersion, orgContext } from '../http/tenancy.js';
import {
  orderCreateSchema,
  orderListQuery,
  orderSchema,
  orderSignSchema,
  orderSummarySchema,
  orderUpdateSchema,
} from './order-contract.js';
import { orderDocument } from './order-document.js';
import { renderOrderDocx } from './order-docx.js';
import { renderOrderPdf } from './order-pdf.js';
import type { OrderRow } from './orders-table.js';
import { signOrder } from './sign-order.js';
import { createOrder, deleteDraft, getOrder, listOrders, presentOrder, updateOrder } from './write-order.js';

const file = (description: string) => z.instanceof(Buffer).meta({ type: 'string', format: 'binary', description });
const deleteBody = z.object({ version: versionField.optional() }).optional();

function fileName(row: OrderRow, ext: string): string {
  const label = row.number ? `${row.signedOn}-${row.number}` : `proekt-${row.id.slice(0, 8)}`;
  // Header-safe: Latin letters, digits and dashes in the plain name, the Russian one encoded.
  const ascii = `prikaz-${label}`.replace(/[^\w.-]+/g, '_');
  const full = encodeURIComponent(`Приказ ${row.number ? `№ ${row.number} от ${row.signedOn}` : '(проект)'}.${ext}`);
  return `attachment; filename="${ascii}.${ext}"; filename*=UTF-8''${full}`;
}

function sendFile(reply: FastifyReply, type: string, disposition: string, body: Buffer) {
  reply.type(type).header('content-disposition', disposition).header('cache-control', 'no-store');
  return reply.send(body);
}

export const orderRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const tags = ['orders'];
  const base = '/orgs/:orgId/orders';

  app.get(
    base,
    {
      schema: {
        tags,
        summary: 'Реестр приказов (фильтры: вид, год, состояние, связанная запись)',
        params: orgParam,
        querystring: orderListQuery,
        response: { 200: listOf(orderSummarySchema), ...errors },
      },
    },
    async (request) => {
      const ctx = orgContext(request, request.params.orgId, 'order', 'read');
      const page = await listOrders(db, ctx.orgId, request.query);
      const items = page.items.map((row) => {
        const { content: _c, links: _l, ...summary } = presentOrder(row, []);
        return summary;
      });
      return { items, nextCursor: page.nextCursor };
    },
  );

  app.post(
    base,
    {
      schema: {
        tags,
        summary: 'Подготовить проект приказа (текст строится по виду и связанным записям)',
        params: orgParam,
        body: orderCreateSchema,
        response: { 201: orderSchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'order', 'manage');
      const row = await createOrder(db, ctx, request.body);
      const { row: saved, links } = await getOrder(db, ctx.orgId, row.id);
      reply.status(201).header('etag', `"${saved.version}"`).header('location', `${request.url}/${saved.id}`);
      return presentOrder(saved, links);
    },
  );

  app.get(
    `${base}/:id`,
    {
      schema: { tags, summary: 'Приказ', params: orgIdParam, response: { 200: orderSchema, ...errors } },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'order', 'read');
      const { row, links, cancelledBy } = await getOrder(db, ctx.orgId, request.params.id);
      reply.header('etag', `"${row.version}"`);
      return presentOrder(row, links, cancelledBy);
    },
  );

  app.put(
    `${base}/:id`,
    {
      schema: {
        tags,
        summary: 'Изменить проект приказа (подписанный приказ не изменяется: 409)',
        params: orgIdParam,
        body: orderUpdateSchema,
        response: { 200: orderSchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'order', 'manage');
      const version = expectedVersion(request, request.body.version);
      await updateOrder(db, ctx, request.params.id, request.body, version);
      const { row, links } = await getOrder(db, ctx.orgId, request.params.id);
      reply.header('etag', `"${row.version}"`);
      return presentOrder(row, links);
    },
  );

  app.delete(
    `${base}/:id`,
    {
      schema: {
        tags,
        summary: 'Удалить проект приказа',
        params: orgIdParam,
        body: deleteBody,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'order', 'manage');
      await deleteDraft(db, ctx, request.params.id, expectedVersion(request, request.body?.version));
      return reply.status(204).send(null);
    },
  );

  app.post(
    `${base}/:id/sign`,
    {
      schema: {
        tags,
        summary: 'Подписать приказ (директор): номер и дата фиксируются, связанные записи вступают в силу',
        params: orgIdParam,
        body: orderSignSchema,
        response: { 200: orderSchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'order', 'sign');
      const version = expectedVersion(request, request.body.version);
      await signOrder(db, ctx, request.params.id, request.body, version);
      const { row, links } = await getOrder(db, ctx.orgId, request.params.id);
      reply.header('etag', `"${row.version}"`);
      return presentOrder(row, links);
    },
  );

  const loadDocument = async (orgId: string, id: string) => {
    const { row } = await getOrder(db, orgId, id);
    return {
      row,
      document: orderDocument({ title: row.title, content: row.content, number: row.number, date: row.signedOn }),
    };
  };

  app.get(
    `${base}/:id/document.docx`,
    {
      schema: {
        tags,
        summary: 'Приказ в формате Word (ГОСТ Р 7.0.97-2016)',
        params: orgIdParam,
        response: { 200: file('Файл .docx'), ...errors },
      },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'order', 'read');
      const { row, document } = await loadDocument(ctx.orgId, request.params.id);
      return sendFile(
        reply,
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        fileName(row, 'docx'),
        await renderOrderDocx(document),
      );
    },
  );

  app.get(
    `${base}/:id/document.pdf`,
    {
      schema: {
        tags,
        summary: 'Приказ в формате PDF',
        params: orgIdParam,
        response: { 200: file('Файл .pdf'), ...errors },
      },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'order', 'read');
      const { row, document } = await loadDocument(ctx.orgId, request.params.id);
      return sendFile(reply, 'application/pdf', fileName(row, 'pdf'), await renderOrderPdf(document));
    },
  );
};
