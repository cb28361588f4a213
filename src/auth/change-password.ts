// A user changes their own password; their other sessions end, this one stays.
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { AppError } from '../errors/app-error.js';
import { users } from './auth-tables.js';
import { hashPassword, verifyPassword } from './passwords.js';
import type { Principal } from './principal.js';
import { deleteUserSessions } from './sessions.js';

export async function changeOwnPassword(
  db: Db,
  principal: Principal,
  input: { currentPassword: string; newPassword: string },
): Promise<void> {
  const [user] = await db.select().from(users).where(eq(users.id, principal.userId));
  if (!user) throw new AppError('UNAUTHENTICATED');
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) throw new AppError('WRONG_PASSWORD');
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false, version: sql`${users.version} + 1`, updatedAt: sql`now()` })
      .where(eq(users.id, user.id));
    await deleteUserSessions(tx, user.id, principal.sessionId);
  });
}
