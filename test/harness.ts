// A running application on a real database for route tests: PGlite cloned from the migrated
// template, or the shared PostgreSQL test database (tests there stay apart by making their own
// organizations). Requests go through app.inject, the full HTTP pipeline without a socket.
import { readFileSync } from 'node:fs';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { inject } from 'vitest';
import { readEnv } from '../src/config/env.js';
import { type Database, openDatabase } from '../src/db/client.js';
import { buildApp } from '../src/http/app.js';

export interface TestApp {
  app: FastifyInstance;
  database: Database;
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

export async function startTestApp(options: { demo?: boolean } = {}): Promise<TestApp> {
  const database = await openTestDatabase();
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
