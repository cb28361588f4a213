import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { demoPassword, seedDemo } from './seed-demo.js';

// The demo logins are fixed names, so the demo is seeded into a database of its own.
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ demo: true, empty: true });
  await seedDemo(t.database.db);
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe('demo banks', () => {
  it('fills both banks, links the demo mentee to the demo mentor, and shows one withdrawn consent', async () => {
    const curator = await login(t, 'curator', demoPassword);
    const me = (await t.request({ method: 'GET', url: '/api/v1/me', cookie: curator })).json();
    const orgId = me.memberships[0].orgId;
    const menteeList = (
      await t.request({ method: 'GET', url: `/api/v1/orgs/${orgId}/mentees?limit=200`, cookie: curator })
    ).json();
    expect(menteeList.items.length).toBeGreaterThanOrEqual(10);
    expect(menteeList.items.some((m: { category: string }) => m.category === 'young-specialist')).toBe(true);
    const withdrawn = (
      await t.request({ method: 'GET', url: `/api/v1/orgs/${orgId}/mentees?status=withdrawn`, cookie: curator })
    ).json();
    expect(withdrawn.items).toHaveLength(1);
    const mentorList = (
      await t.request({ method: 'GET', url: `/api/v1/orgs/${orgId}/mentors`, cookie: curator })
    ).json();
    // Ten from the banks' seed, two more who took this year's later pairs (seed-programs.ts).
    expect(mentorList.items).toHaveLength(12);

    const mentee = await login(t, 'mentee', demoPassword);
    const own = (await t.request({ method: 'GET', url: `/api/v1/orgs/${orgId}/mentees`, cookie: mentee })).json();
    expect(own.items).toHaveLength(1);
    const mentor = await login(t, 'mentor', demoPassword);
    const chosen = (await t.request({ method: 'GET', url: `/api/v1/orgs/${orgId}/mentees`, cookie: mentor })).json();
    // The demo mentor sees the mentee who named them, besides the mentees of their own pairs.
    expect(chosen.items.map((m: { id: string }) => m.id)).toContain(own.items[0].id);
  });
});
