// First run: with an empty database, the person installing the product creates the organization
// and the first account (director and administrator). Once anything exists, set-up is closed.
import { count, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { recordAudit } from '../audit/record-audit.js';
import { memberships, users } from '../auth/auth-tables.js';
import { hashPassword } from '../auth/passwords.js';
import { ensureCatalog } from '../catalog/catalog-store.js';
import type { Db } from '../db/client.js';
import { AppError } from '../errors/app-error.js';
import type { setupBody } from './organization-contract.js';
import { organizationSnapshot } from './organization-view.js';
import { organizations } from './organizations-table.js';

export async function setupNeeded(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(organizations);
  return (row?.n ?? 0) === 0;
}

export async function runSetup(db: Db, input: z.output<typeof setupBody>): Promise<{ userId: string; orgId: string }> {
  const passwordHash = await hashPassword(input.director.password);
  return db.transaction(async (tx) => {
    // Two browsers submitting the wizard at once: the lock makes the second one see the first.
    await tx.execute(sql`select pg_advisory_xact_lock(7201012)`);
    if (!(await setupNeeded(tx))) throw new AppError('SETUP_DONE');
    const [org] = await tx.insert(organizations).values(input.organization).returning();
    const [user] = await tx
      .insert(users)
      .values({ login: input.director.login, fullName: input.director.fullName, passwordHash })
      .returning();
    if (!org || !user) throw new Error('set-up insert returned nothing');
    await tx.insert(memberships).values({ orgId: org.id, userId: user.id, roles: ['director', 'admin'] });
    const actor = { userId: user.id, name: user.fullName };
    await recordAudit(tx, actor, {
      orgId: org.id,
      entity: 'organization',
      entityId: org.id,
      action: 'create',
      after: organizationSnapshot(org),
      reason: 'Первоначальная настройка',
    });
    await ensureCatalog(tx, org.id, actor);
    await recordAudit(tx, actor, {
      orgId: org.id,
      entity: 'user',
      entityId: user.id,
      action: 'create',
      after: { login: user.login, fullName: user.fullName, roles: ['director', 'admin'] },
      reason: 'Первоначальная настройка',
    });
    return { userId: user.id, orgId: org.id };
  });
}
