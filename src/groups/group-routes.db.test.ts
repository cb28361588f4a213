import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogIds, consentingStaff, linkedUser } from '../../test/bank-factories.js';
import { login, makeUser, orgWithUser } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

/** A school with a curator, a mentor of the given capacity and three searching mentees. */
async function school(capacity = 2) {
  const { org, cookie } = await orgWithUser(t, ['curator']);
  const db = t.database.db;
  const [d1] = await catalogIds(db, org.id);
  const call = async (method: 'GET' | 'POST', path: string, body?: object, as = cookie) =>
    t.request({ method, url: `/api/v1/orgs/${org.id}/${path}`, cookie: as, ...(body ? { body } : {}) });
  const people = await Promise.all(
    ['Первова', 'Вторая', 'Третьякова'].map((lastName) => consentingStaff(db, org.id, ['personal-data'], { lastName })),
  );
  const menteeIds: string[] = [];
  for (const p of people) {
    const res = await call('POST', 'mentees', { staffId: p.id, category: 'young-specialist', difficulties: [] });
    menteeIds.push(res.json().id);
  }
  const expert = await consentingStaff(db, org.id, ['personal-data', 'mentor-role'], { lastName: 'Опытнова' });
  const mentorId: string = (await call('POST', 'mentors', { staffId: expert.id, competences: [d1], capacity })).json()
    .id;
  return { org, cookie, call, people, menteeIds, mentorId, expert };
}

type School = Awaited<ReturnType<typeof school>>;

async function propose(s: School, menteeIds: string[]) {
  return s.call('POST', 'groups', { mentorId: s.mentorId, menteeIds, forms: ['traditional'] });
}

