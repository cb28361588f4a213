import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/harness.js';
import { readEnv } from '../config/env.js';
import { type Database, openDatabase } from '../db/client.js';
import { migrateDatabase } from '../db/migrate.js';
import { buildApp } from '../http/app.js';

// The wizard only makes sense on an empty database: a fresh PGlite clone, or on PostgreSQL a
// database of its own (the shared test database holds other tests' organizations).
async function emptyDatabase(): Promise<{ database: Database; drop: () => Promise<void> }> {
  const url = process.env.TEST_DATABASE_URL;
  if (process.env.TEST_DB !== 'postgres' || !url) return { database: await openTestDatabase(), drop: async () => {} };
  const name = `nastavnik_setup_${randomUUID().slice(0, 8)}`;
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
      await admin.query(`drop database if exists ${name}`);
      await admin.end();
    },
  };
}

describe('first-run set-up wizard', () => {
  let database: Database;
  let drop: () => Promise<void>;
  let app: Awaited<ReturnType<typeof buildApp>>;
  beforeAll(async () => {
    ({ database, drop } = await emptyDatabase());
    app = await buildApp(
      {
        db: database.db,
        dbKind: database.kind,
        env: readEnv({}, { DATA_DIR: '/tmp/unused', LOG_LEVEL: 'silent' }),
        session: { secret: 'setup-secret-setup-secret-setup-secret', ttlHours: 1 },
        demo: false,
      },
      { serveWeb: false, validateResponses: true },
    );
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
    await drop?.();
  });

  const body = {
    organization: {
      fullName: 'Муниципальное бюджетное общеобразовательное учреждение «Школа № 7»',
      shortName: 'МБОУ Школа № 7',
      orderSuffix: 'од',
    },
    director: { fullName: 'Орлова Вера Павловна', login: 'Orlova', password: 'a-good-password' },
  };

  it('is needed on an empty database, creates the organization and a director-administrator, then closes', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/v1/setup' })).json().needed).toBe(true);
    const bad = await app.inject({
      method: 'POST',
      url: '/api/v1/setup',
      payload: { ...body, director: { ...body.director, password: '1' } },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].path).toBe('director.password');

    const res = await app.inject({ method: 'POST', url: '/api/v1/setup', payload: body });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      login: 'orlova',
      memberships: [{ orgKind: 'school', roles: ['director', 'admin'] }],
    });
    expect(String(res.headers['set-cookie'])).toMatch(/nastavnik_sid=/);

    expect((await app.inject({ method: 'GET', url: '/api/v1/setup' })).json().needed).toBe(false);
    const again = await app.inject({ method: 'POST', url: '/api/v1/setup', payload: body });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('SETUP_DONE');
  });

  it('serves the OpenAPI document of every endpoint and the health check', async () => {
    const health = (await app.inject({ method: 'GET', url: '/api/health' })).json();
    expect(health).toMatchObject({ status: 'ok', db: database.kind });
    const doc = await app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(doc.statusCode).toBe(200);
    const spec = doc.json();
    expect(spec.openapi).toBe('3.1.0');
    for (const path of [
      '/api/v1/auth/login',
      '/api/v1/me',
      '/api/v1/orgs/{orgId}/staff',
      '/api/v1/orgs/{orgId}/staff/{id}',
      '/api/v1/orgs/{orgId}/audit',
    ]) {
      expect(Object.keys(spec.paths)).toContain(path);
    }
    const unknown = await app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
  });
});
