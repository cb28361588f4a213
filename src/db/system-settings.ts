// Reads and writes installation-wide settings (the session secret, the demo mark).
import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Db } from './client.js';
import { systemSettings } from './system-table.js';

export async function getSetting<T>(db: Db, key: string): Promise<T | null> {
  const [row] = await db.select().from(systemSettings).where(eq(systemSettings.key, key));
  return row ? (row.value as T) : null;
}

export async function setSetting(db: Db, key: string, value: unknown): Promise<void> {
  await db
    .insert(systemSettings)
    .values({ key, value })
    .onConflictDoUpdate({ target: systemSettings.key, set: { value, updatedAt: sql`now()` } });
}

/**
 * The secret that keys session and token hashes. Taken from SESSION_SECRET when set; otherwise
 * generated once and kept in the database, so every instance on the same database agrees.
 */
export async function ensureSessionSecret(db: Db, fromEnv: string | undefined): Promise<string> {
  if (fromEnv) return fromEnv;
  const candidate = randomBytes(32).toString('base64url');
  await db.insert(systemSettings).values({ key: 'session_secret', value: candidate }).onConflictDoNothing();
  const stored = await getSetting<string>(db, 'session_secret');
  if (!stored) throw new Error('session secret could not be stored');
  return stored;
}

export async function isDemoDatabase(db: Db): Promise<boolean> {
  return (await getSetting<boolean>(db, 'demo')) === true;
}

export type InstallationMode = 'standard' | 'demo';

/**
 * Which way this database was first opened: by `serve` (standard) or by `demo`. Demo mode refuses
 * a standard database even while it is still empty, so real and demo data never mix.
 */
export async function claimInstallation(db: Db, mode: InstallationMode): Promise<InstallationMode> {
  await db.insert(systemSettings).values({ key: 'installation', value: mode }).onConflictDoNothing();
  return (await getSetting<InstallationMode>(db, 'installation')) ?? mode;
}
