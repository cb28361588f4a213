import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, makeUser, orgWithUser, uniq } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('administration of accounts', () => {
  it('creates an account with roles; the person must change the password at first sign-in', async () => {
    const admin = await orgWithUser(t, ['admin']);
    const name = uniq('n.sokolova.');
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/orgs/${admin.org.id}/users`,
      cookie: admin.cookie,
      body: {
        login: name.toUpperCase(),
        fullName: 'Соколова Наталья Ивановна',
        password: 'temporary-1',
        roles: ['curator'],
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ login: name, roles: ['curator'], mustChangePassword: true, active: true });
    const cookie = await login(t, name, 'temporary-1');
    const me = (await t.request({ method: 'GET', url: '/api/v1/me', cookie })).json();
    expect(me.mustChangePassword).toBe(true);
    const again = await t.request({
      method: 'POST',
      url: `/api/v1/orgs/${admin.org.id}/users`,
      cookie: admin.cookie,
      body: { login: name, fullName: 'Другая', password: 'temporary-2', roles: ['mentor'] },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('LOGIN_TAKEN');
  });

  it('changes roles with a version check, and refuses to lock the administrator out', async () => {
    const admin = await orgWithUser(t, ['admin', 'director']);
    const someone = await makeUser(t.database.db, admin.org.id, ['mentor']);
    const put = (id: string, body: object) =>
      t.request({ method: 'PUT', url: `/api/v1/orgs/${admin.org.id}/users/${id}`, cookie: admin.cookie, body });
    const ok = await put(someone.id, {
      fullName: someone.fullName,
      email: null,
      roles: ['mentor', 'council'],
      active: true,
      version: 1,
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ roles: ['mentor', 'council'], membershipVersion: 2 });
    const stale = await put(someone.id, {
      fullName: someone.fullName,
      email: null,
      roles: ['mentor'],
      active: true,
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    const self = await put(admin.user.id, {
      fullName: 'Администратор Школы',
      email: null,
      roles: ['director'],
      active: true,
      version: 1,
    });
    expect(self.json().code).toBe('SELF_LOCKOUT');
    const empty = await put(someone.id, {
      fullName: someone.fullName,
      email: null,
      roles: [],
      active: true,
      version: 2,
    });
    expect(empty.statusCode).toBe(422);
    expect(empty.json().errors[0].message).toBe('Роли: выберите хотя бы одну роль');
  });

  it('deactivating an account ends its sessions; a password reset forces a change', async () => {
    const admin = await orgWithUser(t, ['admin']);
    const someone = await makeUser(t.database.db, admin.org.id, ['mentor']);
    const theirs = await login(t, someone.login);
    const reset = await t.request({
      method: 'POST',
      url: `/api/v1/orgs/${admin.org.id}/users/${someone.id}/password`,
      cookie: admin.cookie,
      body: { password: 'brand-new-pass' },
    });
    expect(reset.statusCode).toBe(204);
    expect((await t.request({ method: 'GET', url: '/api/v1/me', cookie: theirs })).statusCode).toBe(401);
    const fresh = await login(t, someone.login, 'brand-new-pass');
    expect((await t.request({ method: 'GET', url: '/api/v1/me', cookie: fresh })).json().mustChangePassword).toBe(true);
    await t.request({
      method: 'PUT',
      url: `/api/v1/orgs/${admin.org.id}/users/${someone.id}`,
      cookie: admin.cookie,
      body: { fullName: someone.fullName, email: null, roles: ['mentor'], active: false, version: 1 },
    });
    expect((await t.request({ method: 'GET', url: '/api/v1/me', cookie: fresh })).statusCode).toBe(401);
    await expect(login(t, someone.login, 'brand-new-pass')).rejects.toThrow();
  });

  it('keeps administration to administrators (403) and to their organization (404)', async () => {
    const director = await orgWithUser(t, ['director']);
    const list = await t.request({
      method: 'GET',
      url: `/api/v1/orgs/${director.org.id}/users`,
      cookie: director.cookie,
    });
    expect(list.statusCode).toBe(200);
    const create = await t.request({
      method: 'POST',
      url: `/api/v1/orgs/${director.org.id}/users`,
      cookie: director.cookie,
      body: { login: 'x.y.z', fullName: 'Икс Игрек', password: 'password-1', roles: ['mentor'] },
    });
    expect(create.statusCode).toBe(403);
    const otherAdmin = await orgWithUser(t, ['admin']);
    const cross = await t.request({
      method: 'GET',
      url: `/api/v1/orgs/${director.org.id}/users`,
      cookie: otherAdmin.cookie,
    });
    expect(cross.statusCode).toBe(404);
  });

  it('issues an API token that works as a bearer, is shown once, and stops working when revoked', async () => {
    const admin = await orgWithUser(t, ['admin']);
    const robot = await makeUser(t.database.db, admin.org.id, ['curator']);
    const issued = await t.request({
      method: 'POST',
      url: `/api/v1/orgs/${admin.org.id}/tokens`,
      cookie: admin.cookie,
      body: { name: 'Выгрузка в региональную систему', userId: robot.id },
    });
    expect(issued.statusCode).toBe(201);
    const { token, id } = issued.json();
    expect(token).toMatch(/^nst_/);
    const listed = await t.request({ method: 'GET', url: `/api/v1/orgs/${admin.org.id}/tokens`, cookie: admin.cookie });
    expect(JSON.stringify(listed.json())).not.toContain(token);

    const bearer = { authorization: `Bearer ${token}` };
    const staff = await t.request({ method: 'GET', url: `/api/v1/orgs/${admin.org.id}/staff`, headers: bearer });
    expect(staff.statusCode).toBe(200);
    // Bearer clients are not browsers: no origin check, but the role still decides.
    const write = await t.request({
      method: 'POST',
      url: `/api/v1/orgs/${admin.org.id}/staff`,
      headers: { ...bearer, origin: 'https://elsewhere.example' },
      body: { lastName: 'Иванов', firstName: 'Иван', position: 'Учитель истории' },
    });
    expect(write.statusCode).toBe(201);

    const used = await t.request({ method: 'GET', url: `/api/v1/orgs/${admin.org.id}/tokens`, cookie: admin.cookie });
    expect(used.json().items[0].lastUsedAt).not.toBeNull();

    const revoked = await t.request({
      method: 'POST',
      url: `/api/v1/orgs/${admin.org.id}/tokens/${id}/revoke`,
      cookie: admin.cookie,
    });
    expect(revoked.json().revokedAt).not.toBeNull();
    expect(
      (await t.request({ method: 'GET', url: `/api/v1/orgs/${admin.org.id}/staff`, headers: bearer })).statusCode,
    ).toBe(401);
  });

  it('journals every change to accounts', async () => {
    const admin = await orgWithUser(t, ['admin']);
    await t.request({
      method: 'POST',
      url: `/api/v1/orgs/${admin.org.id}/users`,
      cookie: admin.cookie,
      body: { login: uniq('journaled.'), fullName: 'Журнальная Запись', password: 'password-1', roles: ['mentee'] },
    });
    // The administrator is not a director or curator here, so reading the journal needs a role that may.
    const director = await makeUser(t.database.db, admin.org.id, ['director']);
    const cookie = await login(t, director.login);
    const journal = (
      await t.request({ method: 'GET', url: `/api/v1/orgs/${admin.org.id}/audit?entity=user`, cookie })
    ).json();
    expect(journal.items[0]).toMatchObject({ action: 'create', actor: { name: admin.user.fullName } });
  });
});
