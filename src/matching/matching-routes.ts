// POST /matching: proposals for the searching mentees, with the organization's weights or weights
// to preview; nothing is written — the curator decides.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AppError } from '../errors/app-error.js';
import { orgParam } from '../http/common-contract.js';
import { errors } from '../http/route-helpers.js';
import { orgContext } from '../http/tenancy.js';
import { loadNetworkPool } from '../network/network-pool.js';
import { settingsOf } from '../organizations/organization-view.js';
import { getOrganization } from '../organizations/update-organization.js';
import { todayIso } from '../shared/dates.js';
import { loadMatchingFacts } from './load-facts.js';
import {
  matchingRequestSchema,
  matchingResultSchema,
  pairScoreRequestSchema,
  pairScoreResultSchema,
} from './matching-contract.js';
import { proposeMatches } from './propose.js';
import { defaultWeights, refusalText, scorePair } from './scoring.js';

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
      const crossSchool = request.body.crossSchool;
      const pool = crossSchool ? await loadNetworkPool(db, ctx.orgId) : null;
      if (pool && pool.ownerId === null) throw new AppError('NETWORK_NOT_ALLOWED');
      const schoolNames = new Map(pool?.schools.map((s) => [s.id, s.name]) ?? []);
      const [facts, org] = await Promise.all([
        loadMatchingFacts(db, ctx.orgId, todayIso(), request.body.menteeIds, {
          schoolIds: pool?.schools.map((s) => s.id) ?? [],
        }),
        getOrganization(db, ctx.orgId),
      ]);
      const weights = request.body.weights ?? settingsOf(org).matchingWeights ?? defaultWeights;
      const result = proposeMatches(facts.mentees, facts.mentors, request.body.mode, {
        weights,
        locale: request.locale,
        difficultyName: (id) => facts.difficultyNames.get(id) ?? id,
        crossSchool,
        schoolName: (id) => schoolNames.get(id),
      });
      const proposals = result.proposals.map((p) => {
        const name = p.mentorOrgId === ctx.orgId ? undefined : schoolNames.get(p.mentorOrgId);
        return name ? { ...p, mentorOrgName: name } : p;
      });
      return { ...result, proposals, weights, crossSchool };
    },
  );

  app.post(
    '/orgs/:orgId/matching/pairs',
    {
      schema: {
        tags: ['matching'],
        summary: 'Оценить пары, составленные вручную: баллы и причины или почему пара невозможна',
        params: orgParam,
        body: pairScoreRequestSchema,
        response: { 200: pairScoreResultSchema, ...errors },
      },
    },
    async (request) => {
      const ctx = orgContext(request, request.params.orgId, 'matching', 'run');
      const db = app.deps.db;
      const { pairs, crossSchool } = request.body;
      const pool = crossSchool ? await loadNetworkPool(db, ctx.orgId) : null;
      if (pool && pool.ownerId === null) throw new AppError('NETWORK_NOT_ALLOWED');
      const schoolNames = new Map(pool?.schools.map((s) => [s.id, s.name]) ?? []);
      const menteeIds = [...new Set(pairs.map((p) => p.menteeId))];
      const [facts, org] = await Promise.all([
        loadMatchingFacts(db, ctx.orgId, todayIso(), menteeIds, { schoolIds: pool?.schools.map((s) => s.id) ?? [] }),
        getOrganization(db, ctx.orgId),
      ]);
      const weights = request.body.weights ?? settingsOf(org).matchingWeights ?? defaultWeights;
      const menteeById = new Map(facts.mentees.map((m) => [m.id, m]));
      const mentorById = new Map(facts.mentors.map((m) => [m.id, m]));
      const scoring = {
        weights,
        locale: request.locale,
        difficultyName: (id: string) => facts.difficultyNames.get(id) ?? id,
        crossSchool,
        schoolName: (id: string) => schoolNames.get(id),
      };
      const refused = (pair: (typeof pairs)[number], rule: Parameters<typeof refusalText>[0]) => ({
        ...pair,
        allowed: false,
        score: null,
        reasons: [],
        refusal: refusalText(rule, request.locale),
      });
      const items = pairs.map((pair) => {
        const mentee = menteeById.get(pair.menteeId);
        const mentor = mentorById.get(pair.mentorId);
        if (!mentee) return refused(pair, 'not-searching');
        if (!mentor) return refused(pair, 'no-mentor');
        const verdict = scorePair(mentee, mentor, scoring);
        return verdict.allowed
          ? { ...pair, allowed: true, score: verdict.score, reasons: verdict.reasons, refusal: null }
          : refused(pair, verdict.rule);
      });
      return { items };
    },
  );
};
