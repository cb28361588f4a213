import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, makeOrg, makeUser, orgWithUser, testPassword } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { loginThrottle } from './login.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('signing in and out', () => {
  it('signs in with an HttpOnly SameSite cookie and returns the user with memberships and permissions', async () => {
    const org = await makeOrg(t.database.db);
    const user = await makeUser(t.database.db, org.id, ['curator']);
    const res = await t.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      body: { login: user.login, password: testPassword },
    });
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/nastavnik_sid=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const me = res.json();
    expect(me).toMatchObject({
      login: user.login,
      memberships: [{ orgId: org.id, roles: ['curator'], inherited: false }],
    });
    expect(me.memberships[0].permissions).toContain('staff:create');
    expect(me.memberships[0].permissions).not.toContain('user:manage');
  });

  it('refuses a wrong password with 401 and the same answer for an unknown login', async () => {
    const org = await makeOrg(t.database.db);
    const user = await makeUser(t.database.db, org.id, ['mentor']);
    const wrong = await t.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      body: { login: user.login, password: 'nope' },
    });
    const unknown = await t.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      body: { login: 'nobody-here', password: 'nope' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().code).toBe('INVALID_CREDENTIALS');
  });

  it('answers 429 after repeated failures for one login, even with the right password', async () => {
    const org = await makeOrg(t.database.db);
    const user = await makeUser(t.database.db, org.id, ['mentor']);
    for (let i = 0; i < loginThrottle.perLogin; i++) {
      const r = await t.request({
        method: 'POST',
        url: '/api/v1/auth/login',
        body: { login: user.login, password: `bad${i}` },
      });
      expect(r.statusCode).toBe(401);
    }
    const locked = await t.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      body: { login: user.login, password: testPassword },
    });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe('TOO_MANY_ATTEMPTS');
    expect(locked.headers['retry-after']).toBeDefined();
  });

  it('ends the session at logout: the cookie no longer works', async () => {
    const { cookie } = await orgWithUser(t, ['mentor']);
    expect((await t.request({ method: 'GET', url: '/api/v1/me', cookie })).statusCode).toBe(200);
    const out = await t.request({ method: 'POST', url: '/api/v1/auth/logout', cookie });
    expect(out.statusCode).toBe(204);
    expect((await t.request({ method: 'GET', url: '/api/v1/me', cookie })).statusCode).toBe(401);
  });

  it('gives a new session id at every sign-in', async () => {
    const org = await makeOrg(t.database.db);
    const user = await makeUser(t.database.db, org.id, ['mentor']);
    const a = await login(t, user.login);
    const b = await login(t, user.login);
    expect(a).not.toEqual(b);
  });

  it('refuses state-changing requests from another site', async () => {
    const { org, cookie } = await orgWithUser(t, ['curator']);
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/orgs/${org.id}/staff`,
      cookie,
      headers: { origin: 'https://evil.example', host: 'localhost:3000' },
      body: {},
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('ORIGIN_MISMATCH');
    const fetchMeta = await t.request({
      method: 'POST',
      url: '/api/v1/auth/logout',
      cookie,
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(fetchMeta.statusCode).toBe(403);
  });

  it('changes the own password: the old one stops working, other sessions end', async () => {
    const org = await makeOrg(t.database.db);
    const user = await makeUser(t.database.db, org.id, ['mentee']);
    const here = await login(t, user.login);
    const elsewhere = await login(t, user.login);
    const wrong = await t.request({
      method: 'POST',
      url: '/api/v1/me/password',
      cookie: here,
      body: { currentPassword: 'not it', newPassword: 'a much better one' },
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().code).toBe('WRONG_PASSWORD');
    const short = await t.request({
      method: 'POST',
      url: '/api/v1/me/password',
      cookie: here,
      body: { currentPassword: testPassword, newPassword: 'short' },
    });
    expect(short.json().errors[0]).toEqual({ path: 'newPassword', message: 'Новый пароль: не короче 8 знаков' });
    const ok = await t.request({
      method: 'POST',
      url: '/api/v1/me/password',
      cookie: here,
      body: { currentPassword: testPassword, newPassword: 'a much better one' },
    });
    expect(ok.statusCode).toBe(204);
    expect((await t.request({ method: 'GET', url: '/api/v1/me', cookie: here })).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: '/api/v1/me', cookie: elsewhere })).statusCode).toBe(401);
    await expect(login(t, user.login)).rejects.toThrow();
    await login(t, user.login, 'a much better one');
  });
});

describe('organization tree and observers', () => {
  it('lets a municipal observer see figures of the schools below, and no personal data', async () => {
    const db = t.database.db;
    const municipality = await makeOrg(db, { kind: 'municipality' });
    const school = await makeOrg(db, { parentId: municipality.id });
    const other = await makeOrg(db);
    const observer = await makeUser(db, municipality.id, ['observer']);
    const cookie = await login(t, observer.login);

    const me = (await t.request({ method: 'GET', url: '/api/v1/me', cookie })).json();
    expect(me.memberships.map((m: { orgId: string; inherited: boolean }) => [m.orgId, m.inherited])).toEqual([
      [municipality.id, false],
      [school.id, true],
    ]);
    const stats = await t.request({ method: 'GET', url: `/api/v1/orgs/${municipality.id}/stats`, cookie });
    expect(stats.statusCode).toBe(200);
    expect(stats.json().orgs.map((o: { orgId: string }) => o.orgId)).toEqual([municipality.id, school.id]);
    expect((await t.request({ method: 'GET', url: `/api/v1/orgs/${school.id}/stats`, cookie })).statusCode).toBe(200);
    expect((await t.request({ method: 'GET', url: `/api/v1/orgs/${school.id}/staff`, cookie })).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: `/api/v1/orgs/${school.id}/audit`, cookie })).statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: `/api/v1/orgs/${other.id}/stats`, cookie })).statusCode).toBe(404);
  });

  it('does not pass a school role up or down the tree', async () => {
    const db = t.database.db;
    const municipality = await makeOrg(db, { kind: 'municipality' });
    const school = await makeOrg(db, { parentId: municipality.id });
    const curator = await makeUser(db, municipality.id, ['curator']);
    const cookie = await login(t, curator.login);
    expect((await t.request({ method: 'GET', url: `/api/v1/orgs/${school.id}/staff`, cookie })).statusCode).toBe(404);
  });
});
