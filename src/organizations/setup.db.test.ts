import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEmptyDatabase } from '../../test/harness.js';
import { readEnv } from '../config/env.js';
import type { Database } from '../db/client.js';
import { buildApp } from '../http/app.js';

// The wizard only makes sense on an empty database, so this file gets one of its own.
describe('first-run set-up wizard', () => {
  let database: Database;
  let drop: () => Promise<void>;
  let app: Awaited<ReturnType<typeof buildApp>>;
  beforeAll(async () => {
    ({ database, drop } = await openEmptyDatabase());
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
