import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogIds, consentingStaff, linkedUser } from '../../test/bank-factories.js';
import { orgWithUser } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

describe('the calendar feed', () => {
  it('gives a person their programs’ activities by a secret address, and stops it when revoked', async () => {
    const { org, cookie } = await orgWithUser(t, ['curator']);
    const db = t.database.db;
    const [d1] = await catalogIds(db, org.id);
    const call = async (method: 'GET' | 'POST', path: string, body?: object) =>
      t.request({ method, url: `/api/v1/orgs/${org.id}/${path}`, cookie, ...(body ? { body } : {}) });
    const menteePerson = await consentingStaff(db, org.id, ['personal-data']);
    const mentorPerson = await consentingStaff(db, org.id, ['personal-data', 'mentor-role']);
    const mentee = (
      await call('POST', 'mentees', {
        staffId: menteePerson.id,
        category: 'young-specialist',
        difficulties: [{ id: d1, priority: 1 }],
      })
    ).json();
    const mentor = (await call('POST', 'mentors', { staffId: mentorPerson.id, competences: [d1] })).json();
    const group = (
      await call('POST', 'groups', { mentorId: mentor.id, menteeIds: [mentee.id], forms: ['traditional'] })
    ).json();
    let version = group.version;
    for (const participantId of [mentor.id, mentee.id]) {
      version = (
        await call('POST', `groups/${group.id}/agreements`, { participantId, decision: 'agreed', version })
      ).json().version;
    }
    await call('POST', 'programs', {
      groupId: group.id,
      startsOn: '2026-09-01',
      endsOn: '2027-05-31',
      goals: 'Урок, который слышат все',
      activities: [
        { title: 'Посещение урока; 7 «А»', kind: 'lesson-observation', dueOn: '2026-12-10' },
        { title: 'Без срока', kind: 'self-study' },
      ],
    });

    const me = await linkedUser(t, org.id, ['mentee'], menteePerson.id);
    expect((await t.request({ method: 'GET', url: '/api/v1/me/calendar', cookie: me.cookie })).json()).toEqual({
      active: false,
      createdAt: null,
    });
    const issued = await t.request({ method: 'POST', url: '/api/v1/me/calendar', cookie: me.cookie });
    expect(issued.statusCode).toBe(201);
    const path = issued.json().path as string;
    expect(path).toMatch(/^\/api\/v1\/calendar\/cal_[\w-]+\.ics$/);

    const feed = await t.app.inject({ method: 'GET', url: path });
    expect(feed.statusCode).toBe(200);
    expect(feed.headers['content-type']).toContain('text/calendar');
    const text = feed.body.replace(/\r\n /g, ''); // long lines come folded
    expect(text).toContain('SUMMARY:Посещение урока: Посещение урока\\; 7 «А»');
    expect(text).toContain('DTSTART;VALUE=DATE:20261210');
    expect(text).toContain('DTSTART;VALUE=DATE:20270531'); // the program's end
    expect(text).not.toContain('Без срока');

    // A new address replaces the old one; revoking stops it.
    const second = (await t.request({ method: 'POST', url: '/api/v1/me/calendar', cookie: me.cookie })).json().path;
    expect((await t.app.inject({ method: 'GET', url: path })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: second })).statusCode).toBe(200);
    expect((await t.request({ method: 'DELETE', url: '/api/v1/me/calendar', cookie: me.cookie })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: second })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/calendar/not-a-token.ics' })).statusCode).toBe(400);
  });
});
