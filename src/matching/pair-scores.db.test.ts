import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogIds, consentingStaff } from '../../test/bank-factories.js';
import { orgWithUser } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('POST /matching/pairs', () => {
  it('scores a hand-made pair with reasons, or says in words why it cannot be formed', async () => {
    const { org, cookie } = await orgWithUser(t, ['curator']);
    const db = t.database.db;
    const [d1, d2] = await catalogIds(db, org.id);
    const post = async (path: string, body: object) =>
      (await t.request({ method: 'POST', url: `/api/v1/orgs/${org.id}/${path}`, cookie, body })).json();
    const year = new Date().getFullYear();
    const menteePerson = await consentingStaff(db, org.id, ['personal-data'], { teachingSince: year - 1 });
    const fit = await consentingStaff(db, org.id, ['personal-data', 'mentor-role'], { teachingSince: year - 22 });
    const misfit = await consentingStaff(db, org.id, ['personal-data', 'mentor-role']);
    const mentee = await post('mentees', {
      staffId: menteePerson.id,
      category: 'young-specialist',
      difficulties: [{ id: d1, priority: 1 }],
    });
    const good = await post('mentors', { staffId: fit.id, competences: [d1] });
    const bad = await post('mentors', { staffId: misfit.id, competences: [d2] });

    const res = await t.request({
      method: 'POST',
      url: `/api/v1/orgs/${org.id}/matching/pairs`,
      cookie,
      body: {
        pairs: [
          { mentorId: good.id, menteeId: mentee.id },
          { mentorId: bad.id, menteeId: mentee.id },
          { mentorId: good.id, menteeId: bad.id },
        ],
      },
    });
    expect(res.statusCode).toBe(200);
    const [ok, noCompetence, notMentee] = res.json().items;
    expect(ok).toMatchObject({ allowed: true, refusal: null });
    expect(ok.score).toBeGreaterThan(0);
    expect(ok.reasons).toEqual(
      expect.arrayContaining([expect.stringMatching(/^закрывает 1 из 1/), 'опыт больше на 21 год']),
    );
    expect(noCompetence).toMatchObject({ allowed: false, score: null, reasons: [] });
    expect(noCompetence.refusal).toContain('§6.1');
    expect(notMentee.refusal).toBe('наставляемый сейчас не ищет наставника');

    const bodyErr = await t.request({
      method: 'POST',
      url: `/api/v1/orgs/${org.id}/matching/pairs`,
      cookie,
      body: { pairs: [] },
    });
    expect(bodyErr.statusCode).toBe(422);
    const mentor = await orgWithUser(t, ['mentor']);
    const denied = await t.request({
      method: 'POST',
      url: `/api/v1/orgs/${mentor.org.id}/matching/pairs`,
      cookie: mentor.cookie,
      body: { pairs: [{ mentorId: good.id, menteeId: mentee.id }] },
    });
    expect(denied.statusCode).toBe(403);
  });
});