describe('groups', () => {
  it('proposes a group with every participant pending, lists and reads it', async () => {
    const s = await school();
    const res = await propose(s, [s.menteeIds[0] as string]);
    expect(res.statusCode).toBe(201);
    const group = res.json();
    expect(group).toMatchObject({ mentorId: s.mentorId, menteeIds: [s.menteeIds[0]], status: 'proposed', version: 1 });
    expect(group.agreements).toEqual([
      expect.objectContaining({ participantId: s.mentorId, role: 'mentor', decision: 'pending', onPaper: false }),
      expect.objectContaining({ participantId: s.menteeIds[0], role: 'mentee', decision: 'pending' }),
    ]);
    const list = (await s.call('GET', 'groups?status=proposed')).json();
    expect(list.items.map((g: { id: string }) => g.id)).toEqual([group.id]);
    expect((await s.call('GET', 'groups?status=agreed')).json().items).toEqual([]);
    expect((await s.call('GET', `groups/${group.id}`)).json().id).toBe(group.id);
    const audit = (await s.call('GET', `audit?entity=group&entityId=${group.id}`)).json();
    expect(audit.items[0]).toMatchObject({ action: 'create' });
  });

  it('answers 401 without sign-in, 404 in another organization, 403 by role', async () => {
    const s = await school();
    const group = (await propose(s, [s.menteeIds[0] as string])).json();
    const anon = await t.request({ method: 'GET', url: `/api/v1/orgs/${s.org.id}/groups` });
    expect(anon.statusCode).toBe(401);
    const other = await orgWithUser(t, ['curator']);
    expect((await s.call('GET', `groups/${group.id}`, undefined, other.cookie)).statusCode).toBe(404);
    const otherRead = await t.request({
      method: 'GET',
      url: `/api/v1/orgs/${other.org.id}/groups/${group.id}`,
      cookie: other.cookie,
    });
    expect(otherRead.statusCode).toBe(404);
    const observer = await makeUser(t.database.db, s.org.id, ['observer']);
    expect((await s.call('GET', 'groups', undefined, await login(t, observer.login))).statusCode).toBe(403);
    const mentee = await linkedUser(t, s.org.id, ['mentee'], (s.people[0] as { id: string }).id);
    const body = { mentorId: s.mentorId, menteeIds: [s.menteeIds[1]], forms: ['group'] };
    expect((await s.call('POST', 'groups', body, mentee.cookie)).statusCode).toBe(403);
    // A mentee sees their own group and not someone else's.
    expect((await s.call('GET', `groups/${group.id}`, undefined, mentee.cookie)).statusCode).toBe(200);
    const stranger = await linkedUser(t, s.org.id, ['mentee'], (s.people[2] as { id: string }).id);
    expect((await s.call('GET', `groups/${group.id}`, undefined, stranger.cookie)).statusCode).toBe(404);
    expect((await s.call('GET', 'groups', undefined, stranger.cookie)).json().items).toEqual([]);
  });

  it('refuses ids that are not open entries of this organization’s banks (422 naming the field)', async () => {
    const s = await school();
    const res = await s.call('POST', 'groups', {
      mentorId: s.menteeIds[0],
      menteeIds: [s.menteeIds[1], s.mentorId],
      forms: ['traditional'],
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toEqual(['mentorId', 'menteeIds.1']);
    const bad = await s.call('POST', 'groups', { mentorId: s.mentorId, menteeIds: [], forms: ['speed'] });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].path).toBe('menteeIds');
  });

  it('keeps a mentee in one group and a mentor within capacity', async () => {
    const s = await school(2);
    expect((await propose(s, [s.menteeIds[0] as string])).statusCode).toBe(201);
    const taken = await propose(s, [s.menteeIds[0] as string, s.menteeIds[1] as string]);
    expect(taken.statusCode).toBe(409);
    expect(taken.json().code).toBe('MENTEE_TAKEN');
    const full = await propose(s, [s.menteeIds[1] as string, s.menteeIds[2] as string]);
    expect(full.statusCode).toBe(409);
    expect(full.json().code).toBe('CAPACITY_EXCEEDED');
    expect((await propose(s, [s.menteeIds[1] as string])).statusCode).toBe(201);
    // Pages of one, newest first, through the cursor.
    const first = (await s.call('GET', 'groups?limit=1')).json();
    expect(first.items[0].menteeIds).toEqual([s.menteeIds[1]]);
    const second = (await s.call('GET', `groups?limit=1&cursor=${first.nextCursor}`)).json();
    expect(second).toMatchObject({ items: [{ menteeIds: [s.menteeIds[0]] }], nextCursor: null });
  });

  it('records the mentee’s own agreement in the app and the mentor’s on paper; all agreed → agreed', async () => {
    const s = await school();
    const group = (await propose(s, [s.menteeIds[0] as string])).json();
    const mentee = await linkedUser(t, s.org.id, ['mentee'], (s.people[0] as { id: string }).id);
    const mine = await s.call(
      'POST',
      `groups/${group.id}/agreements`,
      { participantId: s.menteeIds[0], decision: 'agreed', version: 1 },
      mentee.cookie,
    );
    expect(mine.statusCode).toBe(200);
    expect(mine.json().agreements[1]).toMatchObject({ decision: 'agreed', onPaper: false });
    expect(mine.json().status).toBe('proposed');
    // The mentee cannot sign for the mentor.
    const forOther = await s.call(
      'POST',
      `groups/${group.id}/agreements`,
      { participantId: s.mentorId, decision: 'agreed', version: 2 },
      mentee.cookie,
    );
    expect(forOther.statusCode).toBe(403);
    const stale = await s.call('POST', `groups/${group.id}/agreements`, {
      participantId: s.mentorId,
      decision: 'agreed',
      version: 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('STALE_VERSION');
    const paper = await s.call('POST', `groups/${group.id}/agreements`, {
      participantId: s.mentorId,
      decision: 'agreed',
      version: 2,
    });
    expect(paper.statusCode).toBe(200);
    expect(paper.json()).toMatchObject({ status: 'agreed', version: 3 });
    expect(paper.json().agreements[0]).toMatchObject({ decision: 'agreed', onPaper: true });
    const late = await s.call('POST', `groups/${group.id}/agreements`, {
      participantId: s.menteeIds[0],
      decision: 'declined',
      reason: 'Передумала',
      version: 3,
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('GROUP_NOT_PROPOSED');
  });

  it('needs a reason to decline; one refusal declines the group and frees the mentee', async () => {
    const s = await school();
    const group = (await propose(s, [s.menteeIds[0] as string, s.menteeIds[1] as string])).json();
    const noReason = await s.call('POST', `groups/${group.id}/agreements`, {
      participantId: s.menteeIds[1],
      decision: 'declined',
      version: 1,
    });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().errors[0].path).toBe('reason');
    const declined = await s.call('POST', `groups/${group.id}/agreements`, {
      participantId: s.menteeIds[1],
      decision: 'declined',
      reason: 'Нагрузка',
      version: 1,
    });
    expect(declined.json()).toMatchObject({ status: 'declined' });
    expect(declined.json().agreements[2]).toMatchObject({ decision: 'declined', reason: 'Нагрузка', onPaper: true });
    const entry = (await s.call('GET', `mentees/${s.menteeIds[1]}`)).json();
    expect(entry.status).toBe('searching');
    expect((await propose(s, [s.menteeIds[1] as string])).statusCode).toBe(201);
  });
});
