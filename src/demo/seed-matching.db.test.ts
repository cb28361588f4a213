import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { demoPassword, seedDemo } from './seed-demo.js';

interface Agreement {
  participantId: string;
  role: 'mentor' | 'mentee';
  decision: string;
  reason: string | null;
  onPaper: boolean;
}
interface Group {
  id: string;
  mentorId: string;
  menteeIds: string[];
  forms: string[];
  status: string;
  version: number;
  agreements: Agreement[];
}

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ demo: true, empty: true });
  await seedDemo(t.database.db);
}, 120_000);
afterAll(async () => {
  await t?.close();
});

describe('demo matching round', () => {
  it('leaves agreed, declined and waiting groups, and mentees still searching', async () => {
    const curator = await login(t, 'curator', demoPassword);
    const me = (await t.request({ method: 'GET', url: '/api/v1/me', cookie: curator })).json();
    const orgId = me.memberships[0].orgId;
    const groups: Group[] = (
      await t.request({ method: 'GET', url: `/api/v1/orgs/${orgId}/groups?limit=200`, cookie: curator })
    ).json().items;
    const by = (status: string) => groups.filter((g) => g.status === status);

    expect(by('agreed')).toHaveLength(3);
    expect(by('agreed').some((g) => g.menteeIds.length === 2 && g.forms.includes('group'))).toBe(true);
    for (const g of by('agreed')) expect(g.agreements.every((a) => a.decision === 'agreed' && a.onPaper)).toBe(true);

    const [declined] = by('declined');
    expect(by('declined')).toHaveLength(1);
    const refusal = declined?.agreements.find((a) => a.decision === 'declined');
    expect(refusal?.role).toBe('mentee');
    expect(refusal?.reason).toMatch(/предмет/);

    const [waiting] = by('proposed');
    expect(by('proposed')).toHaveLength(1);
    const mentee = waiting?.agreements.find((a) => a.role === 'mentee');
    expect(mentee).toMatchObject({ decision: 'agreed', onPaper: false });
    expect(waiting?.agreements.find((a) => a.role === 'mentor')?.decision).toBe('pending');

    // Still searching: in the bank, in no proposed/agreed group; matching speaks about each of them.
    const bank = (
      await t.request({ method: 'GET', url: `/api/v1/orgs/${orgId}/mentees?limit=200`, cookie: curator })
    ).json().items as { id: string; status: string }[];
    const placed = new Set(groups.filter((g) => g.status !== 'declined').flatMap((g) => g.menteeIds));
    const searching = bank.filter((m) => m.status === 'searching' && !placed.has(m.id)).map((m) => m.id);
    expect(searching.length).toBeGreaterThanOrEqual(4);
    expect(searching).toContain(declined?.menteeIds[0]);
    const run = (
      await t.request({
        method: 'POST',
        url: `/api/v1/orgs/${orgId}/matching`,
        cookie: curator,
        body: { mode: 'max-coverage', menteeIds: bank.map((m) => m.id) },
      })
    ).json();
    const answered = [...run.proposals, ...run.unmatched].map((x: { menteeId: string }) => x.menteeId).sort();
    expect(answered).toEqual([...searching].sort());
    // The round left to do gives the curator something to compare: the modes do not all agree.
    const pairsOf = async (mode: string) => {
      const r = await t.request({
        method: 'POST',
        url: `/api/v1/orgs/${orgId}/matching`,
        cookie: curator,
        body: { mode },
      });
      return (r.json().proposals as { mentorId: string; menteeId: string }[])
        .map((p) => `${p.menteeId}:${p.mentorId}`)
        .sort()
        .join();
    };
    const variants = new Set(await Promise.all(['max-score', 'max-coverage', 'stable'].map(pairsOf)));
    expect(variants.size).toBeGreaterThan(1);

    // The demo mentor sees the waiting pair (and the mentee in it) and agrees in the app.
    const mentor = await login(t, 'mentor', demoPassword);
    const own: Group[] = (
      await t.request({ method: 'GET', url: `/api/v1/orgs/${orgId}/groups`, cookie: mentor })
    ).json().items;
    expect(own.map((g) => g.id)).toContain(waiting?.id);
    expect(own.every((g) => g.mentorId === waiting?.mentorId)).toBe(true);
    const visible = (await t.request({ method: 'GET', url: `/api/v1/orgs/${orgId}/mentees`, cookie: mentor })).json();
    expect(visible.items.map((m: { id: string }) => m.id)).toContain(waiting?.menteeIds[0]);
    const agreed = await t.request({
      method: 'POST',
      url: `/api/v1/orgs/${orgId}/groups/${waiting?.id}/agreements`,
      cookie: mentor,
      body: { participantId: waiting?.mentorId, decision: 'agreed', version: waiting?.version },
    });
    expect(agreed.statusCode).toBe(200);
    expect(agreed.json()).toMatchObject({ status: 'agreed' });
  });
});
