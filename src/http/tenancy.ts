// The one place where a request is let into an organization's data: the caller must hold a role
// there (otherwise the organization "does not exist" for them: 404), and the role must allow the
// action (403). Use cases receive the resulting context and scope every query by its orgId.
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../audit/record-audit.js';
import { type Action, can, type Entity, type Role } from '../auth/policy.js';
import type { Principal } from '../auth/principal.js';
import { AppError, notFound } from '../errors/app-error.js';

export interface TenantContext {
  orgId: string;
  roles: Role[];
  actor: Actor;
  principal: Principal;
}

export function requireUser(request: FastifyRequest): Principal {
  if (!request.auth) throw new AppError('UNAUTHENTICATED');
  return request.auth.principal;
}

export function orgContext<E extends Entity>(
  request: FastifyRequest,
  orgId: string,
  entity: E,
  action: Action<E>,
): TenantContext {
  const auth = request.auth;
  if (!auth) throw new AppError('UNAUTHENTICATED');
  if (auth.orgId !== orgId.toLowerCase() || auth.roles.length === 0) throw notFound();
  if (!can(auth.roles, entity, action)) throw new AppError('FORBIDDEN');
  return {
    orgId: auth.orgId,
    roles: auth.roles,
    actor: { userId: auth.principal.userId, name: auth.principal.fullName },
    principal: auth.principal,
  };
}

/** The version a client read: the If-Match header or a "version" field in the body. */
export function expectedVersion(request: FastifyRequest, bodyVersion: number | undefined): number {
  const header = request.headers['if-match'];
  if (typeof header === 'string') {
    const n = Number(header.replace(/^W\//, '').replace(/"/g, ''));
    if (Number.isInteger(n) && n > 0) return n;
  }
  if (bodyVersion !== undefined) return bodyVersion;
  throw new AppError('VERSION_REQUIRED');
}
