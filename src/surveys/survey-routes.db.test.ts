import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkedUser } from '../../test/bank-factories.js';
import { login, makeStaff, makeUser, orgWithUser } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { openSurvey, surveyBody, surveysUrl as url } from '../../test/survey-factories.js';
import { auditEvents } from '../audit/audit-table.js';
import { surveyParticipations, surveyResponses } from './surveys-table.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const year = new Date().getFullYear();

describe('surveys', () => {
  it('needs a session, hides other organizations and refuses respondents the curator’s work', async () => {
    const { org, cookie } = await orgWithUser(t, ['curator']);
    const other = await orgWithUser(t, ['curator']);
    expect((await t.request({ method: 'GET', url: url(org.id) })).statusCode).toBe(401);
    const id = await openSurvey(t, org.id, cookie);
    const foreign = await t.request({ method: 'GET', url: url(org.id, `/${id}`), cookie: other.cookie });
    expect(foreign.statusCode).toBe(404);
    const results = await t.request({ method: 'GET', url: url(org.id, `/${id}/results`), cookie: other.cookie });
    expect(results.statusCode).toBe(404);
    const teacher = await makeUser(t.database.db, org.id, ['mentee']);
    const tCookie = await login(t, teacher.login);
    const create = await t.request({ method: 'POST', url: url(org.id), cookie: tCookie, body: surveyBody() });
    expect(create.statusCode).toBe(403);
    expect((await t.request({ method: 'GET', url: url(org.id, `/${id}/results`), cookie: tCookie })).statusCode).toBe(
      403,
    );
  });

  it('edits only a draft, with the version read, and audits each step', async () => {
    const { org, cookie } = await orgWithUser(t, ['curator']);
    const bad = await t.request({
      method: 'POST',
      url: url(org.id),
      cookie,
      body: surveyBody({ opensOn: `${year}-05-01`, closesOn: `${year}-04-01` }),
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].path).toBe('closesOn');
    const noOptions = await t.request({
      method: 'POST',
      url: url(org.id),
      cookie,
      body: surveyBody({ questions: [{ id: 'q', text: 'Выбор', type: 'single' }] }),
    });
    expect(noOptions.statusCode).toBe(422);
    const created = await t.request({ method: 'POST', url: url(org.id), cookie, body: surveyBody() });
    expect(created.json()).toMatchObject({ status: 'draft', version: 1, kind: 'satisfaction' });
    const id = created.json().id;
    const put = await t.request({
      method: 'PUT',
      url: url(org.id, `/${id}`),
      cookie,
      body: surveyBody({ title: 'Новое имя', version: 1 }),
    });
    expect(put.json()).toMatchObject({ title: 'Новое имя', version: 2 });
    const stale = await t.request({
      method: 'PUT',
      url: url(org.id, `/${id}`),
      cookie,
      body: surveyBody({ version: 1 }),
    });
    expect(stale.json().code).toBe('STALE_VERSION');
    const reclose = await t.request({ method: 'POST', url: url(org.id, `/${id}/close`), cookie, body: { version: 2 } });
    expect(reclose.json().code).toBe('SURVEY_STATUS_CONFLICT');
    await t.request({ method: 'POST', url: url(org.id, `/${id}/open`), cookie, body: { version: 2 } });
    const late = await t.request({
      method: 'PUT',
      url: url(org.id, `/${id}`),
      cookie,
      body: surveyBody({ version: 3 }),
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('SURVEY_NOT_DRAFT');
    const trail = await t.database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, org.id), eq(auditEvents.entityId, id)));
    expect(trail.map((r) => r.action).sort()).toEqual(['create', 'open', 'update']);
  });

  it('takes one answer per person, checked against the questions, and shows it only to its author', async () => {
    const { org, cookie } = await orgWithUser(t, ['curator']);
    const id = await openSurvey(t, org.id, cookie);
    const person = await makeStaff(t.database.db, org.id);
    const me = await linkedUser(t, org.id, ['mentee'], person.id);
    const other = await linkedUser(t, org.id, ['mentor'], (await makeStaff(t.database.db, org.id)).id);
    const wrong = await t.request({
      method: 'POST',
      url: url(org.id, `/${id}/responses`),
      cookie: me.cookie,
      body: { answers: { form: 'nope', useful: 9 } },
    });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().errors).toEqual([
      { path: 'answers.form', message: 'нет такого варианта ответа' },
      { path: 'answers.useful', message: 'значение вне шкалы' },
    ]);
    const body = { answers: { form: 'trad', useful: 4, wish: 'Больше открытых уроков' } };
    const ok = await t.request({ method: 'POST', url: url(org.id, `/${id}/responses`), cookie: me.cookie, body });
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ staffId: person.id, answers: body.answers });
    const again = await t.request({ method: 'POST', url: url(org.id, `/${id}/responses`), cookie: me.cookie, body });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('SURVEY_ALREADY_ANSWERED');
    await t.request({ method: 'POST', url: url(org.id, `/${id}/responses`), cookie: other.cookie, body });
    const mine = await t.request({ method: 'GET', url: url(org.id, `/${id}/responses`), cookie: me.cookie });
    expect(mine.json().items).toHaveLength(1);
    expect(mine.json().items[0].respondentName).toBe('Петрова Анна Сергеевна');
    const all = await t.request({ method: 'GET', url: url(org.id, `/${id}/responses`), cookie });
    expect(all.json().items).toHaveLength(2);
  });

  it('keeps no person next to anonymous answers, yet still refuses a second one', async () => {
    const { org, cookie } = await orgWithUser(t, ['curator']);
    const id = await openSurvey(t, org.id, cookie, { anonymous: true });
    const person = await makeStaff(t.database.db, org.id);
    const me = await linkedUser(t, org.id, ['mentee'], person.id);
    const body = { answers: { form: 'group', useful: 5 } };
    const ok = await t.request({ method: 'POST', url: url(org.id, `/${id}/responses`), cookie: me.cookie, body });
    expect(ok.json()).toMatchObject({ staffId: null, respondentName: null });
    const stored = await t.database.db.select().from(surveyResponses).where(eq(surveyResponses.surveyId, id));
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ userId: null, staffId: null });
    const marks = await t.database.db.select().from(surveyParticipations).where(eq(surveyParticipations.surveyId, id));
    expect(marks.map((m) => m.staffId)).toEqual([person.id]);
    const again = await t.request({ method: 'POST', url: url(org.id, `/${id}/responses`), cookie: me.cookie, body });
    expect(again.json().code).toBe('SURVEY_ALREADY_ANSWERED');
    const mine = await t.request({ method: 'GET', url: url(org.id, `/${id}/responses`), cookie: me.cookie });
    expect(mine.json().items).toEqual([]);
    const trail = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.orgId, org.id), eq(auditEvents.entity, 'survey-response')));
    expect(trail).toEqual([]);
  });

  it('refuses answers outside the dates, before opening, after closing and from outside the audience', async () => {
    const { org, cookie } = await orgWithUser(t, ['curator']);
    const body = { answers: { form: 'trad', useful: 3 } };
    const me = await linkedUser(t, org.id, ['mentee'], (await makeStaff(t.database.db, org.id)).id);
    const later = await openSurvey(t, org.id, cookie, { opensOn: `${year + 1}-01-01`, closesOn: `${year + 1}-02-01` });
    const early = await t.request({ method: 'POST', url: url(org.id, `/${later}/responses`), cookie: me.cookie, body });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('SURVEY_OUTSIDE_WINDOW');
    const draft = await t.request({ method: 'POST', url: url(org.id), cookie, body: surveyBody() });
    const notYet = await t.request({
      method: 'POST',
      url: url(org.id, `/${draft.json().id}/responses`),
      cookie: me.cookie,
      body,
    });
    expect(notYet.statusCode).toBe(404);
    const closing = await openSurvey(t, org.id, cookie);
    await t.request({ method: 'POST', url: url(org.id, `/${closing}/close`), cookie, body: { version: 2 } });
    const closed = await t.request({
      method: 'POST',
      url: url(org.id, `/${closing}/responses`),
      cookie: me.cookie,
      body,
    });
    expect(closed.json().code).toBe('SURVEY_NOT_OPEN');
    const mentorsOnly = await openSurvey(t, org.id, cookie, { audience: { roles: ['mentor'] } });
    const outside = await t.request({
      method: 'POST',
      url: url(org.id, `/${mentorsOnly}/responses`),
      cookie: me.cookie,
      body,
    });
    expect(outside.statusCode).toBe(403);
    expect(outside.json().code).toBe('SURVEY_NOT_IN_AUDIENCE');
    const list = await t.request({ method: 'GET', url: url(org.id), cookie: me.cookie });
    expect(
      list
        .json()
        .items.map((s: { id: string }) => s.id)
        .sort(),
    ).toEqual([later].sort());
  });

  it('sums up the answers per question', async () => {
    const { org, cookie } = await orgWithUser(t, ['curator']);
    const id = await openSurvey(t, org.id, cookie);
    const answers = [
      { form: 'trad', useful: 5, wish: 'Чаще' },
      { form: 'trad', useful: 2 },
      { form: 'group', useful: 4 },
    ];
    for (const a of answers) {
      const who = await linkedUser(t, org.id, ['mentee'], (await makeStaff(t.database.db, org.id)).id);
      await t.request({
        method: 'POST',
        url: url(org.id, `/${id}/responses`),
        cookie: who.cookie,
        body: { answers: a },
      });
    }
    const council = await makeUser(t.database.db, org.id, ['council']);
    const res = await t.request({
      method: 'GET',
      url: url(org.id, `/${id}/results`),
      cookie: await login(t, council.login),
    });
    expect(res.statusCode).toBe(200);
    const r = res.json();
    expect(r.responses).toBe(3);
    expect(r.questions[0].options).toEqual([
      { id: 'trad', text: 'Один на один', count: 2 },
      { id: 'group', text: 'В группе', count: 1 },
    ]);
    expect(r.questions[1].scale).toMatchObject({ mean: 3.67, median: 4 });
    expect(r.questions[2].texts).toEqual([{ text: 'Чаще', respondentName: 'Петрова Анна Сергеевна' }]);
  });
});

describe('surveys in the OpenAPI document', () => {
  it('lists every survey endpoint', async () => {
    const spec = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const paths = Object.keys(spec.paths).filter((p) => p.includes('/surveys') || p.includes('/me/reminders'));
    expect(paths.sort()).toEqual(
      [
        '/api/v1/me/reminders',
        '/api/v1/me/reminders/{id}/seen',
        '/api/v1/orgs/{orgId}/surveys',
        '/api/v1/orgs/{orgId}/surveys/from-template',
        '/api/v1/orgs/{orgId}/surveys/{id}',
        '/api/v1/orgs/{orgId}/surveys/{id}/close',
        '/api/v1/orgs/{orgId}/surveys/{id}/open',
        '/api/v1/orgs/{orgId}/surveys/{id}/progress',
        '/api/v1/orgs/{orgId}/surveys/{id}/remind',
        '/api/v1/orgs/{orgId}/surveys/{id}/responses',
        '/api/v1/orgs/{orgId}/surveys/{id}/responses/{rid}/apply',
        '/api/v1/orgs/{orgId}/surveys/{id}/results',
        '/api/v1/orgs/{orgId}/surveys/{id}/results.xlsx',
      ].sort(),
    );
  });
});
