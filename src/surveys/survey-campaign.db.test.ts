import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consentingStaff, linkedUser } from '../../test/bank-factories.js';
import { login, makeOrg, makeStaff, makeUser, orgWithUser } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { openSurvey, surveysUrl as url } from '../../test/survey-factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const answers = { form: 'trad', useful: 4 };

describe('the yearly needs campaign', () => {
  it('shows who has answered and who has not, by name for a named survey', async () => {
    const { org, cookie } = await orgWithUser(t, ['curator']);
    const id = await openSurvey(t, org.id, cookie, { kind: 'needs-assessment' });
    const db = t.database.db;
    const done = await makeStaff(db, org.id, { lastName: 'Андреева' });
    const waiting = await makeStaff(db, org.id, { lastName: 'Васильева' });
    await makeStaff(db, org.id, { lastName: 'Григорьева' });
    const a = await linkedUser(t, org.id, ['mentee'], done.id);
    await linkedUser(t, org.id, ['mentor'], waiting.id);
    await t.request({ method: 'POST', url: url(org.id, `/${id}/responses`), cookie: a.cookie, body: { answers } });
    const res = await t.request({ method: 'GET', url: url(org.id, `/${id}/progress`), cookie });
    expect(res.statusCode).toBe(200);
    const p = res.json();
    expect(p).toMatchObject({ total: 3, answered: 1, pending: 2 });
    expect(p.answeredPeople.map((x: { name: string }) => x.name)).toEqual(['Андреева Анна Сергеевна']);
    expect(p.pendingPeople.map((x: { name: string; hasAccount: boolean }) => [x.name, x.hasAccount])).toEqual([
      ['Васильева Анна Сергеевна', true],
      ['Григорьева Анна Сергеевна', false],
    ]);
    const teacher = await t.request({ method: 'GET', url: url(org.id, `/${id}/progress`), cookie: a.cookie });
    expect(teacher.statusCode).toBe(403);
  });

  it('reaches the audience by bank and by name, and lets only them answer', async () => {
    const { org, cookie } = await orgWithUser(t, ['curator']);
    const db = t.database.db;
    const inBank = await consentingStaff(db, org.id, ['personal-data'], { lastName: 'Банкова' });
    await t.request({
      method: 'POST',
      url: `/api/v1/orgs/${org.id}/mentees`,
      cookie,
      body: { staffId: inBank.id, category: 'young-specialist' },
    });
    const named = await makeStaff(db, org.id, { lastName: 'Названова' });
    const outsider = await makeStaff(db, org.id, { lastName: 'Посторонняя' });
    const id = await openSurvey(t, org.id, cookie, { audience: { banks: ['mentees'], staffIds: [named.id] } });
    const p = (await t.request({ method: 'GET', url: url(org.id, `/${id}/progress`), cookie })).json();
    expect(p.pendingPeople.map((x: { staffId: string }) => x.staffId).sort()).toEqual([inBank.id, named.id].sort());
    const member = await linkedUser(t, org.id, ['mentee'], inBank.id);
    const stranger = await linkedUser(t, org.id, ['mentee'], outsider.id);
    const ok = await t.request({
      method: 'POST',
      url: url(org.id, `/${id}/responses`),
      cookie: member.cookie,
      body: { answers },
    });
    expect(ok.statusCode).toBe(201);
    const no = await t.request({
      method: 'POST',
      url: url(org.id, `/${id}/responses`),
      cookie: stranger.cookie,
      body: { answers },
    });
    expect(no.json().code).toBe('SURVEY_NOT_IN_AUDIENCE');
    const hidden = await t.request({ method: 'GET', url: url(org.id, `/${id}`), cookie: stranger.cookie });
    expect(hidden.statusCode).toBe(404);
  });

  it('gives counts only for an anonymous survey', async () => {
    const { org, cookie } = await orgWithUser(t, ['curator']);
    const id = await openSurvey(t, org.id, cookie, { anonymous: true });
    const a = await linkedUser(t, org.id, ['mentee'], (await makeStaff(t.database.db, org.id)).id);
    await makeStaff(t.database.db, org.id);
    await t.request({ method: 'POST', url: url(org.id, `/${id}/responses`), cookie: a.cookie, body: { answers } });
    const p = (await t.request({ method: 'GET', url: url(org.id, `/${id}/progress`), cookie })).json();
    expect(p).toEqual({ surveyId: id, total: 2, answered: 1, pending: 1, answeredPeople: null, pendingPeople: null });
  });

  it('reminds those who have not answered, once until seen, and each sees only their own', async () => {
    const { org, cookie } = await orgWithUser(t, ['curator']);
    const id = await openSurvey(t, org.id, cookie);
    const db = t.database.db;
    const answered = await linkedUser(t, org.id, ['mentee'], (await makeStaff(db, org.id)).id);
    const late = await linkedUser(t, org.id, ['mentee'], (await makeStaff(db, org.id)).id);
    await makeStaff(db, org.id);
    await t.request({
      method: 'POST',
      url: url(org.id, `/${id}/responses`),
      cookie: answered.cookie,
      body: { answers },
    });
    const forbidden = await t.request({ method: 'POST', url: url(org.id, `/${id}/remind`), cookie: late.cookie });
    expect(forbidden.statusCode).toBe(403);
    const first = await t.request({ method: 'POST', url: url(org.id, `/${id}/remind`), cookie });
    expect(first.json()).toEqual({ reminded: 2 });
    const second = await t.request({ method: 'POST', url: url(org.id, `/${id}/remind`), cookie });
    expect(second.json()).toEqual({ reminded: 0 });

    expect((await t.request({ method: 'GET', url: '/api/v1/me/reminders' })).statusCode).toBe(401);
    const none = await t.request({ method: 'GET', url: '/api/v1/me/reminders', cookie: answered.cookie });
    expect(none.json().items).toEqual([]);
    const mine = await t.request({ method: 'GET', url: '/api/v1/me/reminders', cookie: late.cookie });
    expect(mine.json().items).toHaveLength(1);
    const reminder = mine.json().items[0];
    expect(reminder).toMatchObject({ orgId: org.id, surveyId: id, surveyTitle: 'Качество программы' });
    const stranger = await t.request({
      method: 'POST',
      url: `/api/v1/me/reminders/${reminder.id}/seen`,
      cookie: answered.cookie,
    });
    expect(stranger.statusCode).toBe(404);
    const seen = await t.request({
      method: 'POST',
      url: `/api/v1/me/reminders/${reminder.id}/seen`,
      cookie: late.cookie,
    });
    expect(seen.statusCode).toBe(204);
    expect((await t.request({ method: 'GET', url: '/api/v1/me/reminders', cookie: late.cookie })).json().items).toEqual(
      [],
    );
    // Seen, not answered: the next round reminds again.
    expect((await t.request({ method: 'POST', url: url(org.id, `/${id}/remind`), cookie })).json()).toEqual({
      reminded: 1,
    });
  });

  it('collects reminders across the organizations a person works in', async () => {
    const a = await orgWithUser(t, ['curator']);
    const b = await makeOrg(t.database.db);
    const bCurator = await makeUser(t.database.db, b.id, ['curator']);
    const bCookie = await login(t, bCurator.login);
    const person = await linkedUser(t, a.org.id, ['mentee'], (await makeStaff(t.database.db, a.org.id)).id);
    const staffB = await makeStaff(t.database.db, b.id);
    const { memberships } = await import('../auth/auth-tables.js');
    await t.database.db
      .insert(memberships)
      .values({ orgId: b.id, userId: person.user.id, roles: ['mentor'], staffId: staffB.id });
    const s1 = await openSurvey(t, a.org.id, a.cookie);
    const s2 = await openSurvey(t, b.id, bCookie);
    await t.request({ method: 'POST', url: url(a.org.id, `/${s1}/remind`), cookie: a.cookie });
    await t.request({ method: 'POST', url: url(b.id, `/${s2}/remind`), cookie: bCookie });
    const mine = await t.request({ method: 'GET', url: '/api/v1/me/reminders', cookie: person.cookie });
    expect(
      mine
        .json()
        .items.map((r: { surveyId: string }) => r.surveyId)
        .sort(),
    ).toEqual([s1, s2].sort());
  });
});
