// Small pieces every route file uses: the standard error responses for the OpenAPI document and
// the session cookie's settings.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { problemSchema } from './common-contract.js';

export const errors = {
  400: problemSchema,
  401: problemSchema,
  403: problemSchema,
  404: problemSchema,
  409: problemSchema,
  422: problemSchema,
  428: problemSchema,
  429: problemSchema,
} as const;

export function isSecureRequest(request: FastifyRequest): boolean {
  return request.protocol === 'https' || (request.server.deps.env.PUBLIC_URL?.startsWith('https://') ?? false);
}

export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  name: string,
  token: string,
  expiresAt: Date,
): void {
  reply.setCookie(name, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: isSecureRequest(request),
    expires: expiresAt,
  });
}

export function clientIp(request: FastifyRequest): string {
  return request.ip || 'unknown';
}
