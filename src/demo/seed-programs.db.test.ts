import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { mentors } from '../banks/banks-table.js';
import { termWithin } from '../programs/lifecycle.js';
import { programJournal, programRequests } from '../programs/programs-table.js';
import { todayIso } from '../shared/dates.js';
import { contextOf } from './demo-context.js';
import { demoPassword, seedDemo } from './seed-demo.js';

interface Program {
  id: string;
  groupId: string;
  status: string;
  startsOn: string;
  endsOn: string;
  difficulties: string[];
  participants: { id: string; role: 'mentor' | 'mentee'; agreed: boolean }[];
}
interface ProgramEvent {
  action: string;
  reason: string | null;
  note: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  at: string;
}

// Seeded as of today: the reads below (the overview, the signing) take today's date as the app does.
const today = todayIso();
let t: TestApp;
let orgId = '';
let curator = '';
beforeAll(async () => {
  t = await startTestApp({ demo: true, empty: true });
  await seedDemo(t.database.db, today);
  curator = await login(t, 'curator', demoPassword);
  const me = (await t.request({ method: 'GET', url: '/api/v1/me', cookie: curator })).json();
  orgId = me.memberships[0].orgId;
}, 180_000);
afterAll(async () => {
  await t?.close();
});

const get = async (cookie: string, path: string) => {
  const r = await t.request({ method: 'GET', url: `/api/v1/orgs/${orgId}${path}`, cookie });
  expect(r.statusCode, path).toBe(200);
  return r.json();
};

