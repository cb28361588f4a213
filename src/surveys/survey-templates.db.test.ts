import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consentingStaff, linkedUser } from '../../test/bank-factories.js';
import { makeStaff, orgWithUser } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { surveysUrl as url } from '../../test/survey-factories.js';
import { auditEvents } from '../audit/audit-table.js';
import type { Survey } from './survey-contract.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const year = new Date().getFullYear();
const window = { opensOn: `${year - 1}-09-01`, closesOn: `${year + 1}-06-30` };

async function fromTemplate(orgId: string, cookie: string, template: string) {
  const res = await t.request({
    method: 'POST',
    url: url(orgId, '/from-template'),
    cookie,
    body: { template, ...window },
  });
  expect(res.statusCode).toBe(201);
  const survey: Survey = res.json();
  await t.request({ method: 'POST', url: url(orgId, `/${survey.id}/open`), cookie, body: { version: 1 } });
  return survey;
}

describe('survey templates and the banks', () => {
  it('builds the three questionnaires, the first two on the organization’s catalogue', async () => {
    const { org, cookie } = await orgWithUser(t, ['curator']);
    const needs = await fromTemplate(org.id, cookie, 'needs-assessment');
    expect(needs).toMatchObject({ kind: 'needs-assessment', anonymous: false, status: 'draft', audience: {} });
    const linked = needs.questions.flatMap((q) => q.options ?? []).filter((o) => o.difficultyId);
    expect(linked.length).toBeGreaterThan(10);
    expect(needs.questions.map((q) => q.type)).toEqual(expect.arrayContaining(['scale5', 'scale10', 'text']));
    const mentor = await fromTemplate(org.id, cookie, 'mentor-candidate');
    expect(mentor.questions.some((q) => q.id === 'capacity')).toBe(true);
    const quality = await fromTemplate(org.id, cookie, 'satisfaction');
    expect(quality).toMatchObject({ anonymous: true, kind: 'satisfaction' });
    expect(quality.questions.every((q) => !q.options?.some((o) => o.difficultyId))).toBe(true);
  });

  it('puts a needs answer into the mentee bank once the person has consented, audited', async () => {
    const { org, cookie } = await orgWithUser(t, ['curator']);
    const survey = await fromTemplate(org.id, cookie, 'needs-assessment');
    const [first, second] = survey.questions;
    const chosen = [first?.options?.[0], second?.options?.[1]];
    const answers = {
      [first?.id as string]: [chosen[0]?.id],
      [second?.id as string]: [chosen[1]?.id],
      hindrance: 4,
      confidence: 5,
      forms: ['traditional'],
      request: 'Хочу научиться вести родительские собрания',
    };
    const refuser = await makeStaff(t.database.db, org.id);
    const noConsent = await linkedUser(t, org.id, ['mentee'], refuser.id);
    const r1 = await t.request({
      method: 'POST',
      url: url(org.id, `/${survey.id}/responses`),
      cookie: noConsent.cookie,
      body: { answers },
    });
    const refused = await t.request({
      method: 'POST',
      url: url(org.id, `/${survey.id}/responses/${r1.json().id}/apply`),
      cookie,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('CONSENT_REQUIRED');

    const person = await consentingStaff(t.database.db, org.id, ['personal-data']);
    const me = await linkedUser(t, org.id, ['mentee'], person.id);
    const r2 = await t.request({
      method: 'POST',
      url: url(org.id, `/${survey.id}/responses`),
      cookie: me.cookie,
      body: { answers },
    });
    const forbidden = await t.request({
      method: 'POST',
      url: url(org.id, `/${survey.id}/responses/${r2.json().id}/apply`),
      cookie: me.cookie,
    });
    expect(forbidden.statusCode).toBe(403);
    const applied = await t.request({
      method: 'POST',
      url: url(org.id, `/${survey.id}/responses/${r2.json().id}/apply`),
      cookie,
    });
    expect(applied.statusCode).toBe(200);
    expect(applied.json().bank).toBe('mentees');
    const entry = await t.request({
      method: 'GET',
      url: `/api/v1/orgs/${org.id}/mentees/${applied.json().entryId}`,
      cookie,
    });
    expect(entry.json()).toMatchObject({
      staffId: person.id,
      category: 'identified-difficulties',
      request: answers.request,
      preferredForms: ['traditional'],
    });
    expect(
      entry
        .json()
        .difficulties.map((d: { id: string }) => d.id)
        .sort(),
    ).toEqual(chosen.map((o) => o?.difficultyId).sort());
    // Applying again merges into the same entry rather than making a second one.
    const again = await t.request({
      method: 'POST',
      url: url(org.id, `/${survey.id}/responses/${r2.json().id}/apply`),
      cookie,
    });
    expect(again.json().entryId).toBe(applied.json().entryId);
    const trail = await t.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, org.id), eq(auditEvents.entityId, r2.json().id)));
    expect(trail.map((r) => r.action)).toEqual(expect.arrayContaining(['create', 'apply']));
  });

  it('puts a mentor candidate’s competences and capacity into the mentor bank', async () => {
    const { org, cookie } = await orgWithUser(t, ['curator']);
    const survey = await fromTemplate(org.id, cookie, 'mentor-candidate');
    const area = survey.questions.find((q) => q.options?.some((o) => o.difficultyId));
    const person = await consentingStaff(t.database.db, org.id, ['personal-data', 'mentor-role']);
    const me = await linkedUser(t, org.id, ['mentor'], person.id);
    const answers = { willing: 'yes', [area?.id as string]: [area?.options?.[0]?.id], capacity: 'cap-2' };
    const r = await t.request({
      method: 'POST',
      url: url(org.id, `/${survey.id}/responses`),
      cookie: me.cookie,
      body: { answers },
    });
    expect(r.statusCode).toBe(201);
    const applied = await t.request({
      method: 'POST',
      url: url(org.id, `/${survey.id}/responses/${r.json().id}/apply`),
      cookie,
    });
    expect(applied.json().bank).toBe('mentors');
    const entry = await t.request({
      method: 'GET',
      url: `/api/v1/orgs/${org.id}/mentors/${applied.json().entryId}`,
      cookie,
    });
    expect(entry.json()).toMatchObject({ capacity: 2, competences: [area?.options?.[0]?.difficultyId] });
  });

  it('refuses to feed a bank from an anonymous or a quality survey', async () => {
    const { org, cookie } = await orgWithUser(t, ['curator']);
    const survey = await fromTemplate(org.id, cookie, 'satisfaction');
    const person = await consentingStaff(t.database.db, org.id, ['personal-data']);
    const me = await linkedUser(t, org.id, ['mentee'], person.id);
    await t.request({
      method: 'POST',
      url: `/api/v1/orgs/${org.id}/mentees`,
      cookie,
      body: { staffId: person.id, category: 'young-specialist' },
    });
    const answers = { overall: 8, meetings: 4, goals: 4, climate: 5 };
    const r = await t.request({
      method: 'POST',
      url: url(org.id, `/${survey.id}/responses`),
      cookie: me.cookie,
      body: { answers },
    });
    expect(r.statusCode).toBe(201);
    const res = await t.request({
      method: 'POST',
      url: url(org.id, `/${survey.id}/responses/${r.json().id}/apply`),
      cookie,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('SURVEY_KIND_MISMATCH');
  });
});
