// The art. 351.8 supplementary agreement of a group's mentor (Word and PDF) and the mentor's own
// pay that it states, over HTTP: parse → authorize → call → present.
import { and, eq } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { mentors } from '../banks/banks-table.js';
import { notFound } from '../errors/app-error.js';
import { optionalText, orgIdParam } from '../http/common-contract.js';
import { errors } from '../http/route-helpers.js';
import { expectedVersion, orgContext } from '../http/tenancy.js';
import { paperFile, paperFormats, sendPaper } from '../orders/paper-files.js';
import { settingsOf } from '../organizations/organization-view.js';
import { getOrganization } from '../organizations/update-organization.js';
import { agreementQuery, mentorPayInSchema, mentorPayViewSchema } from './agreement-contract.js';
import { agreementDocument } from './agreement-document.js';
import { loadAgreementFacts } from './agreement-facts.js';
import { clearMentorPay, effectivePay, ownPay, setMentorPay } from './mentor-pay.js';

const clearBody = z.object({ reason: optionalText(500) }).optional();

export const agreementRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps;
  const tags = ['agreements'];

  for (const format of paperFormats) {
    app.get(
      `/orgs/:orgId/groups/:id/agreement.${format.ext}`,
      {
        schema: {
          tags,
          summary: `Дополнительное соглашение к трудовому договору наставника группы, ст. 351.8 ТК РФ (${format.label})`,
          description:
            'Стороны — организация, где работает наставник группы (при сетевом наставничестве — его школа), и наставник. Срок наставничества — `startsOn`/`endsOn`, иначе срок программы наставничества группы (последней не прекращённой), иначе пустые места; дата соглашения — `date`, иначе пустое место. Оплата — собственная оплата наставника (`/mentors/{id}/pay`), иначе настройка организации `settings.mentorPay`.',
          params: orgIdParam,
          querystring: agreementQuery,
          response: { 200: paperFile(format), ...errors },
        },
      },
      async (request, reply) => {
        const ctx = orgContext(request, request.params.orgId, 'agreement', 'read');
        const { facts } = await loadAgreementFacts(db, ctx.orgId, request.params.id, request.query);
        const paper = agreementDocument(facts);
        return sendPaper(
          reply,
          format,
          `dopsoglashenie-${facts.mentor.lastName}`,
          await format.render(paper),
          `Дополнительное соглашение — ${facts.mentor.lastName}`,
        );
      },
    );
  }

  const payPath = '/orgs/:orgId/mentors/:id/pay';

  async function present(orgId: string, mentorId: string) {
    const own = await ownPay(db, orgId, mentorId);
    const view = effectivePay(own, settingsOf(await getOrganization(db, orgId)));
    return { ...view, mentorId };
  }

  app.get(
    payPath,
    {
      schema: {
        tags,
        summary: 'Оплата наставничества этого наставника: собственная или по настройке организации',
        params: orgIdParam,
        response: { 200: mentorPayViewSchema, ...errors },
      },
    },
    async (request) => {
      const ctx = orgContext(request, request.params.orgId, 'agreement', 'read');
      const [mentor] = await mentorOf(ctx.orgId, request.params.id);
      if (!mentor) throw notFound();
      return present(ctx.orgId, request.params.id);
    },
  );

  app.put(
    payPath,
    {
      schema: {
        tags,
        summary: 'Установить наставнику собственную оплату (вместо настройки организации)',
        description:
          'Изменение уже установленной оплаты требует её `version` (или `If-Match`); первая установка — без неё.',
        params: orgIdParam,
        body: mentorPayInSchema,
        response: { 200: mentorPayViewSchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'agreement', 'manage');
      const sent = request.headers['if-match'] !== undefined || request.body.version !== undefined;
      const version = sent ? expectedVersion(request, request.body.version) : null;
      const row = await setMentorPay(db, ctx, request.params.id, request.body, version);
      reply.header('etag', `"${row.version}"`);
      return present(ctx.orgId, request.params.id);
    },
  );

  app.delete(
    payPath,
    {
      schema: {
        tags,
        summary: 'Вернуть наставнику оплату по настройке организации',
        params: orgIdParam,
        body: clearBody,
        response: { 200: mentorPayViewSchema, ...errors },
      },
    },
    async (request) => {
      const ctx = orgContext(request, request.params.orgId, 'agreement', 'manage');
      await clearMentorPay(db, ctx, request.params.id, request.body?.reason ?? null);
      return present(ctx.orgId, request.params.id);
    },
  );

  function mentorOf(orgId: string, id: string) {
    return db
      .select({ id: mentors.id })
      .from(mentors)
      .where(and(eq(mentors.orgId, orgId), eq(mentors.id, id)));
  }
};
