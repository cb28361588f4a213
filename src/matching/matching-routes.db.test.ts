import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogIds, consentingStaff } from '../../test/bank-factories.js';
import { login, makeUser, orgWithUser } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

async function school() {
  const { org, cookie } = await orgWithUser(t, ['curator']);
  const db = t.database.db;
  const [d1, d2, d3] = await catalogIds(db, org.id);
  const post = async (path: string, body: object) =>
    (await t.request({ method: 'POST', url: `/api/v1/orgs/${org.id}/${path}`, cookie, body })).json();
  const year = new Date().getFullYear();
  const young = await consentingStaff(db, org.id, ['personal-data'], {
    lastName: 'Молодцова',
    teachingSince: year - 1,
  });
  const newcomer = await consentingStaff(db, org.id, ['personal-data'], {
    lastName: 'Новикова',
    teachingSince: year - 2,
  });
  const noConsent = await consentingStaff(db, org.id, ['personal-data'], { lastName: 'Отозвавшая' });
  const expert = await consentingStaff(db, org.id, ['personal-data', 'mentor-role'], {
    lastName: 'Опытнова',
    teachingSince: year - 25,
  });
  const m1 = await post('mentees', {
    staffId: young.id,
    category: 'young-specialist',
    difficulties: [
      { id: d1, priority: 1 },
      { id: d2, priority: 2 },
    ],
  });
  const m2 = await post('mentees', {
    staffId: newcomer.id,
    category: 'new-to-school',
    difficulties: [{ id: d3, priority: 1 }],
  });
  const m3 = await post('mentees', { staffId: noConsent.id, category: 'new-to-school', difficulties: [] });
  const mentor = await post('mentors', { staffId: expert.id, competences: [d1, d2], capacity: 1 });
  return { org, cookie, m1, m2, m3, mentor, noConsent };
}

