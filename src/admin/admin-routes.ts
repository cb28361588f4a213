// Accounts, roles and API tokens of an organization, for its administrator.
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { listOf, listQuery, orgIdParam, orgParam } from '../http/common-contract.js';
import { errors } from '../http/route-helpers.js';
import { expectedVersion, orgContext } from '../http/tenancy.js';
import { issueToken, listTokens, revokeToken } from './tokens.js';
import { createUser, getUser, listUsers, resetPassword, updateUser } from './users.js';
import {
  resetPasswordSchema,
  tokenCreateSchema,
  tokenIssuedSchema,
  tokenSchema,
  userCreateSchema,
  userSchema,
  userUpdateSchema,
} from './users-contract.js';

export const adminRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, session } = app.deps;
  const tags = ['admin'];

  app.get(
    '/orgs/:orgId/users',
    {
      schema: {
        tags,
        summary: 'Учётные записи организации и их роли',
        params: orgParam,
        querystring: listQuery,
        response: { 200: listOf(userSchema), ...errors },
      },
    },
    async (request) => {
      const ctx = orgContext(request, request.params.orgId, 'user', 'read');
      return listUsers(db, ctx.orgId, request.query);
    },
  );

  app.post(
    '/orgs/:orgId/users',
    {
      schema: {
        tags,
        summary: 'Создать учётную запись с ролями в организации',
        params: orgParam,
        body: userCreateSchema,
        response: { 201: userSchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'user', 'manage');
      reply.status(201);
      return createUser(db, ctx, request.body);
    },
  );

  app.get(
    '/orgs/:orgId/users/:id',
    { schema: { tags, summary: 'Учётная запись', params: orgIdParam, response: { 200: userSchema, ...errors } } },
    async (request) => {
      const ctx = orgContext(request, request.params.orgId, 'user', 'read');
      return getUser(db, ctx.orgId, request.params.id);
    },
  );

  app.put(
    '/orgs/:orgId/users/:id',
    {
      schema: {
        tags,
        summary: 'Изменить учётную запись и роли (version — membershipVersion)',
        params: orgIdParam,
        body: userUpdateSchema,
        response: { 200: userSchema, ...errors },
      },
    },
    async (request) => {
      const ctx = orgContext(request, request.params.orgId, 'user', 'manage');
      const version = expectedVersion(request, request.body.version);
      return updateUser(db, ctx, request.params.id, request.body, version);
    },
  );

  app.post(
    '/orgs/:orgId/users/:id/password',
    {
      schema: {
        tags,
        summary: 'Задать временный пароль (пользователь сменит его при входе)',
        params: orgIdParam,
        body: resetPasswordSchema,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'user', 'manage');
      await resetPassword(db, ctx, request.params.id, request.body.password);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/orgs/:orgId/tokens',
    {
      schema: {
        tags,
        summary: 'API-токены организации',
        params: orgParam,
        response: { 200: listOf(tokenSchema), ...errors },
      },
    },
    async (request) => {
      const ctx = orgContext(request, request.params.orgId, 'token', 'manage');
      return { items: await listTokens(db, ctx.orgId), nextCursor: null };
    },
  );

  app.post(
    '/orgs/:orgId/tokens',
    {
      schema: {
        tags,
        summary: 'Выпустить API-токен (значение показывается один раз)',
        params: orgParam,
        body: tokenCreateSchema,
        response: { 201: tokenIssuedSchema, ...errors },
      },
    },
    async (request, reply) => {
      const ctx = orgContext(request, request.params.orgId, 'token', 'manage');
      reply.status(201);
      return issueToken(db, ctx, session.secret, request.body);
    },
  );

  app.post(
    '/orgs/:orgId/tokens/:id/revoke',
    {
      schema: { tags, summary: 'Отозвать API-токен', params: orgIdParam, response: { 200: tokenSchema, ...errors } },
    },
    async (request) => {
      const ctx = orgContext(request, request.params.orgId, 'token', 'manage');
      return revokeToken(db, ctx, request.params.id);
    },
  );
};
