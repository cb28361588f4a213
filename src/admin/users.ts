// The administrator's work with accounts: who works in the organization and in which roles.
// Accounts are global (one login per person); roles belong to a membership in one organization.
import { and, asc, eq, gt, type SQL, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit } from '../audit/record-audit.js';
import { authCache } from '../auth/auth-cache.js';
import { memberships, users } from '../auth/auth-tables.js';
import { hashPassword } from '../auth/passwords.js';
import type { Role } from '../auth/policy.js';
import { deleteUserSessions } from '../auth/sessions.js';
import type { Db } from '../db/client.js';
import { AppError, notFound } from '../errors/app-error.js';
import type { TenantContext } from '../http/tenancy.js';
import { decodeCursor, encodeCursor } from '../shared/cursor.js';
import type { User, userCreateSchema, userUpdateSchema } from './users-contract.js';

const columns = {
  id: users.id,
  login: users.login,
  fullName: users.fullName,
  email: users.email,
  active: users.active,
  mustChangePassword: users.mustChangePassword,
  lastLoginAt: users.lastLoginAt,
  createdAt: users.createdAt,
  roles: memberships.roles,
  membershipVersion: memberships.version,
};

interface Row {
  id: string;
  login: string;
  fullName: string;
  email: string | null;
  active: boolean;
  mustChangePassword: boolean;
  lastLoginAt: Date | null;
  createdAt: Date;
  roles: string[];
  membershipVersion: number;
}

function present(r: Row): User {
  return {
    id: r.id,
    login: r.login,
    fullName: r.fullName,
    email: r.email,
    active: r.active,
    mustChangePassword: r.mustChangePassword,
    roles: r.roles as Role[],
    membershipVersion: r.membershipVersion,
    lastLoginAt: r.lastLoginAt ? r.lastLoginAt.toISOString() : null,
    createdAt: r.createdAt.toISOString(),
  };
}

function memberQuery(db: Db, orgId: string, extra: SQL[] = []) {
  return db
    .select(columns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.orgId, orgId), ...extra));
}

export async function listUsers(
  db: Db,
  orgId: string,
  params: { limit: number; cursor?: string | undefined; q?: string | undefined },
): Promise<{ items: User[]; nextCursor: string | null }> {
  const extra: SQL[] = [];
  if (params.cursor) extra.push(gt(users.login, String(decodeCursor(params.cursor, ['string'])[0])));
  if (params.q) {
    const like = `%${params.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    extra.push(sql`(lower(${users.fullName}) like ${like} or ${users.login} like ${like})`);
  }
  const rows = await memberQuery(db, orgId, extra)
    .orderBy(asc(users.login))
    .limit(params.limit + 1);
  const page = rows.slice(0, params.limit);
  const last = page[page.length - 1];
  return {
    items: page.map(present),
    nextCursor: rows.length > params.limit && last ? encodeCursor([last.login]) : null,
  };
}

export async function getUser(db: Db, orgId: string, userId: string): Promise<User> {
  const [row] = await memberQuery(db, orgId, [eq(users.id, userId)]);
  if (!row) throw notFound();
  return present(row);
}

export async function createUser(db: Db, ctx: TenantContext, input: z.output<typeof userCreateSchema>): Promise<User> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.login, input.login));
    if (taken) throw new AppError('LOGIN_TAKEN', { params: { login: input.login } });
    const [user] = await tx
      .insert(users)
      .values({
        login: input.login,
        fullName: input.fullName,
        email: input.email,
        passwordHash,
        mustChangePassword: true,
      })
      .returning();
    if (!user) throw new Error('insert returned nothing');
    await tx.insert(memberships).values({ orgId: ctx.orgId, userId: user.id, roles: input.roles });
    await recordAudit(tx, ctx.actor, {
      orgId: ctx.orgId,
      entity: 'user',
      entityId: user.id,
      action: 'create',
      after: { login: user.login, fullName: user.fullName, email: user.email, roles: input.roles },
    });
    return getUser(tx, ctx.orgId, user.id);
  });
}

export async function updateUser(
  db: Db,
  ctx: TenantContext,
  userId: string,
  input: z.output<typeof userUpdateSchema>,
  version: number,
): Promise<User> {
  return db.transaction(async (tx) => {
    const before = await getUser(tx, ctx.orgId, userId);
    if (before.membershipVersion !== version) {
      throw new AppError('STALE_VERSION', { params: { sent: version, current: before.membershipVersion } });
    }
    const self = userId === ctx.principal.userId;
    if (self && (!input.active || (before.roles.includes('admin') && !input.roles.includes('admin')))) {
      throw new AppError('SELF_LOCKOUT');
    }
    await tx
      .update(users)
      .set({ fullName: input.fullName, email: input.email, active: input.active, updatedAt: sql`now()` })
      .where(eq(users.id, userId));
    await tx
      .update(memberships)
      .set({ roles: input.roles, version: sql`${memberships.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(memberships.orgId, ctx.orgId), eq(memberships.userId, userId)));
    if (!input.active) await deleteUserSessions(tx, userId);
    authCache.evictUser(userId);
    const after = await getUser(tx, ctx.orgId, userId);
    await recordAudit(tx, ctx.actor, {
      orgId: ctx.orgId,
      entity: 'user',
      entityId: userId,
      action: 'update',
      before: { fullName: before.fullName, email: before.email, roles: before.roles, active: before.active },
      after: { fullName: after.fullName, email: after.email, roles: after.roles, active: after.active },
      reason: input.reason,
    });
    return after;
  });
}

/** Sets a temporary password that the person must change at the next sign-in. */
export async function resetPassword(db: Db, ctx: TenantContext, userId: string, password: string): Promise<void> {
  await getUser(db, ctx.orgId, userId);
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: true, version: sql`${users.version} + 1`, updatedAt: sql`now()` })
      .where(eq(users.id, userId));
    await deleteUserSessions(tx, userId);
    await recordAudit(tx, ctx.actor, {
      orgId: ctx.orgId,
      entity: 'user',
      entityId: userId,
      action: 'reset-password',
    });
  });
}