describe('POST /matching', () => {
  it('proposes pairs with reasons and says why the others are left, writing nothing', async () => {
    const s = await school();
    // Withdrawing a consent takes the person out of the bank, so they are not even considered.
    const consentsOf = (
      await t.request({
        method: 'GET',
        url: `/api/v1/orgs/${s.org.id}/staff/${s.noConsent.id}/consents`,
        cookie: s.cookie,
      })
    ).json();
    await t.request({
      method: 'POST',
      url: `/api/v1/orgs/${s.org.id}/staff/${s.noConsent.id}/consents/${consentsOf.items[0].id}/withdraw`,
      cookie: s.cookie,
      body: { withdrawnOn: new Date().toISOString().slice(0, 10), reason: 'Заявление' },
    });
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/orgs/${s.org.id}/matching`,
      cookie: s.cookie,
      body: { mode: 'max-coverage' },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.proposals).toHaveLength(1);
    expect(body.proposals[0]).toMatchObject({ mentorId: s.mentor.id, menteeId: s.m1.id });
    expect(body.proposals[0].reasons[0]).toMatch(/^закрывает 2 из 2 затруднений: /);
    expect(body.unmatched).toEqual([
      { menteeId: s.m2.id, reason: expect.stringMatching(/^нет наставника с компетенцией: /) },
    ]);
    const again = await t.request({ method: 'GET', url: `/api/v1/orgs/${s.org.id}/mentees`, cookie: s.cookie });
    expect(again.json().items.every((m: { status: string }) => m.status === 'searching')).toBe(true);
  });

  it('takes only the chosen mentees, answers in English on request and refuses a bad mode', async () => {
    const s = await school();
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/orgs/${s.org.id}/matching`,
      cookie: s.cookie,
      headers: { 'accept-language': 'en' },
      body: { mode: 'stable', menteeIds: [s.m2.id] },
    });
    expect(res.json()).toMatchObject({
      proposals: [],
      unmatched: [{ menteeId: s.m2.id, reason: expect.stringMatching(/^no mentor with the competence/) }],
    });
    const preview = await t.request({
      method: 'POST',
      url: `/api/v1/orgs/${s.org.id}/matching`,
      cookie: s.cookie,
      body: {
        mode: 'max-score',
        weights: { coverage: 0, sameSubject: 0, experience: 0, preferredForm: 0, sameSchool: 0, mutualChoice: 0 },
      },
    });
    expect(preview.json().proposals[0].score).toBe(1);
    const bad = await t.request({
      method: 'POST',
      url: `/api/v1/orgs/${s.org.id}/matching`,
      cookie: s.cookie,
      body: { mode: 'best' },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].path).toBe('mode');
  });

  it('leaves out mentees already in a group and counts the mentor’s taken places', async () => {
    const s = await school();
    const proposed = await t.request({
      method: 'POST',
      url: `/api/v1/orgs/${s.org.id}/groups`,
      cookie: s.cookie,
      // The mentor's one place goes to m2, whom they could not have been proposed for otherwise.
      body: { mentorId: s.mentor.id, menteeIds: [s.m2.id], forms: ['traditional'] },
    });
    expect(proposed.statusCode).toBe(201);
    const res = await t.request({
      method: 'POST',
      url: `/api/v1/orgs/${s.org.id}/matching`,
      cookie: s.cookie,
      body: { mode: 'max-coverage' },
    });
    const body = res.json();
    expect(body.proposals).toEqual([]);
    const ids = body.unmatched.map((u: { menteeId: string }) => u.menteeId);
    expect(ids).not.toContain(s.m2.id);
    expect(ids).toContain(s.m1.id);
  });

  it('is for the curator, director and council only, and only in their organization', async () => {
    const s = await school();
    const mentor = await orgWithUser(t, ['mentor']);
    expect(
      (
        await t.request({
          method: 'POST',
          url: `/api/v1/orgs/${mentor.org.id}/matching`,
          cookie: mentor.cookie,
          body: { mode: 'max-score' },
        })
      ).statusCode,
    ).toBe(403);
    const other = await orgWithUser(t, ['curator']);
    expect(
      (
        await t.request({
          method: 'POST',
          url: `/api/v1/orgs/${s.org.id}/matching`,
          cookie: other.cookie,
          body: { mode: 'max-score' },
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (await t.request({ method: 'POST', url: `/api/v1/orgs/${s.org.id}/matching`, body: { mode: 'max-score' } }))
        .statusCode,
    ).toBe(401);
  });
});

describe('matching weights as an organization setting', () => {
  it('uses the saved weights, and an organization form that does not show them keeps them', async () => {
    const s = await school();
    const current = (await t.request({ method: 'GET', url: `/api/v1/orgs/${s.org.id}`, cookie: s.cookie })).json();
    expect(current.settings.matchingWeights).toBeUndefined();
    const weights = { coverage: 10, sameSubject: 0, experience: 0, preferredForm: 0, sameSchool: 0, mutualChoice: 0 };
    const { db } = t.database;
    const { organizations } = await import('../organizations/organizations-table.js');
    const { eq } = await import('drizzle-orm');
    await db
      .update(organizations)
      .set({ settings: { matchingWeights: weights } })
      .where(eq(organizations.id, s.org.id));
    const run = await t.request({
      method: 'POST',
      url: `/api/v1/orgs/${s.org.id}/matching`,
      cookie: s.cookie,
      body: { mode: 'max-score' },
    });
    expect(run.json().weights).toEqual(weights);
    expect(run.json().proposals[0].score).toBe(10);

    const director = await makeUser(db, s.org.id, ['director']);
    const cookie = await login(t, director.login);
    const org = (await t.request({ method: 'GET', url: `/api/v1/orgs/${s.org.id}`, cookie })).json();
    const { matchingWeights: _hidden, ...shown } = org.settings;
    const put = await t.request({
      method: 'PUT',
      url: `/api/v1/orgs/${s.org.id}`,
      cookie,
      body: { ...org, settings: { ...shown, mentorCapacityDefault: 3 }, version: org.version },
    });
    expect(put.statusCode).toBe(200);
    expect(put.json().settings).toMatchObject({ mentorCapacityDefault: 3, matchingWeights: weights });
  });
});
