import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogIds, consentingStaff, linkedUser } from '../../test/bank-factories.js';
import { makeStaff, orgWithUser } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { organizations } from '../organizations/organizations-table.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const url = (orgId: string, rest = '') => `/api/v1/orgs/${orgId}/mentors${rest}`;
const year = new Date().getFullYear();

describe('mentor bank', () => {
  it('needs consents both to personal data and to the mentor role', async () => {
    const { org, cookie } = await orgWithUser(t, ['curator']);
    const person = await consentingStaff(t.database.db, org.id, ['personal-data']);
    const res = await t.request({ method: 'POST', url: url(org.id), cookie, body: { staffId: person.id } });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('CONSENT_REQUIRED');
    expect(res.json().errors).toEqual([
      { path: 'staffId', message: 'Работник: нет согласия на назначение наставником' },
    ]);
  });

  it('takes experience and category from the registry and capacity from the organization settings', async () => {
    const { org, cookie } = await orgWithUser(t, ['curator']);
    const db = t.database.db;
    await db
      .update(organizations)
      .set({ settings: { mentorCapacityDefault: 3 } })
      .where(eq(organizations.id, org.id));
    const [competence] = await catalogIds(db, org.id);
    const person = await consentingStaff(db, org.id, ['personal-data', 'mentor-role'], {
      teachingSince: year - 20,
      qualificationCategory: 'highest',
      subjects: ['Физика'],
    });
    const res = await t.request({
      method: 'POST',
      url: url(org.id),
      cookie,
      body: {
        staffId: person.id,
        competences: [competence],
        forms: ['reverse', 'group'],
        availability: 'Вторник после 14:00',
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      view: 'full',
      experienceYears: 20,
      qualificationCategory: 'highest',
      capacity: 3,
      subjects: ['Физика'],
      status: 'available',
      competences: [competence],
    });
    const entry = res.json();
    const ok = await t.request({
      method: 'PUT',
      url: url(org.id, `/${entry.id}`),
      cookie,
      headers: { 'if-match': '"1"' },
      body: { competences: [competence], capacity: 1, status: 'full' },
    });
    expect(ok.json()).toMatchObject({ capacity: 1, status: 'full', version: 2 });
    const stale = await t.request({
      method: 'PUT',
      url: url(org.id, `/${entry.id}`),
      cookie,
      body: { competences: [], version: 1 },
    });
    expect(stale.json().code).toBe('STALE_VERSION');
    const byCompetence = await t.request({ method: 'GET', url: url(org.id, `?competence=${competence}`), cookie });
    expect(byCompetence.json().items).toHaveLength(1);
    const bySubject = await t.request({ method: 'GET', url: url(org.id, '?subject=химия'), cookie });
    expect(bySubject.json().items).toHaveLength(0);
  });

  it('shows a mentee only the public fields of mentors, and a mentor their own entry in full', async () => {
    const { org, cookie } = await orgWithUser(t, ['curator']);
    const db = t.database.db;
    const mentorPerson = await consentingStaff(db, org.id, ['personal-data', 'mentor-role'], { lastName: 'Опытная' });
    const entry = (
      await t.request({
        method: 'POST',
        url: url(org.id),
        cookie,
        body: { staffId: mentorPerson.id, availability: 'Среда' },
      })
    ).json();
    const menteePerson = await consentingStaff(db, org.id, ['personal-data']);
    const asMentee = await linkedUser(t, org.id, ['mentee'], menteePerson.id);
    const list = await t.request({ method: 'GET', url: url(org.id), cookie: asMentee.cookie });
    expect(list.statusCode).toBe(200);
    const [seen] = list.json().items;
    expect(seen.view).toBe('public');
    expect(seen.staff.lastName).toBe('Опытная');
    expect(seen).not.toHaveProperty('availability');
    expect(seen).not.toHaveProperty('capacity');
    const asMentor = await linkedUser(t, org.id, ['mentor'], mentorPerson.id);
    const own = await t.request({ method: 'GET', url: url(org.id, `/${entry.id}`), cookie: asMentor.cookie });
    expect(own.json()).toMatchObject({ view: 'full', availability: 'Среда' });
    const write = await t.request({
      method: 'POST',
      url: url(org.id),
      cookie: asMentor.cookie,
      body: { staffId: mentorPerson.id },
    });
    expect(write.statusCode).toBe(403);
  });

  it('answers 401, 404 across organizations, 403 to the observer', async () => {
    const a = await orgWithUser(t, ['curator']);
    const b = await orgWithUser(t, ['curator']);
    const person = await consentingStaff(t.database.db, a.org.id, ['personal-data', 'mentor-role']);
    const entry = (
      await t.request({ method: 'POST', url: url(a.org.id), cookie: a.cookie, body: { staffId: person.id } })
    ).json();
    expect((await t.request({ method: 'GET', url: url(a.org.id) })).statusCode).toBe(401);
    expect((await t.request({ method: 'GET', url: url(a.org.id), cookie: b.cookie })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: url(b.org.id, `/${entry.id}`), cookie: b.cookie })).statusCode).toBe(
      404,
    );
    const observer = await orgWithUser(t, ['observer']);
    expect((await t.request({ method: 'GET', url: url(observer.org.id), cookie: observer.cookie })).statusCode).toBe(
      403,
    );
  });

  it('takes the mentor out of the bank when the mentor-role consent is withdrawn', async () => {
    const { org, cookie } = await orgWithUser(t, ['curator']);
    const person = await makeStaff(t.database.db, org.id);
    const consentUrl = `/api/v1/orgs/${org.id}/staff/${person.id}/consents`;
    await t.request({
      method: 'POST',
      url: consentUrl,
      cookie,
      body: { kind: 'personal-data', givenOn: '2025-01-10' },
    });
    const roleConsent = (
      await t.request({ method: 'POST', url: consentUrl, cookie, body: { kind: 'mentor-role', givenOn: '2025-01-10' } })
    ).json();
    const entry = (
      await t.request({ method: 'POST', url: url(org.id), cookie, body: { staffId: roleConsent.staffId } })
    ).json();
    await t.request({
      method: 'POST',
      url: `/api/v1/orgs/${org.id}/staff/${roleConsent.staffId}/consents/${roleConsent.id}/withdraw`,
      cookie,
      body: { withdrawnOn: '2025-02-01' },
    });
    const card = await t.request({ method: 'GET', url: url(org.id, `/${entry.id}`), cookie });
    expect(card.json().status).toBe('withdrawn');
    expect((await t.request({ method: 'GET', url: url(org.id), cookie })).json().items).toHaveLength(0);
  });
});
