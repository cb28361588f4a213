// Network mentoring end to end: the parent's setting, matching across schools, a group with a
// mentor of another school, and the host school's curator answering the request.
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogIds, consentingStaff, linkedUser } from '../../test/bank-factories.js';
import { login, makeOrg, makeUser } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { difficulties } from '../catalog/difficulties-table.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

type Method = 'GET' | 'POST' | 'PUT';

async function member(orgId: string, roles: Parameters<typeof makeUser>[2]) {
  const user = await makeUser(t.database.db, orgId, roles);
  const cookie = await login(t, user.login);
  return (method: Method, path: string, body?: object) =>
    t.request({ method, url: `/api/v1/orgs/${orgId}${path}`, cookie, ...(body ? { body } : {}) });
}

/** A municipality with schools A (mentees) and B (mentors), and school C in another municipality. */
async function network() {
  const db = t.database.db;
  const mun = await makeOrg(db, { kind: 'municipality', name: 'УО тестового округа' });
  const a = await makeOrg(db, { parentId: mun.id, name: 'Школа А' });
  const b = await makeOrg(db, { parentId: mun.id, name: 'Школа Б' });
  const otherMun = await makeOrg(db, { kind: 'municipality' });
  const c = await makeOrg(db, { parentId: otherMun.id, name: 'Школа В' });
  const munDirector = await member(mun.id, ['director']);
  const curatorA = await member(a.id, ['curator']);
  const curatorB = await member(b.id, ['curator']);
  const curatorC = await member(c.id, ['curator']);

  const [dA] = await catalogIds(db, a.id);
  const menteeStaff = await consentingStaff(db, a.id, ['personal-data'], { lastName: 'Начинающая' });
  const menteeId: string = (
    await curatorA('POST', '/mentees', {
      staffId: menteeStaff.id,
      category: 'young-specialist',
      difficulties: [{ id: dA, priority: 1 }],
    })
  ).json().id;

  // Every school starts from the same default catalogue: B's entry with the name of A's.
  await catalogIds(db, b.id);
  const nameOf = async (id: string | undefined) =>
    (
      await db
        .select({ name: difficulties.name })
        .from(difficulties)
        .where(eq(difficulties.id, id ?? ''))
    )[0]?.name;
  const [dB] = (
    await db
      .select({ id: difficulties.id })
      .from(difficulties)
      .where(and(eq(difficulties.orgId, b.id), eq(difficulties.name, (await nameOf(dA)) ?? '')))
  ).map((r) => r.id);
  const mentorB = async (lastName: string, forms: string[]) => {
    const s = await consentingStaff(db, b.id, ['personal-data', 'mentor-role'], { lastName });
    return (await curatorB('POST', '/mentors', { staffId: s.id, competences: [dB], capacity: 1, forms })).json()
      .id as string;
  };
  const networkMentor = await mentorB('Сетевая', ['cross-school', 'traditional']);
  const homeMentor = await mentorB('Домашняя', ['traditional']);
  const [dC] = await catalogIds(db, c.id);
  const sC = await consentingStaff(db, c.id, ['personal-data', 'mentor-role'], { lastName: 'Далёкая' });
  const farMentor: string = (
    await curatorC('POST', '/mentors', { staffId: sC.id, competences: [dC], capacity: 1, forms: ['cross-school'] })
  ).json().id;

  const allow = async (on: boolean) => {
    const org = (await munDirector('GET', '')).json();
    const { id: _id, parentId: _p, kind: _k, version, settings, ...requisites } = org;
    const res = await munDirector('PUT', '', {
      ...requisites,
      settings: { ...settings, crossSchoolMatching: on },
      version,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().settings.crossSchoolMatching).toBe(on);
  };
  return {
    mun,
    a,
    b,
    c,
    curatorA,
    curatorB,
    curatorC,
    menteeId,
    menteeStaff,
    networkMentor,
    homeMentor,
    farMentor,
    allow,
  };
}

describe('network mentoring', () => {
  it('proposes mentors of other schools only where the parent allows it', async () => {
    const n = await network();
    expect((await n.curatorA('GET', '/network-pool')).json()).toEqual({ allowed: false, ownerId: null, schools: [] });
    const refused = await n.curatorA('POST', '/matching', { mode: 'max-score', crossSchool: true });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('NETWORK_NOT_ALLOWED');
    const local = (await n.curatorA('POST', '/matching', { mode: 'max-score' })).json();
    expect(local.proposals).toEqual([]);
    expect(local.crossSchool).toBe(false);

    await n.allow(true);
    expect((await n.curatorA('GET', '/network-pool')).json()).toEqual({
      allowed: true,
      ownerId: n.mun.id,
      schools: [{ id: n.b.id, name: 'Школа Б' }],
    });
    const res = await n.curatorA('POST', '/matching', { mode: 'max-coverage', crossSchool: true });
    expect(res.statusCode, res.body).toBe(200);
    const [proposal] = res.json().proposals;
    expect(res.json().proposals).toHaveLength(1);
    expect(proposal).toMatchObject({
      mentorId: n.networkMentor,
      mentorOrgId: n.b.id,
      mentorOrgName: 'Школа Б',
      mentorName: expect.stringMatching(/^Сетевая /),
      menteeId: n.menteeId,
    });
    expect(proposal.reasons).toContain('другая школа: Школа Б');
    expect(proposal.reasons[0]).toMatch(/^закрывает 1 из 1 затруднений/);
    // Without the flag the same school stays on its own.
    expect((await n.curatorA('POST', '/matching', { mode: 'max-score' })).json().proposals).toEqual([]);
  });

  it('forms a group with a mentor of another school only after that school’s curator agrees', async () => {
    const n = await network();
    const body = (mentorId: string) => ({ mentorId, menteeIds: [n.menteeId], forms: ['traditional'] });
    expect((await n.curatorA('POST', '/groups', body(n.networkMentor))).statusCode).toBe(422);
    await n.allow(true);
    const notNetwork = await n.curatorA('POST', '/groups', body(n.homeMentor));
    expect(notNetwork.statusCode).toBe(403);
    expect(notNetwork.json().code).toBe('NETWORK_NOT_ALLOWED');
    const far = await n.curatorA('POST', '/groups', body(n.farMentor));
    expect(far.statusCode).toBe(422);
    expect(far.json().errors[0].path).toBe('mentorId');

    const created = await n.curatorA('POST', '/groups', body(n.networkMentor));
    expect(created.statusCode, created.body).toBe(201);
    const group = created.json();
    expect(group).toMatchObject({
      mentorOrgId: n.b.id,
      status: 'proposed',
      hostAgreement: {
        orgId: n.b.id,
        orgName: 'Школа Б',
        mentorName: expect.stringMatching(/^Сетевая /),
        decision: 'pending',
      },
    });

    // The host curator sees the request with only what is needed to decide.
    const list = await n.curatorB('GET', '/network-requests?decision=pending');
    expect(list.statusCode).toBe(200);
    const [request] = list.json().items;
    expect(list.json().items).toHaveLength(1);
    expect(request).toMatchObject({
      groupId: group.id,
      menteeOrg: { id: n.a.id, name: 'Школа А' },
      mentor: { id: n.networkMentor },
      forms: ['traditional'],
      decision: 'pending',
      version: 1,
    });
    expect(request.mentees).toHaveLength(1);
    expect(request.mentees[0].fullName).toMatch(/^Начинающая /);
    expect(request.mentees[0].difficulties).toHaveLength(1);
    expect(Object.keys(request.mentees[0]).sort()).toEqual(['difficulties', 'fullName']);

    // Both participants agree (on paper, recorded by A's curator): the school still has to.
    for (const participantId of [n.networkMentor, n.menteeId]) {
      const current = (await n.curatorA('GET', `/groups/${group.id}`)).json();
      const res = await n.curatorA('POST', `/groups/${group.id}/agreements`, {
        participantId,
        decision: 'agreed',
        version: current.version,
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    expect((await n.curatorA('GET', `/groups/${group.id}`)).json().status).toBe('proposed');

    const path = `/network-requests/${request.id}/decision`;
    expect((await n.curatorB('POST', path, { decision: 'declined', version: 1 })).statusCode).toBe(422);
    expect((await n.curatorB('POST', path, { decision: 'agreed', version: 7 })).statusCode).toBe(409);
    const agreed = await n.curatorB('POST', path, { decision: 'agreed', version: 1 });
    expect(agreed.statusCode, agreed.body).toBe(200);
    expect(agreed.json()).toMatchObject({ decision: 'agreed', version: 2, recordedBy: expect.any(String) });
    const again = await n.curatorB('POST', path, { decision: 'declined', reason: 'передумали', version: 2 });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('NETWORK_REQUEST_DECIDED');

    const after = (await n.curatorA('GET', `/groups/${group.id}`)).json();
    expect(after).toMatchObject({ status: 'agreed', hostAgreement: { decision: 'agreed' } });
    const auditB = (await n.curatorB('GET', `/audit?entity=network-request&entityId=${request.id}`)).json();
    expect(auditB.items.map((i: { action: string }) => i.action).sort()).toEqual(['agree', 'create']);
    const auditA = (await n.curatorA('GET', `/audit?entity=group&entityId=${group.id}`)).json();
    expect(auditA.items.map((i: { action: string }) => i.action)).toContain('host-agree');

    // The mentor's place is taken for matching in both schools.
    const again2 = (await n.curatorA('POST', '/matching', { mode: 'max-score', crossSchool: true })).json();
    expect(again2.proposals).toEqual([]);
  });

  it('a refusal by the host school declines the group; others cannot see or answer the request', async () => {
    const n = await network();
    await n.allow(true);
    const group = (
      await n.curatorA('POST', '/groups', { mentorId: n.networkMentor, menteeIds: [n.menteeId], forms: ['virtual'] })
    ).json();
    const [request] = (await n.curatorB('GET', '/network-requests')).json().items;
    // Another school's curator: the request does not exist for them.
    expect((await n.curatorC('GET', `/network-requests/${request.id}`)).statusCode).toBe(404);
    const viaC = await t.request({
      method: 'GET',
      url: `/api/v1/orgs/${n.b.id}/network-requests`,
      cookie: await login(t, (await makeUser(t.database.db, n.c.id, ['curator'])).login),
    });
    expect(viaC.statusCode).toBe(404);
    expect((await n.curatorA('GET', '/network-requests')).json().items).toEqual([]);
    // A mentor of the host school may not answer for it.
    const mentorStaff = await consentingStaff(t.database.db, n.b.id, ['personal-data'], {});
    const mentorUser = await linkedUser(t, n.b.id, ['mentor'], mentorStaff.id);
    const byMentor = await t.request({
      method: 'POST',
      url: `/api/v1/orgs/${n.b.id}/network-requests/${request.id}/decision`,
      cookie: mentorUser.cookie,
      body: { decision: 'agreed', version: 1 },
    });
    expect(byMentor.statusCode).toBe(403);
    const anon = await t.request({ method: 'GET', url: `/api/v1/orgs/${n.b.id}/network-requests` });
    expect(anon.statusCode).toBe(401);

    const declined = await n.curatorB('POST', `/network-requests/${request.id}/decision`, {
      decision: 'declined',
      reason: 'наставник занят в своей школе',
      version: 1,
    });
    expect(declined.statusCode, declined.body).toBe(200);
    const after = (await n.curatorA('GET', `/groups/${group.id}`)).json();
    expect(after).toMatchObject({
      status: 'declined',
      hostAgreement: { decision: 'declined', reason: 'наставник занят в своей школе' },
    });
    // The mentee is free again and the mentor's place too.
    const again = (await n.curatorA('POST', '/matching', { mode: 'max-score', crossSchool: true })).json();
    expect(again.proposals).toHaveLength(1);
  });
});
