import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consentingStaff, linkedUser } from '../../test/bank-factories.js';
import { orgWithUser } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const base = (orgId: string) => `/api/v1/orgs/${orgId}`;

/** A school with two mentors and two mentees in the banks, and a curator's cookie. */
async function school() {
  const { org, cookie } = await orgWithUser(t, ['curator']);
  const db = t.database.db;
  const add = async (bank: 'mentors' | 'mentees', lastName: string) => {
    const kinds = bank === 'mentors' ? (['personal-data', 'mentor-role'] as const) : (['personal-data'] as const);
    const person = await consentingStaff(db, org.id, [...kinds], { lastName });
    const body = bank === 'mentors' ? { staffId: person.id } : { staffId: person.id, category: 'young-specialist' };
    const res = await t.request({ method: 'POST', url: `${base(org.id)}/${bank}`, cookie, body });
    expect(res.statusCode).toBe(201);
    return { person, entry: res.json() as { id: string; version: number } };
  };
  return {
    org,
    cookie,
    mentorA: await add('mentors', 'Андреева'),
    mentorB: await add('mentors', 'Борисова'),
    menteeA: await add('mentees', 'Алексеева'),
    menteeB: await add('mentees', 'Белова'),
  };
}

describe('preferred mentors and mentees (§6.1)', () => {
  it('lets a mentee name mentors in their own entry only, audited', async () => {
    const s = await school();
    const me = await linkedUser(t, s.org.id, ['mentee'], s.menteeA.person.id);
    const put = (id: string, body: object) =>
      t.request({ method: 'PUT', url: `${base(s.org.id)}/mentees/${id}/preferred-mentors`, cookie: me.cookie, body });

    const ok = await put(s.menteeA.entry.id, { preferredMentorIds: [s.mentorB.entry.id], version: 1 });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().preferredMentorIds).toEqual([s.mentorB.entry.id]);
    expect(ok.json().version).toBe(2);
    // Stale version, someone else's entry, a mentor who is not in the bank.
    expect((await put(s.menteeA.entry.id, { preferredMentorIds: [], version: 1 })).statusCode).toBe(409);
    expect((await put(s.menteeB.entry.id, { preferredMentorIds: [], version: 1 })).statusCode).toBe(404);
    const unknown = await put(s.menteeA.entry.id, { preferredMentorIds: [s.menteeB.entry.id], version: 2 });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors[0].path).toBe('preferredMentorIds.0');

    const audit = await t.request({
      method: 'GET',
      url: `${base(s.org.id)}/audit?entity=mentee&entityId=${s.menteeA.entry.id}`,
      cookie: s.cookie,
    });
    expect(audit.json().items[0].action).toBe('update');
  });

  it('lets a mentor choose back only mentees who named them; the curator any', async () => {
    const s = await school();
    await t.request({
      method: 'PUT',
      url: `${base(s.org.id)}/mentees/${s.menteeA.entry.id}/preferred-mentors`,
      cookie: s.cookie,
      body: { preferredMentorIds: [s.mentorA.entry.id], version: 1 },
    });
    const asMentor = await linkedUser(t, s.org.id, ['mentor'], s.mentorA.person.id);
    const put = (cookie: string, id: string, body: object) =>
      t.request({ method: 'PUT', url: `${base(s.org.id)}/mentors/${id}/preferred-mentees`, cookie, body });

    const refused = await put(asMentor.cookie, s.mentorA.entry.id, {
      preferredMenteeIds: [s.menteeA.entry.id, s.menteeB.entry.id],
      version: 1,
    });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors).toEqual([
      { path: 'preferredMenteeIds.1', message: expect.stringContaining('не называл вас') },
    ]);
    const ok = await put(asMentor.cookie, s.mentorA.entry.id, { preferredMenteeIds: [s.menteeA.entry.id], version: 1 });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().preferredMenteeIds).toEqual([s.menteeA.entry.id]);
    // Another mentor's entry is not theirs to change.
    expect((await put(asMentor.cookie, s.mentorB.entry.id, { preferredMenteeIds: [], version: 1 })).statusCode).toBe(
      403,
    );
    // The curator may set any mentee.
    const curator = await put(s.cookie, s.mentorB.entry.id, { preferredMenteeIds: [s.menteeB.entry.id], version: 1 });
    expect(curator.statusCode).toBe(200);
    // A mentee may not set a mentor's preferences at all.
    const asMentee = await linkedUser(t, s.org.id, ['mentee'], s.menteeB.person.id);
    expect((await put(asMentee.cookie, s.mentorB.entry.id, { preferredMenteeIds: [], version: 2 })).statusCode).toBe(
      403,
    );
  });
});

describe('a mentor’s view of the mentee bank', () => {
  it('shows the mentees of their own pairs and groups, not the others', async () => {
    const s = await school();
    const group = await t.request({
      method: 'POST',
      url: `${base(s.org.id)}/groups`,
      cookie: s.cookie,
      body: { mentorId: s.mentorA.entry.id, menteeIds: [s.menteeB.entry.id], forms: ['traditional'] },
    });
    expect(group.statusCode).toBe(201);
    const asMentor = await linkedUser(t, s.org.id, ['mentor'], s.mentorA.person.id);
    const list = await t.request({ method: 'GET', url: `${base(s.org.id)}/mentees`, cookie: asMentor.cookie });
    expect(list.json().items.map((m: { id: string }) => m.id)).toEqual([s.menteeB.entry.id]);
    const other = await linkedUser(t, s.org.id, ['mentor'], s.mentorB.person.id);
    const none = await t.request({ method: 'GET', url: `${base(s.org.id)}/mentees`, cookie: other.cookie });
    expect(none.json().items).toEqual([]);
  });
});
