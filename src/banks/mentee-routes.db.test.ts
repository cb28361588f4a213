import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogIds, consentingStaff, linkedUser } from '../../test/bank-factories.js';
import { makeStaff, orgWithUser } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const url = (orgId: string, rest = '') => `/api/v1/orgs/${orgId}/mentees${rest}`;
const year = new Date().getFullYear();

describe('mentee bank', () => {
  it('needs a consent to personal data, naming it in Russian and in English', async () => {
    const { org, cookie } = await orgWithUser(t, ['curator']);
    const person = await makeStaff(t.database.db, org.id);
    const body = { staffId: person.id, category: 'young-specialist' };
    const ru = await t.request({ method: 'POST', url: url(org.id), cookie, body });
    expect(ru.statusCode).toBe(409);
    expect(ru.json().code).toBe('CONSENT_REQUIRED');
    expect(ru.json().errors).toEqual([
      { path: 'staffId', message: 'Работник: нет согласия на обработку персональных данных' },
    ]);
    const en = await t.request({
      method: 'POST',
      url: url(org.id),
      cookie,
      body,
      headers: { 'accept-language': 'en' },
    });
    expect(en.json().errors[0].message).toBe('Staff member: no consent to the processing of personal data');
  });

  it('adds an entry with difficulties and the person, once per staff member, audited', async () => {
    const { org, cookie } = await orgWithUser(t, ['curator']);
    const db = t.database.db;
    const [d1, d2] = await catalogIds(db, org.id);
    const person = await consentingStaff(db, org.id, ['personal-data'], {
      birthDate: `${year - 24}-01-01`,
      teachingSince: year - 1,
    });
    const res = await t.request({
      method: 'POST',
      url: url(org.id),
      cookie,
      body: {
        staffId: person.id,
        category: 'young-specialist',
        difficulties: [
          { id: d1, priority: 1 },
          { id: d2, priority: 3 },
        ],
        request: 'Хочу научиться держать дисциплину в 7 классе',
        preferredForms: ['traditional'],
        reason: 'Приказ о приёме',
      },
    });
    expect(res.statusCode).toBe(201);
    const entry = res.json();
    expect(entry).toMatchObject({
      staffId: person.id,
      status: 'searching',
      version: 1,
      staff: { lastName: 'Петрова', youngSpecialist: true, subjects: ['Математика'] },
    });
    expect(entry.difficulties).toEqual([
      { id: d1, priority: 1 },
      { id: d2, priority: 3 },
    ]);
    const dup = await t.request({
      method: 'POST',
      url: url(org.id),
      cookie,
      body: { staffId: person.id, category: 'new-to-school' },
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('ALREADY_IN_BANK');
    const audit = await t.request({ method: 'GET', url: `/api/v1/orgs/${org.id}/audit?entityId=${entry.id}`, cookie });
    expect(audit.json().items[0]).toMatchObject({ entity: 'mentee', action: 'create', reason: 'Приказ о приёме' });
  });

  it('refuses ids outside the catalogue and repeated ones (422 naming the field)', async () => {
    const { org, cookie } = await orgWithUser(t, ['curator']);
    const other = await orgWithUser(t, ['curator']);
    const [foreign] = await catalogIds(t.database.db, other.org.id);
    const person = await consentingStaff(t.database.db, org.id, ['personal-data']);
    const res = await t.request({
      method: 'POST',
      url: url(org.id),
      cookie,
      body: { staffId: person.id, category: 'new-to-school', difficulties: [{ id: foreign, priority: 2 }] },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0]).toMatchObject({ path: 'difficulties.0.id' });
    const priority = await t.request({
      method: 'POST',
      url: url(org.id),
      cookie,
      body: { staffId: person.id, category: 'new-to-school', difficulties: [{ id: foreign, priority: 4 }] },
    });
    expect(priority.statusCode).toBe(422);
  });

  it('updates with the version read (409 when stale) and removes from the bank', async () => {
    const { org, cookie } = await orgWithUser(t, ['director']);
    const person = await consentingStaff(t.database.db, org.id, ['personal-data']);
    const created = (
      await t.request({
        method: 'POST',
        url: url(org.id),
        cookie,
        body: { staffId: person.id, category: 'new-to-school' },
      })
    ).json();
    const body = { category: 'changed-position', request: 'Новая должность', status: 'in-program' };
    const ok = await t.request({
      method: 'PUT',
      url: url(org.id, `/${created.id}`),
      cookie,
      body: { ...body, version: 1 },
    });
    expect(ok.json()).toMatchObject({ category: 'changed-position', status: 'in-program', version: 2 });
    const stale = await t.request({
      method: 'PUT',
      url: url(org.id, `/${created.id}`),
      cookie,
      body: { ...body, version: 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('STALE_VERSION');
    const removed = await t.request({
      method: 'POST',
      url: url(org.id, `/${created.id}/remove`),
      cookie,
      body: { version: 2, reason: 'Увольнение' },
    });
    expect(removed.json()).toMatchObject({ status: 'removed', version: 3 });
    expect((await t.request({ method: 'GET', url: url(org.id), cookie })).json().items).toHaveLength(0);
    const closed = await t.request({
      method: 'PUT',
      url: url(org.id, `/${created.id}`),
      cookie,
      body: { ...body, version: 3 },
    });
    expect(closed.json().code).toBe('BANK_ENTRY_CLOSED');
    // The person may be added again as a new entry.
    const again = await t.request({
      method: 'POST',
      url: url(org.id),
      cookie,
      body: { staffId: person.id, category: 'new-to-school' },
    });
    expect(again.statusCode).toBe(201);
  });

  it('filters by category, difficulty, status, young specialist and name', async () => {
    const { org, cookie } = await orgWithUser(t, ['curator']);
    const db = t.database.db;
    const [d1, d2] = await catalogIds(db, org.id);
    const young = await consentingStaff(db, org.id, ['personal-data'], {
      lastName: 'Молодцова',
      birthDate: `${year - 23}-05-05`,
      teachingSince: year,
    });
    const older = await consentingStaff(db, org.id, ['personal-data'], {
      lastName: 'Старова',
      birthDate: '1975-01-01',
    });
    const add = (staffId: string, category: string, difficulty: string) =>
      t.request({
        method: 'POST',
        url: url(org.id),
        cookie,
        body: { staffId, category, difficulties: [{ id: difficulty, priority: 2 }] },
      });
    await add(young.id, 'young-specialist', d1 as string);
    await add(older.id, 'returning-after-break', d2 as string);
    const names = async (query: string) =>
      (await t.request({ method: 'GET', url: url(org.id, query), cookie }))
        .json()
        .items.map((m: { staff: { lastName: string } }) => m.staff.lastName);
    expect(await names('')).toEqual(['Молодцова', 'Старова']);
    expect(await names('?category=returning-after-break')).toEqual(['Старова']);
    expect(await names(`?difficulty=${d1}`)).toEqual(['Молодцова']);
    expect(await names('?youngSpecialist=true')).toEqual(['Молодцова']);
    expect(await names('?youngSpecialist=false')).toEqual(['Старова']);
    expect(await names('?q=старов')).toEqual(['Старова']);
    expect(await names('?status=in-program')).toEqual([]);
    expect(await names('?limit=1')).toEqual(['Молодцова']);
  });

  it('answers 401, 404 across organizations, 403 by role', async () => {
    const a = await orgWithUser(t, ['curator']);
    const b = await orgWithUser(t, ['curator']);
    const person = await consentingStaff(t.database.db, a.org.id, ['personal-data']);
    const entry = (
      await t.request({
        method: 'POST',
        url: url(a.org.id),
        cookie: a.cookie,
        body: { staffId: person.id, category: 'new-to-school' },
      })
    ).json();
    expect((await t.request({ method: 'GET', url: url(a.org.id) })).statusCode).toBe(401);
    expect((await t.request({ method: 'GET', url: url(a.org.id), cookie: b.cookie })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: url(b.org.id, `/${entry.id}`), cookie: b.cookie })).statusCode).toBe(
      404,
    );
    // Another school's staff member cannot be put into this school's bank.
    const cross = await t.request({
      method: 'POST',
      url: url(b.org.id),
      cookie: b.cookie,
      body: { staffId: person.id, category: 'new-to-school' },
    });
    expect(cross.statusCode).toBe(404);
    const observer = await orgWithUser(t, ['observer']);
    expect((await t.request({ method: 'GET', url: url(observer.org.id), cookie: observer.cookie })).statusCode).toBe(
      403,
    );
    const council = await orgWithUser(t, ['council']);
    expect((await t.request({ method: 'GET', url: url(council.org.id), cookie: council.cookie })).statusCode).toBe(200);
    const write = await t.request({
      method: 'POST',
      url: url(council.org.id),
      cookie: council.cookie,
      body: { staffId: person.id, category: 'new-to-school' },
    });
    expect(write.statusCode).toBe(403);
  });

  it('shows a mentee their own entry and a mentor the mentees who named them', async () => {
    const { org, cookie } = await orgWithUser(t, ['curator']);
    const db = t.database.db;
    const mentorPerson = await consentingStaff(db, org.id, ['personal-data', 'mentor-role'], {
      lastName: 'Наставникова',
    });
    const mentor = (
      await t.request({
        method: 'POST',
        url: `/api/v1/orgs/${org.id}/mentors`,
        cookie,
        body: { staffId: mentorPerson.id },
      })
    ).json();
    const me = await consentingStaff(db, org.id, ['personal-data'], { lastName: 'Иванова' });
    const other = await consentingStaff(db, org.id, ['personal-data'], { lastName: 'Сидорова' });
    const mine = (
      await t.request({
        method: 'POST',
        url: url(org.id),
        cookie,
        body: { staffId: me.id, category: 'new-to-school', preferredMentorIds: [mentor.id] },
      })
    ).json();
    const others = (
      await t.request({
        method: 'POST',
        url: url(org.id),
        cookie,
        body: { staffId: other.id, category: 'new-to-school' },
      })
    ).json();

    const asMentee = await linkedUser(t, org.id, ['mentee'], me.id);
    const own = await t.request({ method: 'GET', url: url(org.id), cookie: asMentee.cookie });
    expect(own.json().items.map((m: { id: string }) => m.id)).toEqual([mine.id]);
    expect(
      (await t.request({ method: 'GET', url: url(org.id, `/${others.id}`), cookie: asMentee.cookie })).statusCode,
    ).toBe(404);
    const edit = await t.request({
      method: 'PUT',
      url: url(org.id, `/${mine.id}`),
      cookie: asMentee.cookie,
      body: { category: 'new-to-school', version: 1 },
    });
    expect(edit.statusCode).toBe(403);

    const asMentor = await linkedUser(t, org.id, ['mentor'], mentorPerson.id);
    const chosen = await t.request({ method: 'GET', url: url(org.id), cookie: asMentor.cookie });
    expect(chosen.json().items.map((m: { id: string }) => m.id)).toEqual([mine.id]);

    // An account not linked to anyone sees nothing.
    const unlinked = await orgWithUser(t, ['mentee']);
    expect(
      (await t.request({ method: 'GET', url: url(unlinked.org.id), cookie: unlinked.cookie })).json().items,
    ).toEqual([]);
  });
});
