// The demo's municipality allows network mentoring: school 1's curator is offered the mentor of
// school 2 who takes cross-school mentoring, and school 2's curator can answer such a request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { demoPassword, seedDemo } from '../demo/seed-demo.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ demo: true, empty: true });
  await seedDemo(t.database.db);
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe('network mentoring in the demo', () => {
  it('proposes the network mentor of school 2 to school 1, and school 2 sees the request', async () => {
    const curator = await login(t, 'curator', demoPassword);
    const school1 = (await t.request({ method: 'GET', url: '/api/v1/me', cookie: curator })).json().memberships[0]
      .orgId;
    const curator2 = await login(t, 'curator2', demoPassword);
    const school2 = (await t.request({ method: 'GET', url: '/api/v1/me', cookie: curator2 })).json().memberships[0]
      .orgId;
    const mentors2 = (
      await t.request({ method: 'GET', url: `/api/v1/orgs/${school2}/mentors?limit=200`, cookie: curator2 })
    ).json().items as { id: string; forms: string[] }[];
    const network = mentors2.filter((m) => m.forms.includes('cross-school'));
    expect(network).toHaveLength(1);

    const res = await t.request({
      method: 'POST',
      url: `/api/v1/orgs/${school1}/matching`,
      cookie: curator,
      body: { mode: 'max-coverage', crossSchool: true },
    });
    expect(res.statusCode, res.body).toBe(200);
    const fromSchool2 = res.json().proposals.filter((p: { mentorOrgId: string }) => p.mentorOrgId === school2) as {
      mentorId: string;
      menteeId: string;
      mentorOrgName: string;
      reasons: string[];
    }[];
    expect(fromSchool2.length).toBeGreaterThan(0);
    const first = fromSchool2[0] as (typeof fromSchool2)[number];
    expect(first.mentorId).toBe(network[0]?.id);
    expect(first.reasons).toContain('другая школа: МБОУ Гимназия № 2');

    const group = await t.request({
      method: 'POST',
      url: `/api/v1/orgs/${school1}/groups`,
      cookie: curator,
      body: { mentorId: first.mentorId, menteeIds: [first.menteeId], forms: ['virtual'] },
    });
    expect(group.statusCode, group.body).toBe(201);
    const requests = (
      await t.request({ method: 'GET', url: `/api/v1/orgs/${school2}/network-requests`, cookie: curator2 })
    ).json();
    expect(requests.items).toHaveLength(1);
    expect(requests.items[0].menteeOrg.name).toBe('МАОУ СОШ № 1');
  });
});
