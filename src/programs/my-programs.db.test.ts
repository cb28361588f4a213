import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogIds, consentingStaff, linkedUser } from '../../test/bank-factories.js';
import { orgWithUser } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { shiftDays } from '../calendar/production-calendar.js';
import { todayIso } from '../shared/dates.js';
import { addMonths } from './lifecycle.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

/** A school with a mentor and a mentee agreed as a pair, both with accounts, and the curator. */
async function pair() {
  const { org, cookie } = await orgWithUser(t, ['curator']);
  const db = t.database.db;
  const [d1] = await catalogIds(db, org.id);
  const call = (method: 'GET' | 'POST', path: string, body?: object, as = cookie) =>
    t.request({ method, url: `/api/v1/orgs/${org.id}/${path}`, cookie: as, ...(body ? { body } : {}) });
  const menteePerson = await consentingStaff(db, org.id, ['personal-data'], {
    lastName: 'Соколова',
    firstName: 'Мария',
    middleName: 'Игоревна',
  });
  const mentorPerson = await consentingStaff(db, org.id, ['personal-data', 'mentor-role'], {
    lastName: 'Кузнецов',
    firstName: 'Пётр',
    middleName: 'Андреевич',
  });
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
    const res = await call('POST', `groups/${group.id}/agreements`, { participantId, decision: 'agreed', version });
    version = res.json().version;
  }
  const mentorUser = await linkedUser(t, org.id, ['mentor'], mentorPerson.id);
  const menteeUser = await linkedUser(t, org.id, ['mentee'], menteePerson.id);
  return { org, cookie, call, group, mentee, mentor, mentorUser, menteeUser };
}

describe('GET /programs/mine', () => {
  it('answers 401 without a session and 404 in another organization', async () => {
    const s = await pair();
    expect((await t.request({ method: 'GET', url: `/api/v1/orgs/${s.org.id}/programs/mine` })).statusCode).toBe(401);
    const elsewhere = await orgWithUser(t, ['mentor']);
    const foreign = await t.request({
      method: 'GET',
      url: `/api/v1/orgs/${s.org.id}/programs/mine`,
      cookie: elsewhere.cookie,
    });
    expect(foreign.statusCode).toBe(404);
    const spec = (await t.request({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(spec.paths['/api/v1/orgs/{orgId}/programs/mine'].get.responses['200']).toBeTruthy();
  });

  it('gives the mentor and the mentee their program: names, plan, next steps, journal, silence', async () => {
    const s = await pair();
    const today = todayIso();
    const none = await s.call('GET', 'programs/mine', undefined, s.mentorUser.cookie);
    expect(none.json()).toEqual({ today, items: [] });

    const program = (
      await s.call('POST', 'programs', {
        groupId: s.group.id,
        startsOn: addMonths(today, -2),
        endsOn: addMonths(today, 4),
        goals: 'Освоить формирующее оценивание',
        activities: [
          { title: 'Установочная встреча', kind: 'meeting', dueOn: shiftDays(today, -40), status: 'done' },
          { title: 'Посещение урока', kind: 'lesson-observation', dueOn: shiftDays(today, -2) },
          { title: 'Самоанализ урока', kind: 'self-study' },
          { title: 'Открытый урок', kind: 'open-lesson', dueOn: shiftDays(today, 20) },
          { title: 'Консультация', kind: 'consultation', dueOn: shiftDays(today, 30) },
        ],
      })
    ).json();

    // A draft waits for each side's agreement; the mentee's is asked of the mentee only.
    const draft = (await s.call('GET', 'programs/mine', undefined, s.menteeUser.cookie)).json().items;
    expect(draft).toHaveLength(1);
    expect(draft[0]).toMatchObject({
      id: program.id,
      groupId: s.group.id,
      status: 'draft',
      role: 'mentee',
      participantId: s.mentee.id,
      awaitingMe: true,
      mentor: { id: s.mentor.id, name: 'Кузнецов Пётр Андреевич', agreed: false },
      mentees: [{ id: s.mentee.id, name: 'Соколова Мария Игоревна', agreed: false }],
    });
    const step = (body: object, as?: string) => s.call('POST', `programs/${program.id}/transitions`, body, as);
    await step({ action: 'agree' }, s.menteeUser.cookie);
    const afterAgree = (await s.call('GET', 'programs/mine', undefined, s.menteeUser.cookie)).json().items[0];
    expect(afterAgree.awaitingMe).toBe(false);
    expect((await s.call('GET', 'programs/mine', undefined, s.mentorUser.cookie)).json().items[0]).toMatchObject({
      role: 'mentor',
      participantId: s.mentor.id,
      awaitingMe: true,
    });

    await step({ action: 'agree', participantId: s.mentor.id });
    await step({ action: 'approve' });
    await step({ action: 'start' });
    const running = (await s.call('GET', 'programs/mine', undefined, s.mentorUser.cookie)).json().items[0];
    expect(running).toMatchObject({
      status: 'active',
      awaitingMe: false,
      plan: { total: 5, done: 1, dropped: 0, overdue: 1 },
      lastJournalOn: null,
      // Two months without a word in the journal.
      quiet: true,
    });
    // Dated steps first by date, then the undated; three at most, done ones left out.
    expect(running.next.map((a: { title: string }) => a.title)).toEqual([
      'Посещение урока',
      'Открытый урок',
      'Консультация',
    ]);
    expect(running.next[0]).toMatchObject({ kind: 'lesson-observation', status: 'planned' });

    const yesterday = shiftDays(today, -1);
    await s.call(
      'POST',
      `programs/${program.id}/journal`,
      { kind: 'meeting', happenedOn: yesterday, summary: 'Разобрали урок' },
      s.menteeUser.cookie,
    );
    const written = (await s.call('GET', 'programs/mine', undefined, s.menteeUser.cookie)).json().items[0];
    expect(written).toMatchObject({ lastJournalOn: yesterday, quiet: false });
  });

  it('shows nothing to the curator who is no participant, nor to another mentor', async () => {
    const s = await pair();
    const today = todayIso();
    await s.call('POST', 'programs', {
      groupId: s.group.id,
      startsOn: today,
      endsOn: addMonths(today, 6),
      goals: 'Цели',
    });
    expect((await s.call('GET', 'programs/mine')).json().items).toEqual([]);
    const strangerPerson = await consentingStaff(t.database.db, s.org.id, ['personal-data', 'mentor-role']);
    await s.call('POST', 'mentors', { staffId: strangerPerson.id, competences: [] });
    const stranger = await linkedUser(t, s.org.id, ['mentor'], strangerPerson.id);
    expect((await s.call('GET', 'programs/mine', undefined, stranger.cookie)).json().items).toEqual([]);
    // The mentee's own view holds theirs.
    expect((await s.call('GET', 'programs/mine', undefined, s.menteeUser.cookie)).json().items).toHaveLength(1);
  });
});
