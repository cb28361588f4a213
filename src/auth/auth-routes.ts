// Sign-in, sign-out, the current user and their password.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SESSION_COOKIE } from '../http/authenticate.js';
import { clientIp, errors, setSessionCookie } from '../http/route-helpers.js';
import { requireUser } from '../http/tenancy.js';
import { authCache } from './auth-cache.js';
import { changePasswordBody, loginBody, meSchema } from './auth-contract.js';
import { changeOwnPassword } from './change-password.js';
import { login } from './login.js';
import { loadMe } from './me.js';
import { resolveSession } from './principal.js';
import { deleteSession, sessionIdOf } from './sessions.js';

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, session, demo } = app.deps;

  app.post(
    '/auth/login',
    {
      config: { public: true, rateLimit: { max: 60, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Вход по логину и паролю',
        body: loginBody,
        response: { 200: meSchema, ...errors },
      },
    },
    async (request, reply) => {
      const result = await login(db, session, {
        login: request.body.login,
        password: request.body.password,
        ip: clientIp(request),
        userAgent: request.headers['user-agent'] ?? null,
      });
      setSessionCookie(request, reply, SESSION_COOKIE, result.token, result.expiresAt);
      const resolved = await resolveSession(db, sessionIdOf(session, result.token), null);
      if (!resolved) throw new Error('session vanished right after login');
      return loadMe(db, resolved.principal, demo);
    },
  );

  app.post(
    '/auth/logout',
    { schema: { tags: ['auth'], summary: 'Выход', response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      const principal = request.auth?.principal;
      if (principal?.sessionId) {
        await deleteSession(db, principal.sessionId);
        authCache.evictUser(principal.userId);
      }
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/me',
    { schema: { tags: ['auth'], summary: 'Текущий пользователь и его роли', response: { 200: meSchema, ...errors } } },
    async (request) => loadMe(db, requireUser(request), demo),
  );

  app.post(
    '/me/password',
    {
      config: { rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Смена собственного пароля',
        body: changePasswordBody,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await changeOwnPassword(db, requireUser(request), request.body);
      return reply.status(204).send(null);
    },
  );
};
