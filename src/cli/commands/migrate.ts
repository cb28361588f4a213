// `nastavnik migrate`: apply the database migrations and exit. A database prepared this way is a
// standard installation: demo mode will not touch it.
import { claimInstallation } from '../../db/system-settings.js';
import { openMigrated } from '../runtime.js';

export async function migrate(): Promise<void> {
  const { env, database } = await openMigrated();
  try {
    await claimInstallation(database.db, 'standard');
  } finally {
    await database.close();
  }
  console.log(`Миграции применены (${database.kind === 'pglite' ? env.dataDir : 'PostgreSQL'}).`);
}
