// Signing in: checks the password, throttles guessing per login and per address (kept in the
// database, so every instance counts the same attempts), and opens a session.
import { and, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { AppError } from '../errors/app-error.js';
import { loginAttempts, users } from './auth-tables.js';
import { burnPasswordCheck, verifyPassword } from './passwords.js';
import { createSession, type SessionConfig } from './sessions.js';

export const loginThrottle = { windowMinutes: 15, perLogin: 5, perIp: 30 };

async function failuresSince(db: Db, column: 'login' | 'ip', value: string, since: Date): Promise<number> {
  const col = column === 'login' ? loginAttempts.login : loginAttempts.ip;
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(loginAttempts)
    .where(and(eq(col, value), eq(loginAttempts.succeeded, false), gt(loginAttempts.at, since)));
  return row?.n ?? 0;
}

export async function login(
  db: Db,
  config: SessionConfig,
  input: { login: string; password: string; ip: string; userAgent: string | null },
): Promise<{ token: string; expiresAt: Date; userId: string }> {
  const loginName = input.login.trim().toLowerCase();
  const since = new Date(Date.now() - loginThrottle.windowMinutes * 60_000);
  const [byLogin, byIp] = await Promise.all([
    failuresSince(db, 'login', loginName, since),
    failuresSince(db, 'ip', input.ip, since),
  ]);
  if (byLogin >= loginThrottle.perLogin || byIp >= loginThrottle.perIp) {
    throw new AppError('TOO_MANY_ATTEMPTS', {
      params: { minutes: loginThrottle.windowMinutes },
      headers: { 'retry-after': String(loginThrottle.windowMinutes * 60) },
    });
  }
  const [user] = await db.select().from(users).where(eq(users.login, loginName));
  let ok = false;
  if (user?.active) ok = await verifyPassword(user.passwordHash, input.password);
  else await burnPasswordCheck(input.password);

  await db.insert(loginAttempts).values({ login: loginName, ip: input.ip, succeeded: ok });
  if (!ok || !user) throw new AppError('INVALID_CREDENTIALS');
  if (byLogin > 0) {
    // A successful sign-in forgives earlier mistakes for this login.
    await db.delete(loginAttempts).where(and(eq(loginAttempts.login, loginName), eq(loginAttempts.succeeded, false)));
  }
  await db.update(users).set({ lastLoginAt: sql`now()` }).where(eq(users.id, user.id));
  const session = await createSession(db, config, user.id, { ip: input.ip, userAgent: input.userAgent });
  return { ...session, userId: user.id };
}
