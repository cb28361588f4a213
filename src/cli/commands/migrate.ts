// `nastavnik migrate`: apply the database migrations and exit.
import { openMigrated } from '../runtime.js';

export const migrateHelp = `nastavnik migrate — apply database migrations (DATA_DIR or DATABASE_URL) and exit`;

export async function migrate(): Promise<void> {
  const { env, database } = await openMigrated();
  await database.close();
  console.log(`Миграции применены (${database.kind === 'pglite' ? env.dataDir : 'PostgreSQL'}).`);
}