describe('demo programs', () => {
  it('has a program in every state, with plans, journals and a history the use cases would write', async () => {
    const all: Program[] = (await get(curator, '/programs?limit=200')).items;
    const by = (status: string) => all.filter((p) => p.status === status);
    for (const status of ['draft', 'agreed', 'approved', 'active', 'completed', 'terminated'])
      expect(by(status).length, status).toBeGreaterThan(0);
    for (const p of all) {
      expect(termWithin(p.startsOn, p.endsOn), `${p.status} term`).toBe(true);
      expect(p.difficulties.length).toBeGreaterThan(0);
      const plan = (await get(curator, `/programs/${p.id}/activities`)).items;
      expect(plan.length).toBeGreaterThanOrEqual(5);
      expect(plan.length).toBeLessThanOrEqual(10);
    }
    // The draft waits for one participant; the approved one starts within days.
    const [draft] = by('draft');
    expect(draft?.participants.filter((p) => p.agreed)).toHaveLength(1);
    expect(draft?.participants.filter((p) => !p.agreed)).toHaveLength(1);
    const draftEvents: ProgramEvent[] = (await get(curator, `/programs/${draft?.id}/events`)).items;
    expect(draftEvents.some((e) => e.action === 'comment' && Boolean(e.note))).toBe(true);
    expect(by('approved')[0]?.startsOn > today).toBe(true);
    expect(by('agreed')[0]?.participants.every((p) => p.agreed)).toBe(true);

    // Completed: the whole plan done, after an extension with the end before and after.
    const [completed] = by('completed');
    const completedPlan = (await get(curator, `/programs/${completed?.id}/activities`)).items;
    expect(completedPlan.every((a: { status: string }) => a.status === 'done')).toBe(true);
    const history: ProgramEvent[] = (await get(curator, `/programs/${completed?.id}/events`)).items;
    expect(history.map((e) => e.action)).toEqual([
      'create',
      'agree',
      'agree',
      'approve',
      'start',
      'extend',
      'complete',
    ]);
    const extension = history.find((e) => e.action === 'extend');
    expect(extension?.before?.endsOn).toBeDefined();
    expect(String(extension?.after?.endsOn) > String(extension?.before?.endsOn)).toBe(true);
    expect(extension?.after?.order).toMatch(/^от \d\d\.\d\d\.\d{4} № \d+-од$/);
    expect([...history.map((e) => e.at)]).toEqual([...history.map((e) => e.at)].sort());
    expect(history.every((e) => e.at.slice(0, 10) < today)).toBe(true);

    // Terminated early: a §7 reason and a note.
    const [terminated] = by('terminated');
    const ending: ProgramEvent[] = (await get(curator, `/programs/${terminated?.id}/events`)).items;
    const terminate = ending.find((e) => e.action === 'terminate');
    expect(['mutual', 'mentee-initiative']).toContain(terminate?.reason);
    expect(terminate?.note).toBeTruthy();
    expect(terminate?.after).toMatchObject({ status: 'terminated' });

    // At work: a journal with every kind of entry, an observation with its form, a checked assignment.
    const [active] = all.filter((p) => p.status === 'active');
    const journal = (await get(curator, `/programs/${active?.id}/journal`)).items as {
      kind: string;
      observation: Record<string, string> | null;
      assignment: { checkedOn: string | null; result: string | null } | null;
      minutes: number | null;
    }[];
    for (const kind of ['meeting', 'lesson-observation', 'consultation', 'assignment'])
      expect(
        journal.some((e) => e.kind === kind),
        kind,
      ).toBe(true);
    expect(journal.find((e) => e.kind === 'lesson-observation')?.observation).toMatchObject({
      className: expect.any(String),
      topic: expect.any(String),
      recommendations: expect.any(String),
    });
    expect(journal.find((e) => e.kind === 'assignment')?.assignment?.checkedOn).toBeTruthy();
    expect(journal.every((e) => (e.minutes ?? 0) > 0)).toBe(true);
    const lastYear = await t.database.db
      .select()
      .from(programJournal)
      .where(and(eq(programJournal.orgId, orgId), eq(programJournal.programId, completed?.id ?? '')));
    expect(lastYear.some((e) => e.kind === 'lesson-observation' && e.observation)).toBe(true);

    // A new mentor on the mentee's accepted petition: the group and the participants follow.
    const replaced = (await get(curator, `/programs/${active?.id}/events`)).items as ProgramEvent[];
    const replacement = replaced.find((e) => e.action === 'replace-mentor');
    expect(replacement?.reason).toBe('request:mentee');
    const mentorBefore = (replacement?.before?.participants as Program['participants']).find(
      (p) => p.role === 'mentor',
    );
    const mentorAfter = (replacement?.after?.participants as Program['participants']).find((p) => p.role === 'mentor');
    expect(mentorAfter?.id).not.toBe(mentorBefore?.id);
    expect(active?.participants.find((p) => p.role === 'mentor')?.id).toBe(mentorAfter?.id);
    const group = await get(curator, `/groups/${active?.groupId}`);
    expect(group.mentorId).toBe(mentorAfter?.id);
    const petitions = await t.database.db
      .select()
      .from(programRequests)
      .where(eq(programRequests.programId, active?.id ?? ''));
    expect(petitions).toMatchObject([{ kind: 'replace-mentor', status: 'accepted' }]);

    // The curator's home page has an overdue activity to show.
    const overview = await get(curator, '/programs/overview');
    expect(overview.overdue.length).toBeGreaterThan(0);
    expect(overview.awaitingAgreement.length).toBeGreaterThan(0);
  });

  it('gives the demo mentor a running program and a draft to agree to', async () => {
    const mentor = await login(t, 'mentor', demoPassword);
    const own: Program[] = (await get(mentor, '/programs?limit=200')).items;
    const account = await contextOf(t.database.db, orgId, 'mentor');
    const [entry] = await t.database.db
      .select({ id: mentors.id })
      .from(mentors)
      .where(and(eq(mentors.orgId, orgId), eq(mentors.staffId, account.staffId ?? '')));
    const leads = (p: Program) => p.participants.some((x) => x.role === 'mentor' && x.id === entry?.id);
    expect(own.some((p) => p.status === 'active' && leads(p))).toBe(true);
    expect(own.some((p) => p.status === 'draft' && p.participants.some((x) => x.id === entry?.id && !x.agreed))).toBe(
      true,
    );
    const overview = await get(mentor, '/programs/overview');
    expect(overview.overdue.length).toBeGreaterThan(0);
  });

  it('leaves the register numbered right: the draft on the pairs gets the next number', async () => {
    const director = await login(t, 'director', demoPassword);
    const orders = (await get(director, '/orders?limit=200')).items as {
      id: string;
      kind: string;
      status: string;
      number: string | null;
      date: string | null;
      version: number;
    }[];
    const signed = orders.filter((o) => o.status === 'signed');
    expect(signed.filter((o) => o.kind === 'groups').length).toBeGreaterThanOrEqual(3);
    expect(signed.filter((o) => o.kind === 'program-end').length).toBeGreaterThanOrEqual(1);
    // Within a year, a later date never has a smaller number.
    const seqOf = (o: { number: string | null }) => Number(o.number?.split('-')[0]);
    const byYear = new Map<string, typeof signed>();
    for (const o of signed)
      byYear.set(o.date?.slice(0, 4) ?? '', [...(byYear.get(o.date?.slice(0, 4) ?? '') ?? []), o]);
    for (const list of byYear.values()) {
      const sorted = [...list].sort((a, b) => seqOf(a) - seqOf(b));
      expect(sorted.map((o) => o.date)).toEqual([...sorted.map((o) => o.date)].sort());
    }
    const highest = Math.max(0, ...(byYear.get(today.slice(0, 4)) ?? []).map(seqOf));
    const drafts = orders.filter((o) => o.status === 'draft');
    expect(drafts).toHaveLength(1);
    const draft = drafts[0];
    const r = await t.request({
      method: 'POST',
      url: `/api/v1/orgs/${orgId}/orders/${draft?.id}/sign`,
      cookie: director,
      body: { version: draft?.version },
    });
    expect(r.statusCode).toBe(200);
    expect(r.json().number).toBe(`${highest + 1}-од`);
  });
});
