// The first-run wizard's endpoints.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { meSchema } from '../auth/auth-contract.js';
import { loadMe } from '../auth/me.js';
import { resolveSession } from '../auth/principal.js';
import { createSession, sessionIdOf } from '../auth/sessions.js';
import { appVersion } from '../config/version.js';
import { SESSION_COOKIE } from '../http/authenticate.js';
import { clientIp, errors, setSessionCookie } from '../http/route-helpers.js';
import { setupBody, setupStatusSchema } from './organization-contract.js';
import { runSetup, setupNeeded } from './setup.js';

export const setupRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, session, demo } = app.deps;

  app.get(
    '/setup',
    {
      config: { public: true },
      schema: {
        tags: ['setup'],
        summary: 'Нужна ли первоначальная настройка',
        response: { 200: setupStatusSchema },
      },
    },
    async () => ({ needed: await setupNeeded(db), version: appVersion }),
  );

  app.post(
    '/setup',
    {
      config: { public: true, rateLimit: { max: 10, timeWindow: '1 minute' } },
      schema: {
        tags: ['setup'],
        summary: 'Первоначальная настройка: организация и первая учётная запись',
        body: setupBody,
        response: { 201: meSchema, ...errors },
      },
    },
    async (request, reply) => {
      const { userId } = await runSetup(db, request.body);
      const created = await createSession(db, session, userId, {
        ip: clientIp(request),
        userAgent: request.headers['user-agent'] ?? null,
      });
      setSessionCookie(request, reply, SESSION_COOKIE, created.token, created.expiresAt);
      const resolved = await resolveSession(db, sessionIdOf(session, created.token), null);
      if (!resolved) throw new Error('session vanished right after set-up');
      reply.status(201);
      return loadMe(db, resolved.principal, demo);
    },
  );
};
