// POST /matching: proposals for the searching mentees, with the organization's weights or weights
// to preview; nothing is written — the curator decides.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { orgParam } from '../http/common-contract.js';
import { errors } from '../http/route-helpers.js';
import { orgContext } from '../http/tenancy.js';
import { settingsOf } from '../organizations/organization-view.js';
import { getOrganization } from '../organizations/update-organization.js';
import { todayIso } from '../shared/dates.js';
import { loadMatchingFacts } from './load-facts.js';
import { matchingRequestSchema, matchingResultSchema } from './matching-contract.js';
import { proposeMatches } from './propose.js';
import { defaultWeights } from './scoring.js';

export const matchingRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/orgs/:orgId/matching',
    {
      schema: {
        tags: ['matching'],
        summary: 'Предложить пары наставник — наставляемый (ничего не создаёт)',
        params: orgParam,
        body: matchingRequestSchema,
        response: { 200: matchingResultSchema, ...errors },
      },
    },
    async (request) => {
      const ctx = orgContext(request, request.params.orgId, 'matching', 'run');
      const db = app.deps.db;
      const [facts, org] = await Promise.all([
        loadMatchingFacts(db, ctx.orgId, todayIso(), request.body.menteeIds),
        getOrganization(db, ctx.orgId),
      ]);
      const weights = request.body.weights ?? settingsOf(org).matchingWeights ?? defaultWeights;
      const result = proposeMatches(facts.mentees, facts.mentors, request.body.mode, {
        weights,
        locale: request.locale,
        difficultyName: (id) => facts.difficultyNames.get(id) ?? id,
      });
      return { ...result, weights };
    },
  );
};
