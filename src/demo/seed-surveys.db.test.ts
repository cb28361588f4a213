import { like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { users } from '../auth/auth-tables.js';
import { demoPassword, seedDemo } from './seed-demo.js';

// The demo logins are fixed names, so the demo is seeded into a database of its own.
let t: TestApp;
let orgId: string;
let curator: string;
beforeAll(async () => {
  t = await startTestApp({ demo: true, empty: true });
  await seedDemo(t.database.db);
  curator = await login(t, 'curator', demoPassword);
  const me = (await t.request({ method: 'GET', url: '/api/v1/me', cookie: curator })).json();
  orgId = me.memberships[0].orgId;
}, 120_000);
afterAll(async () => {
  await t?.close();
});

interface Listed {
  id: string;
  kind: string;
  status: string;
  anonymous: boolean;
}

async function surveys(): Promise<Listed[]> {
  const res = await t.request({ method: 'GET', url: `/api/v1/orgs/${orgId}/surveys`, cookie: curator });
  expect(res.statusCode).toBe(200);
  return res.json().items;
}

describe('demo questionnaires of school 1', () => {
  it('runs an open needs campaign that part of the mentee bank has answered, the demo mentee not yet', async () => {
    const needs = (await surveys()).find((s) => s.kind === 'needs-assessment');
    expect(needs?.status).toBe('open');
    const progress = (
      await t.request({ method: 'GET', url: `/api/v1/orgs/${orgId}/surveys/${needs?.id}/progress`, cookie: curator })
    ).json();
    expect(progress.answered).toBe(6);
    expect(progress.pending).toBeGreaterThanOrEqual(3);
    const responses = (
      await t.request({ method: 'GET', url: `/api/v1/orgs/${orgId}/surveys/${needs?.id}/responses`, cookie: curator })
    ).json().items as { respondentName: string | null; appliedAt: string | null }[];
    expect(responses).toHaveLength(6);
    expect(responses.every((r) => r.respondentName)).toBe(true);
    expect(responses.filter((r) => r.appliedAt)).toHaveLength(1);

    // The demo mentee is among those still to answer, and may answer now.
    const mentee = await login(t, 'mentee', demoPassword);
    const me = (await t.request({ method: 'GET', url: '/api/v1/me', cookie: mentee })).json();
    expect(progress.pendingPeople.map((p: { name: string }) => p.name)).toContain(me.fullName);
    const own = (await t.request({ method: 'GET', url: `/api/v1/orgs/${orgId}/surveys`, cookie: mentee })).json();
    expect(own.items.map((s: { id: string }) => s.id)).toContain(needs?.id);
  });

  it('has a closed anonymous programme-quality survey with a dozen answers and a draft call for mentors', async () => {
    const all = await surveys();
    const quality = all.find((s) => s.kind === 'satisfaction');
    expect(quality).toMatchObject({ status: 'closed', anonymous: true });
    const results = (
      await t.request({ method: 'GET', url: `/api/v1/orgs/${orgId}/surveys/${quality?.id}/results`, cookie: curator })
    ).json();
    expect(results.responses).toBe(12);
    const overall = results.questions.find((q: { id: string }) => q.id === 'overall');
    expect(overall.scale.mean).toBeGreaterThan(6);
    expect(overall.scale.distribution.filter((d: { count: number }) => d.count > 0).length).toBeGreaterThan(2);
    expect(all.find((s) => s.kind === 'mentor-candidate')?.status).toBe('draft');
  });

  it('leaves the answering accounts without a usable password', async () => {
    const made = await t.database.db.select({ login: users.login }).from(users).where(like(users.passwordHash, '!%'));
    expect(made.length).toBeGreaterThanOrEqual(12);
    for (const password of [demoPassword, '!demo-respondent']) {
      const res = await t.request({
        method: 'POST',
        url: '/api/v1/auth/login',
        body: { login: made[0]?.login, password },
      });
      expect(res.statusCode).toBe(401);
    }
  });
});
