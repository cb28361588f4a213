// Prepares the test database once per run: a migrated PGlite data directory that every test file
// clones (much faster than migrating again), or a migrated PostgreSQL database.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { dumpPglite, openDatabase } from '../src/db/client.js';
import { migrateDatabase } from '../src/db/migrate.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  if (process.env.TEST_DB === 'postgres' || project.name === 'postgres') {
    const url = process.env.TEST_DATABASE_URL;
    if (!url) throw new Error('TEST_DATABASE_URL is not set');
    const database = await openDatabase({ databaseUrl: url, poolSize: 1 });
    await migrateDatabase(database, url);
    await database.close();
    project.provide('pgliteTemplate', '');
    return;
  }
  const database = await openDatabase({});
  await migrateDatabase(database);
  const dump = await dumpPglite(database);
  await database.close();
  const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'nastavnik-test-')), 'template.tar.gz');
  writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplate', file);
}
