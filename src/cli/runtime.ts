// Opening the configured database for a command: read the environment, connect, migrate.
import { type Env, readEnv } from '../config/env.js';
import { type Database, openDatabase } from '../db/client.js';
import { migrateDatabase } from '../db/migrate.js';

export async function openMigrated(env: Env = readEnv()): Promise<{ env: Env; database: Database }> {
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.dataDir });
  try {
    await migrateDatabase(database, env.DATABASE_URL);
  } catch (error) {
    await database.close();
    throw error;
  }
  return { env, database };
}
