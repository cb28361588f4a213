// Test data for consents and the banks: consents written straight to the table, accounts linked to
// staff members, and catalogue ids, so route tests can start from a known state.
import { and, eq } from 'drizzle-orm';
import { memberships } from '../src/auth/auth-tables.js';
import type { Role } from '../src/auth/policy.js';
import { ensureCatalog } from '../src/catalog/catalog-store.js';
import { difficulties } from '../src/catalog/difficulties-table.js';
import type { ConsentKind } from '../src/consents/consent-contract.js';
import { consents } from '../src/consents/consents-table.js';
import type { Db } from '../src/db/client.js';
import type { StaffData } from '../src/staff/staff-contract.js';
import { login, makeStaff, makeUser } from './factories.js';
import type { TestApp } from './harness.js';

export async function giveConsents(db: Db, orgId: string, staffId: string, kinds: readonly ConsentKind[]) {
  if (kinds.length === 0) return [];
  const rows = await db
    .insert(consents)
    .values(kinds.map((kind) => ({ orgId, staffId, kind, givenOn: '2025-09-01', recordedByName: 'Тест' })))
    .returning();
  return rows;
}

/** A staff member with the consents a bank needs. */
export async function consentingStaff(
  db: Db,
  orgId: string,
  kinds: readonly ConsentKind[],
  overrides: Partial<StaffData> = {},
) {
  const person = await makeStaff(db, orgId, overrides);
  await giveConsents(db, orgId, person.id, kinds);
  return person;
}

/** A signed-in account of the given roles, linked to a staff member of the organization. */
export async function linkedUser(t: TestApp, orgId: string, roles: Role[], staffId: string) {
  const user = await makeUser(t.database.db, orgId, roles);
  await t.database.db
    .update(memberships)
    .set({ staffId })
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, user.id)));
  return { user, cookie: await login(t, user.login) };
}

export async function catalogIds(db: Db, orgId: string): Promise<string[]> {
  await ensureCatalog(db, orgId);
  const rows = await db.select({ id: difficulties.id }).from(difficulties).where(eq(difficulties.orgId, orgId));
  return rows.map((r) => r.id);
}
