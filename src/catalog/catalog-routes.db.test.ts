import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgWithUser } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { defaultDifficulties } from './default-difficulties.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const url = (orgId: string, rest = '') => `/api/v1/orgs/${orgId}/catalog/difficulties${rest}`;
interface Entry {
  id: string;
  name: string;
  group: string;
  archived: boolean;
  version: number;
}

describe('catalogue of professional difficulties', () => {
  it('starts every organization with the default groups, each with concrete items', async () => {
    const { org, cookie } = await orgWithUser(t, ['mentee']);
    const res = await t.request({ method: 'GET', url: url(org.id), cookie });
    expect(res.statusCode).toBe(200);
    const items: Entry[] = res.json().items;
    const groups = new Set(items.map((i) => i.group));
    expect(groups.size).toBe(defaultDifficulties.length);
    expect(groups).toContain('Подготовка к ОГЭ и ЕГЭ');
    expect(items.length).toBe(defaultDifficulties.reduce((n, g) => n + g.items.length, 0));
    // A second read does not seed again.
    const again = await t.request({ method: 'GET', url: url(org.id), cookie });
    expect(again.json().items).toHaveLength(items.length);
  });

  it('adds, renames with the version read, archives instead of deleting', async () => {
    const { org, cookie } = await orgWithUser(t, ['curator']);
    const created = await t.request({
      method: 'POST',
      url: url(org.id),
      cookie,
      body: { name: 'Проектная деятельность учащихся', group: 'Методика и требования ФГОС к современному уроку' },
    });
    expect(created.statusCode).toBe(201);
    const entry: Entry = created.json();
    expect(entry).toMatchObject({ archived: false, version: 1 });

    const dup = await t.request({
      method: 'POST',
      url: url(org.id),
      cookie,
      body: { name: entry.name, group: entry.group },
    });
    expect(dup.json().code).toBe('DUPLICATE_ENTRY');

    const renamed = await t.request({
      method: 'PUT',
      url: url(org.id, `/${entry.id}`),
      cookie,
      body: { name: 'Проекты и исследования учащихся', group: entry.group, version: 1 },
    });
    expect(renamed.json()).toMatchObject({ name: 'Проекты и исследования учащихся', version: 2 });
    const stale = await t.request({
      method: 'PUT',
      url: url(org.id, `/${entry.id}`),
      cookie,
      body: { name: 'Иное', group: entry.group, version: 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('STALE_VERSION');

    const archived = await t.request({
      method: 'PUT',
      url: url(org.id, `/${entry.id}`),
      cookie,
      headers: { 'if-match': '"2"' },
      body: { name: 'Проекты и исследования учащихся', group: entry.group, archived: true },
    });
    expect(archived.json()).toMatchObject({ archived: true, version: 3 });
    const active = await t.request({ method: 'GET', url: url(org.id, '?archived=false'), cookie });
    expect(active.json().items.map((i: Entry) => i.id)).not.toContain(entry.id);
    const audit = await t.request({
      method: 'GET',
      url: `/api/v1/orgs/${org.id}/audit?entityId=${entry.id}`,
      cookie,
    });
    expect(audit.json().items.map((e: { action: string }) => e.action)).toEqual(['archive', 'update', 'create']);
  });

  it('answers 401, 404 across organizations and 403 to roles that may only read', async () => {
    const a = await orgWithUser(t, ['curator']);
    const b = await orgWithUser(t, ['curator']);
    expect((await t.request({ method: 'GET', url: url(a.org.id) })).statusCode).toBe(401);
    expect((await t.request({ method: 'GET', url: url(a.org.id), cookie: b.cookie })).statusCode).toBe(404);
    const [first] = (await t.request({ method: 'GET', url: url(a.org.id), cookie: a.cookie })).json().items;
    const cross = await t.request({
      method: 'PUT',
      url: url(b.org.id, `/${first.id}`),
      cookie: b.cookie,
      body: { name: 'Чужое', group: 'Чужая группа', version: 1 },
    });
    expect(cross.statusCode).toBe(404);
    const mentor = await orgWithUser(t, ['mentor']);
    const write = await t.request({
      method: 'POST',
      url: url(mentor.org.id),
      cookie: mentor.cookie,
      body: { name: 'Новое затруднение', group: 'Прочее' },
    });
    expect(write.statusCode).toBe(403);
    const observer = await orgWithUser(t, ['observer']);
    expect((await t.request({ method: 'GET', url: url(observer.org.id), cookie: observer.cookie })).statusCode).toBe(
      403,
    );
  });
});
