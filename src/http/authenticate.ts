// Identifies the caller of every /api/v1 request (session cookie or bearer token) and resolves
// their roles in the organization named by the path, before anything else runs.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { authCache } from '../auth/auth-cache.js';
import { markTokenUsed, type Resolved, resolveApiToken, resolveSession } from '../auth/principal.js';
import { keyedHash } from '../auth/secrets.js';
import { sessionIdOf, touchSession } from '../auth/sessions.js';
import { AppError } from '../errors/app-error.js';

export const SESSION_COOKIE = 'nastavnik_sid';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function orgIdOf(request: FastifyRequest): string | null {
  const params = request.params as Record<string, unknown> | undefined;
  const orgId = params?.orgId;
  return typeof orgId === 'string' && UUID.test(orgId) ? orgId.toLowerCase() : null;
}

export async function authenticate(request: FastifyRequest, _reply: FastifyReply): Promise<void> {
  request.auth = null;
  const { db, session } = request.server.deps;
  const orgId = orgIdOf(request);
  const header = request.headers.authorization;
  let resolved: Resolved | null = null;
  if (header?.startsWith('Bearer ')) {
    const hash = keyedHash(session.secret, header.slice(7).trim());
    const key = `t:${hash}:${orgId ?? ''}`;
    resolved = authCache.get(key);
    if (!resolved) {
      resolved = await resolveApiToken(db, hash, orgId);
      if (resolved) {
        authCache.set(key, resolved);
        await markTokenUsed(db, hash);
      }
    }
  } else {
    const token = request.cookies[SESSION_COOKIE];
    if (token) {
      const sid = sessionIdOf(session, token);
      const key = `s:${sid}:${orgId ?? ''}`;
      resolved = authCache.get(key);
      if (!resolved) {
        resolved = await resolveSession(db, sid, orgId);
        if (resolved) {
          authCache.set(key, resolved);
          const { sessionId, sessionLastSeen } = resolved.principal;
          if (sessionId && sessionLastSeen) await touchSession(db, session, sessionId, sessionLastSeen);
        }
      }
    }
  }
  if (resolved) request.auth = { ...resolved, orgId };
  if (!request.auth && !request.routeOptions.config.public) throw new AppError('UNAUTHENTICATED');
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuses state-changing requests that a browser sent from another site. Bearer-token clients
 * are not browsers and carry no ambient credentials, so they are not checked.
 */
export async function checkOrigin(request: FastifyRequest): Promise<void> {
  if (SAFE_METHODS.has(request.method)) return;
  if (request.headers.authorization?.startsWith('Bearer ')) return;
  const site = request.headers['sec-fetch-site'];
  if (site === 'cross-site' || site === 'same-site') throw new AppError('ORIGIN_MISMATCH');
  const origin = request.headers.origin;
  if (!origin) return;
  const allowed = new Set<string>();
  const host = request.headers['x-forwarded-host'] ?? request.headers.host;
  if (host) {
    allowed.add(`http://${host}`);
    allowed.add(`https://${host}`);
  }
  const publicUrl = request.server.deps.env.PUBLIC_URL;
  if (publicUrl) allowed.add(new URL(publicUrl).origin);
  if (!allowed.has(origin)) throw new AppError('ORIGIN_MISMATCH');
}
