// API tokens for integrations: issued by an administrator to act as one account of the
// organization, shown once, stored only as a keyed hash, revocable.
import { and, desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit } from '../audit/record-audit.js';
import { authCache } from '../auth/auth-cache.js';
import { apiTokens, users } from '../auth/auth-tables.js';
import { keyedHash, newToken } from '../auth/secrets.js';
import type { Db } from '../db/client.js';
import { notFound } from '../errors/app-error.js';
import type { TenantContext } from '../http/tenancy.js';
import { getUser } from './users.js';
import type { tokenCreateSchema, tokenSchema } from './users-contract.js';

type Token = z.infer<typeof tokenSchema>;

const columns = {
  id: apiTokens.id,
  name: apiTokens.name,
  userId: apiTokens.userId,
  userLogin: users.login,
  createdAt: apiTokens.createdAt,
  expiresOn: apiTokens.expiresOn,
  lastUsedAt: apiTokens.lastUsedAt,
  revokedAt: apiTokens.revokedAt,
};

function present(r: {
  id: string;
  name: string;
  userId: string;
  userLogin: string;
  createdAt: Date;
  expiresOn: string | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}): Token {
  return {
    ...r,
    createdAt: r.createdAt.toISOString(),
    lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
    revokedAt: r.revokedAt?.toISOString() ?? null,
  };
}

export async function listTokens(db: Db, orgId: string): Promise<Token[]> {
  const rows = await db
    .select(columns)
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .where(eq(apiTokens.orgId, orgId))
    .orderBy(desc(apiTokens.createdAt))
    .limit(500);
  return rows.map(present);
}

export async function issueToken(
  db: Db,
  ctx: TenantContext,
  secret: string,
  input: z.output<typeof tokenCreateSchema>,
): Promise<Token & { token: string }> {
  await getUser(db, ctx.orgId, input.userId);
  const token = newToken('nst_');
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(apiTokens)
      .values({
        orgId: ctx.orgId,
        userId: input.userId,
        name: input.name,
        tokenHash: keyedHash(secret, token),
        createdBy: ctx.principal.userId,
        expiresOn: input.expiresOn,
      })
      .returning({ id: apiTokens.id });
    if (!row) throw new Error('insert returned nothing');
    await recordAudit(tx, ctx.actor, {
      orgId: ctx.orgId,
      entity: 'api-token',
      entityId: row.id,
      action: 'issue',
      after: { name: input.name, userId: input.userId, expiresOn: input.expiresOn },
    });
    const [issued] = await tx
      .select(columns)
      .from(apiTokens)
      .innerJoin(users, eq(users.id, apiTokens.userId))
      .where(eq(apiTokens.id, row.id));
    if (!issued) throw new Error('token vanished');
    return { ...present(issued), token };
  });
}

export async function revokeToken(db: Db, ctx: TenantContext, id: string): Promise<Token> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(apiTokens)
      .set({ revokedAt: sql`coalesce(${apiTokens.revokedAt}, now())` })
      .where(and(eq(apiTokens.orgId, ctx.orgId), eq(apiTokens.id, id)))
      .returning({ id: apiTokens.id, userId: apiTokens.userId });
    if (!row) throw notFound();
    authCache.evictUser(row.userId);
    await recordAudit(tx, ctx.actor, { orgId: ctx.orgId, entity: 'api-token', entityId: id, action: 'revoke' });
    const [revoked] = await tx
      .select(columns)
      .from(apiTokens)
      .innerJoin(users, eq(users.id, apiTokens.userId))
      .where(eq(apiTokens.id, id));
    if (!revoked) throw notFound();
    return present(revoked);
  });
}
