// `nastavnik migrate`: apply the database migrations and exit.
import { openMigrated } from '../runtime.js';

export async function migrate(): Promise<void> {
  const { env, database } = await openMigrated();
  await database.close();
  console.log(`Миграции применены (${database.kind === 'pglite' ? env.dataDir : 'PostgreSQL'}).`);
}
