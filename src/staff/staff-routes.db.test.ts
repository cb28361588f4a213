import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeStaff, orgWithUser, staffData } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const url = (orgId: string, rest = '') => `/api/v1/orgs/${orgId}/staff${rest}`;

describe('staff registry API', () => {
  it('refuses callers who are not signed in', async () => {
    const { org } = await orgWithUser(t, ['curator']);
    const res = await t.request({ method: 'GET', url: url(org.id) });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().code).toBe('UNAUTHENTICATED');
  });

  it('creates a staff member, derives the young-specialist mark and writes the audit in the same go', async () => {
    const { org, cookie } = await orgWithUser(t, ['curator']);
    const year = new Date().getFullYear();
    const body = staffData({ birthDate: `${year - 24}-03-01`, teachingSince: year - 1, email: 'Anna@School.RU' });
    const res = await t.request({
      method: 'POST',
      url: url(org.id),
      cookie,
      body: { ...body, reason: 'Приём на работу' },
    });
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({ lastName: 'Петрова', youngSpecialist: true, version: 1, email: 'anna@school.ru' });
    expect(created.age).toBe(new Date() >= new Date(`${year}-03-01`) ? 24 : 23);

    const audit = await t.request({
      method: 'GET',
      url: `/api/v1/orgs/${org.id}/audit?entity=staff&entityId=${created.id}`,
      cookie,
    });
    expect(audit.statusCode).toBe(200);
    const [event] = audit.json().items;
    expect(event).toMatchObject({ action: 'create', entity: 'staff', reason: 'Приём на работу' });
    expect(event.changes).toContainEqual({ field: 'lastName', before: null, after: 'Петрова' });
  });

  it('names every wrong field in Russian, and in English on request', async () => {
    const { org, cookie } = await orgWithUser(t, ['curator']);
    const bad = { ...staffData(), lastName: '  ', birthDate: '2001-02-30', email: 'нет', teachingSince: 'давно' };
    const ru = await t.request({ method: 'POST', url: url(org.id), cookie, body: bad });
    expect(ru.statusCode).toBe(422);
    const problem = ru.json();
    expect(problem.code).toBe('VALIDATION_FAILED');
    const paths = problem.errors.map((e: { path: string }) => e.path).sort();
    expect(paths).toEqual(['birthDate', 'email', 'lastName', 'teachingSince']);
    expect(problem.errors.find((e: { path: string }) => e.path === 'lastName').message).toMatch(/^Фамилия: /);

    const en = await t.request({
      method: 'POST',
      url: url(org.id),
      cookie,
      body: bad,
      headers: { 'accept-language': 'en-GB,en' },
    });
    expect(en.json().title).toBe('The data has errors');
    expect(en.json().errors.find((e: { path: string }) => e.path === 'email').message).toMatch(/^E-mail: /);
  });

  it('checks that the dates make sense together', async () => {
    const { org, cookie } = await orgWithUser(t, ['curator']);
    const res = await t.request({
      method: 'POST',
      url: url(org.id),
      cookie,
      body: staffData({ birthDate: '1990-01-01', hiredOn: '1985-09-01', teachingSince: 2012 }),
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([{ path: 'hiredOn', message: 'Дата приёма: дата приёма раньше даты рождения' }]);
  });

  it('gives 400 for malformed JSON and bad query parameters, never 500', async () => {
    const { org, cookie } = await orgWithUser(t, ['curator']);
    const broken = await t.request({
      method: 'POST',
      url: url(org.id),
      cookie,
      body: '{"lastName":',
      headers: { 'content-type': 'application/json' },
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().code).toBe('BAD_REQUEST');
    const query = await t.request({ method: 'GET', url: url(org.id, '?limit=0'), cookie });
    expect(query.statusCode).toBe(400);
    expect(query.json().errors[0].path).toBe('limit');
    const cursor = await t.request({ method: 'GET', url: url(org.id, '?cursor=garbage'), cookie });
    expect(cursor.statusCode).toBe(400);
    const id = await t.request({ method: 'GET', url: url(org.id, '/not-a-uuid'), cookie });
    expect(id.statusCode).toBe(400);
  });

  it("answers 404 for another organization's records, exactly as for missing ones", async () => {
    const a = await orgWithUser(t, ['curator']);
    const b = await orgWithUser(t, ['curator']);
    const person = await makeStaff(t.database.db, a.org.id);
    const list = await t.request({ method: 'GET', url: url(a.org.id), cookie: b.cookie });
    expect(list.statusCode).toBe(404);
    const card = await t.request({ method: 'GET', url: url(a.org.id, `/${person.id}`), cookie: b.cookie });
    expect(card.statusCode).toBe(404);
    // Their own organization's path with the other school's record id: still 404.
    const crossId = await t.request({ method: 'GET', url: url(b.org.id, `/${person.id}`), cookie: b.cookie });
    expect(crossId.statusCode).toBe(404);
    const missing = await t.request({
      method: 'GET',
      url: url(a.org.id, '/00000000-0000-4000-8000-000000000000'),
      cookie: a.cookie,
    });
    expect(missing.statusCode).toBe(404);
    expect(crossId.json()).toEqual(missing.json());
  });

  it('lets roles do only what the policy allows (403)', async () => {
    const mentor = await orgWithUser(t, ['mentor']);
    expect((await t.request({ method: 'GET', url: url(mentor.org.id), cookie: mentor.cookie })).statusCode).toBe(403);
    const council = await orgWithUser(t, ['council']);
    expect((await t.request({ method: 'GET', url: url(council.org.id), cookie: council.cookie })).statusCode).toBe(200);
    const create = await t.request({
      method: 'POST',
      url: url(council.org.id),
      cookie: council.cookie,
      body: staffData(),
    });
    expect(create.statusCode).toBe(403);
    expect(create.json().code).toBe('FORBIDDEN');
  });

  it('refuses a stale version with 409 and accepts the current one (If-Match or body)', async () => {
    const { org, cookie } = await orgWithUser(t, ['curator']);
    const person = await makeStaff(t.database.db, org.id);
    const first = await t.request({
      method: 'PUT',
      url: url(org.id, `/${person.id}`),
      cookie,
      headers: { 'if-match': '"1"' },
      body: { ...staffData(), position: 'Учитель информатики', reason: 'Перевод' },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ position: 'Учитель информатики', version: 2 });
    expect(first.headers.etag).toBe('"2"');

    const stale = await t.request({
      method: 'PUT',
      url: url(org.id, `/${person.id}`),
      cookie,
      body: { ...staffData(), version: 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('STALE_VERSION');

    const noVersion = await t.request({ method: 'PUT', url: url(org.id, `/${person.id}`), cookie, body: staffData() });
    expect(noVersion.statusCode).toBe(428);

    const history = await t.request({
      method: 'GET',
      url: `/api/v1/orgs/${org.id}/audit?entityId=${person.id}`,
      cookie,
    });
    const [update] = history.json().items;
    expect(update).toMatchObject({ action: 'update', reason: 'Перевод' });
    expect(update.changes).toEqual([{ field: 'position', before: 'Учитель математики', after: 'Учитель информатики' }]);
  });

  it('archives and restores, hides archived people from the list and keeps them read-only', async () => {
    const { org, cookie } = await orgWithUser(t, ['director']);
    const person = await makeStaff(t.database.db, org.id, { lastName: 'Уволенная' });
    const archived = await t.request({
      method: 'POST',
      url: url(org.id, `/${person.id}/archive`),
      cookie,
      body: { version: 1, reason: 'Увольнение' },
    });
    expect(archived.statusCode).toBe(200);
    expect(archived.json().archived).toBe(true);
    const list = await t.request({ method: 'GET', url: url(org.id), cookie });
    expect(list.json().items).toHaveLength(0);
    const archive = await t.request({ method: 'GET', url: url(org.id, '?archived=true'), cookie });
    expect(archive.json().items.map((s: { lastName: string }) => s.lastName)).toEqual(['Уволенная']);
    const edit = await t.request({
      method: 'PUT',
      url: url(org.id, `/${person.id}`),
      cookie,
      body: { ...staffData(), version: 2 },
    });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().code).toBe('ARCHIVED_READ_ONLY');
    const again = await t.request({
      method: 'POST',
      url: url(org.id, `/${person.id}/archive`),
      cookie,
      body: { version: 2 },
    });
    expect(again.json().code).toBe('ALREADY_ARCHIVED');
    const restored = await t.request({
      method: 'POST',
      url: url(org.id, `/${person.id}/restore`),
      cookie,
      body: { version: 2 },
    });
    expect(restored.json()).toMatchObject({ archived: false, version: 3 });
  });

  it('searches surname, name and subject with ё read as е, and pages with a cursor', async () => {
    const { org, cookie } = await orgWithUser(t, ['curator']);
    const db = t.database.db;
    await makeStaff(db, org.id, { lastName: 'Семёнова', firstName: 'Алёна', subjects: ['Химия'] });
    await makeStaff(db, org.id, { lastName: 'Семенов', firstName: 'Пётр', subjects: ['Физика'] });
    await makeStaff(db, org.id, { lastName: 'Абрамова', firstName: 'Ольга', subjects: ['Физика', 'Астрономия'] });
    const names = async (q: string) =>
      (await t.request({ method: 'GET', url: url(org.id, `?q=${encodeURIComponent(q)}`), cookie }))
        .json()
        .items.map((s: { lastName: string }) => s.lastName);
    expect(await names('семен')).toEqual(['Семенов', 'Семёнова']);
    expect(await names('СЕМЁНОВ')).toEqual(['Семенов', 'Семёнова']);
    expect(await names('алена')).toEqual(['Семёнова']);
    expect(await names('физика')).toEqual(['Абрамова', 'Семенов']);
    expect(await names('петр семенов')).toEqual(['Семенов']);
    expect(await names('100%_')).toEqual([]);

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { items: { lastName: string }[]; nextCursor: string | null } = (
        await t.request({ method: 'GET', url: url(org.id, `?limit=2${cursor ? `&cursor=${cursor}` : ''}`), cookie })
      ).json();
      seen.push(...page.items.map((s) => s.lastName));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['Абрамова', 'Семенов', 'Семёнова']);
  });

  it('filters young specialists by the organization’s own thresholds', async () => {
    const { org, cookie } = await orgWithUser(t, ['director']);
    const year = new Date().getFullYear();
    await makeStaff(t.database.db, org.id, {
      lastName: 'Молодая',
      birthDate: `${year - 25}-01-01`,
      teachingSince: year - 2,
    });
    await makeStaff(t.database.db, org.id, {
      lastName: 'Опытная',
      birthDate: `${year - 30}-01-01`,
      teachingSince: year - 5,
    });
    const young = async () =>
      (await t.request({ method: 'GET', url: url(org.id, '?youngSpecialist=true'), cookie }))
        .json()
        .items.map((s: { lastName: string }) => s.lastName);
    expect(await young()).toEqual(['Молодая']);

    const current = (await t.request({ method: 'GET', url: `/api/v1/orgs/${org.id}`, cookie })).json();
    const put = await t.request({
      method: 'PUT',
      url: `/api/v1/orgs/${org.id}`,
      cookie,
      body: {
        ...current,
        settings: { youngSpecialistMaxAge: 35, youngSpecialistMaxYears: 5 },
        version: current.version,
      },
    });
    expect(put.statusCode).toBe(200);
    expect(await young()).toEqual(['Молодая', 'Опытная']);
  });
});
