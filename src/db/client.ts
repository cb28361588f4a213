// Opens the database: embedded PGlite in DATA_DIR by default, PostgreSQL when DATABASE_URL is
// set. Both give the same drizzle API, so every query and migration runs unchanged on either.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import * as schema from './schema.js';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type DbKind = 'pglite' | 'postgres';

/** A row set from a raw query, the same shape from both drivers. */
export interface RawClient {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

export interface Database {
  db: Db;
  kind: DbKind;
  raw: RawClient;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string | undefined;
  dataDir?: string | undefined;
  /** A PGlite data directory dump to start from (tests clone a migrated template this way). */
  pgliteTemplate?: Blob | undefined;
  poolSize?: number;
}

// PostgreSQL's DATE and TIMESTAMP come back as strings and Date objects as drizzle expects;
// bigint counts come back as strings, which the queries cast where they need numbers.
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
    pool.on('error', () => {
      // An idle client lost its connection; the pool replaces it on next use.
    });
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return {
      db,
      kind: 'postgres',
      raw: { query: async (text, params) => pool.query(text, params as unknown[]) as never },
      close: () => pool.end(),
    };
  }
  // A school's database is a few megabytes; PostgreSQL's default 128 MB of shared buffers would
  // more than double the process's memory for nothing.
  const base = { postgresqlconf: ['shared_buffers=32MB'] };
  let client: PGlite;
  if (options.pgliteTemplate) {
    client = new PGlite({ ...base, loadDataDir: options.pgliteTemplate });
  } else if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    client = new PGlite(options.dataDir, base);
  } else {
    client = new PGlite(base);
  }
  await client.waitReady;
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    raw: { query: async (text, params) => client.query(text, params) as never },
    close: () => client.close(),
  };
}

/** The embedded database's files as a compressed archive (backups and test templates). */
export async function dumpPglite(database: Database): Promise<Blob> {
  const client = (database.db as unknown as { $client: PGlite }).$client;
  return client.dumpDataDir('gzip');
}
