// A running application on a real database for route tests: PGlite cloned from the migrated
// template, or the shared PostgreSQL test database (tests there stay apart by making their own
// organizations). Requests go through app.inject, the full HTTP pipeline without a socket.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { inject } from 'vitest';
import { readEnv } from '../src/config/env.js';
import { type Database, openDatabase } from '../src/db/client.js';
import { migrateDatabase } from '../src/db/migrate.js';
import { buildApp } from '../src/http/app.js';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  /** Drops the database of its own that an `empty` test app made on PostgreSQL. */
  drop?: () => Promise<void>;
  close(): Promise<void>;
  /** A request as the given session (cookie) would make it; JSON bodies are sent as JSON. */
  request(options: InjectOptions & { cookie?: string; body?: unknown }): Promise<LightMyRequestResponse>;
}

export async function openTestDatabase(): Promise<Database> {
  if (process.env.TEST_DB === 'postgres') {
    return openDatabase({ databaseUrl: process.env.TEST_DATABASE_URL, poolSize: 4 });
  }
  const template = readFileSync(inject('pgliteTemplate'));
  return openDatabase({ pgliteTemplate: new Blob([template]) });
}

/**
 * An empty migrated database for tests that need one to themselves (the set-up wizard, the demo
 * with its fixed logins): a fresh PGlite clone, or on PostgreSQL a new database dropped afterwards.
 */
export async function openEmptyDatabase(): Promise<{ database: Database; drop: () => Promise<void> }> {
  const url = process.env.TEST_DATABASE_URL;
  if (process.env.TEST_DB !== 'postgres' || !url) return { database: await openTestDatabase(), drop: async () => {} };
  const name = `nastavnik_own_${randomUUID().slice(0, 8)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const own = new URL(url);
  own.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: own.toString(), poolSize: 2 });
  await migrateDatabase(database, own.toString());
  return {
    database,
    drop: async () => {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

export async function startTestApp(options: { demo?: boolean; empty?: boolean } = {}): Promise<TestApp> {
  const own = options.empty ? await openEmptyDatabase() : null;
  const database = own ? own.database : await openTestDatabase();
  const env = readEnv({}, { DATA_DIR: '/tmp/unused', LOG_LEVEL: 'silent' });
  const app = await buildApp(
    {
      db: database.db,
      dbKind: database.kind,
      env,
      session: { secret: 'test-secret-test-secret-test-secret', ttlHours: 12 },
      demo: options.demo ?? false,
    },
    { serveWeb: false, validateResponses: true },
  );
  await app.ready();
  return {
    app,
    database,
    async close() {
      await app.close();
      await database.close();
      await own?.drop();
    },
    request({ cookie, body, headers, ...rest }) {
      const h: Record<string, string> = { ...(headers as Record<string, string>) };
      if (cookie) h.cookie = cookie;
      if (body !== undefined) h['content-type'] ??= 'application/json';
      return app.inject({
        ...rest,
        headers: h,
        ...(body !== undefined ? { payload: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
      } as InjectOptions);
    },
  };
}

/** A multipart/form-data request with one file in the field `file`, as a browser's FormData sends it. */
export function uploadFile(
  t: TestApp,
  method: 'POST' | 'PUT',
  url: string,
  cookie: string | null,
  file: { name: string; bytes: Uint8Array; type?: string },
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  const boundary = '----nastavnik-test-boundary';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\n` +
      `Content-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`,
  );
  const payload = Buffer.concat([head, Buffer.from(file.bytes), Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return t.app.inject({
    method,
    url,
    payload,
    headers: {
      'content-type': `multipart/form-data; boundary=${boundary}`,
      ...(cookie ? { cookie } : {}),
      ...headers,
    },
  });
}
