// Server-side sessions: created at sign-in (a fresh id every time, so a planted cookie is
// useless), slid forward while used, removed at sign-out or when the password changes.
import { eq, lt, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { authCache } from './auth-cache.js';
import { sessions } from './auth-tables.js';
import { keyedHash, newToken } from './secrets.js';

export interface SessionConfig {
  secret: string;
  ttlHours: number;
}

export async function createSession(
  db: Db,
  config: SessionConfig,
  userId: string,
  meta: { ip: string | null; userAgent: string | null },
): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(Date.now() + config.ttlHours * 3_600_000);
  await db.insert(sessions).values({
    id: keyedHash(config.secret, token),
    userId,
    expiresAt,
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
  });
  // Old expired sessions are swept now and then rather than by a timer, keeping the app stateless.
  if (Math.random() < 0.05) await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
  return { token, expiresAt };
}

export function sessionIdOf(config: SessionConfig, token: string): string {
  return keyedHash(config.secret, token);
}

/** Moves the expiry forward at most every few minutes, so reads stay free of writes. */
export async function touchSession(db: Db, config: SessionConfig, sessionId: string, lastSeen: Date): Promise<void> {
  if (Date.now() - lastSeen.getTime() < 5 * 60_000) return;
  await db
    .update(sessions)
    .set({ lastSeenAt: sql`now()`, expiresAt: new Date(Date.now() + config.ttlHours * 3_600_000) })
    .where(eq(sessions.id, sessionId));
}

export async function deleteSession(db: Db, sessionId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

export async function deleteUserSessions(db: Db, userId: string, keepSessionId?: string | null): Promise<void> {
  authCache.evictUser(userId);
  if (keepSessionId) {
    await db.execute(sql`delete from sessions where user_id = ${userId} and id <> ${keepSessionId}`);
  } else {
    await db.delete(sessions).where(eq(sessions.userId, userId));
  }
}
