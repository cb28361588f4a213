// The art. 351.8 agreement over HTTP: filled from the group, the organization's requisites and the
// pay (the organization's setting or the mentor's own), in Word and PDF, for the director and the
// curator only; the mentor's own pay as an audited write under a version.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogIds, consentingStaff } from '../../test/bank-factories.js';
import { login, makeUser, orgWithUser } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { programs } from '../programs/programs-table.js';

let t: TestApp;
const dir = mkdtempSync(path.join(os.tmpdir(), 'nastavnik-agreement-'));
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
  rmSync(dir, { recursive: true, force: true });
});

const tool = (name: string) => [`/usr/bin/${name}`, `/usr/local/bin/${name}`].find((c) => existsSync(c)) ?? null;
const soffice = tool('soffice') ?? tool('libreoffice');
const pdftotext = tool('pdftotext');

const plain = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim();

async function docxText(body: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(body);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return plain(xml.replace(/<\/w:p>/g, ' ').replace(/<[^>]+>/g, ''));
}

function pdfText(file: string): string {
  return plain(execFileSync(pdftotext as string, ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
}

/** A school with its director, its pay setting, a mentor and a group of two mentees. */
async function school() {
  const { org, cookie } = await orgWithUser(t, ['director']);
  const db = t.database.db;
  const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: object, as = cookie) =>
    t.request({ method, url: `/api/v1/orgs/${org.id}${url ? `/${url}` : ''}`, cookie: as, ...(body ? { body } : {}) });
  const [d1] = await catalogIds(db, org.id);
  const current = (await call('GET', '')).json();
  const saved = await call('PUT', '', {
    fullName: current.fullName,
    shortName: current.shortName,
    address: '624250, г. Заречный, ул. Ленина, д. 1',
    locality: 'г. Заречный',
    directorName: current.directorName,
    directorPosition: current.directorPosition,
    orderSuffix: current.orderSuffix,
    settings: {
      ...current.settings,
      mentorPay: { amount: 3500, unit: 'month', conditions: 'выплачивается ежемесячно вместе с заработной платой' },
    },
    version: current.version,
  });
  expect(saved.statusCode).toBe(200);
  expect(saved.json().settings.mentorPay).toMatchObject({ amount: 3500, unit: 'month' });
  const expert = await consentingStaff(db, org.id, ['personal-data', 'mentor-role'], {
    lastName: 'Опытнова',
    firstName: 'Галина',
    middleName: 'Петровна',
    position: 'Учитель русского языка',
  });
  const mentorId: string = (
    await call('POST', 'mentors', { staffId: expert.id, competences: [d1], capacity: 3 })
  ).json().id;
  const menteeIds: string[] = [];
  for (const [lastName, firstName] of [
    ['Новикова', 'Алиса'],
    ['Юнцев', 'Артём'],
  ] as const) {
    const p = await consentingStaff(db, org.id, ['personal-data'], { lastName, firstName, middleName: 'Ивановна' });
    menteeIds.push((await call('POST', 'mentees', { staffId: p.id, category: 'young-specialist' })).json().id);
  }
  const group = await call('POST', 'groups', { mentorId, menteeIds, forms: ['group', 'teacher-teacher'] });
  expect(group.statusCode).toBe(201);
  return { org, cookie, call, mentorId, groupId: group.json().id as string };
}

describe('supplementary agreement', () => {
  it('is filled from the group, the requisites and the organization’s pay, in Word and PDF', async () => {
    const s = await school();
    const docx = await s.call('GET', `groups/${s.groupId}/agreement.docx?startsOn=2025-09-01&endsOn=2026-05-31`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    expect(docx.headers['content-disposition']).toContain('attachment; filename="dopsoglashenie-');
    const texts = [await docxText(docx.rawPayload)];
    const pdf = await s.call('GET', `groups/${s.groupId}/agreement.pdf?startsOn=2025-09-01&endsOn=2026-05-31`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    if (pdftotext) {
      const file = path.join(dir, 'agreement.pdf');
      writeFileSync(file, pdf.rawPayload);
      texts.push(pdfText(file));
    }
    for (const text of texts) {
      for (const part of [
        'ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ',
        s.org.fullName,
        'в лице директора И. И. Ивановой',
        '624250, г. Заречный, ул. Ленина, д. 1',
        'Опытнова Галина Петровна, учитель русского языка',
        'Новикова Алиса Ивановна',
        'Юнцев Артём Ивановна',
        'с 01.09.2025 по 31.05.2026',
        'групповая, «учитель – учитель»',
        '3 500 руб. 00 коп. в месяц',
        'выплачивается ежемесячно вместе с заработной платой',
        'не позднее чем за три рабочих дня',
        '/ И. И. Иванова /',
        '/ Опытнова Г. П. /',
      ]) {
        expect(text, part).toContain(part);
      }
    }
  });

  it('states the mentor’s own pay once set, audited and versioned, and the organization’s again when cleared', async () => {
    const s = await school();
    const before = await s.call('GET', `mentors/${s.mentorId}/pay`);
    expect(before.json()).toMatchObject({ source: 'organization', amount: 3500, version: null });
    const own = await s.call('PUT', `mentors/${s.mentorId}/pay`, {
      amount: 5000,
      unit: 'period',
      conditions: 'единовременно по окончании программы',
      reason: 'Группа из двух наставляемых',
    });
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ source: 'mentor', amount: 5000, unit: 'period', version: 1 });
    const unversioned = await s.call('PUT', `mentors/${s.mentorId}/pay`, { amount: 1, unit: 'month', conditions: '' });
    expect(unversioned.statusCode).toBe(428);
    const stale = await s.call('PUT', `mentors/${s.mentorId}/pay`, {
      amount: 1,
      unit: 'month',
      conditions: '',
      version: 7,
    });
    expect(stale.statusCode).toBe(409);
    const text = await docxText((await s.call('GET', `groups/${s.groupId}/agreement.docx`)).rawPayload);
    expect(text).toContain('5 000 руб. 00 коп. за весь срок наставнической деятельности');
    expect(text).toContain('Условия выплаты: единовременно по окончании программы.');
    expect(text).toContain('с «___» ____________ 20___ г. по «___» ____________ 20___ г.');
    const audit = (await s.call('GET', `audit?entity=mentor-pay&entityId=${s.mentorId}`)).json();
    expect(audit.items[0]).toMatchObject({ action: 'create', reason: 'Группа из двух наставляемых' });
    const cleared = await s.call('DELETE', `mentors/${s.mentorId}/pay`, { reason: 'Общие условия' });
    expect(cleared.json()).toMatchObject({ source: 'organization', amount: 3500 });
    const after = (await s.call('GET', `audit?entity=mentor-pay&entityId=${s.mentorId}`)).json();
    expect(after.items[0]).toMatchObject({ action: 'delete' });
  });

  it('numbers itself as asked and names the employment contract recorded in the staff card', async () => {
    const s = await school();
    const mentor = (await s.call('GET', `mentors/${s.mentorId}`)).json();
    const person = (await s.call('GET', `staff/${mentor.staffId}`)).json();
    const { id, orgId, youngSpecialist, age, teachingYears, archived, archivedAt, createdAt, updatedAt, ...fields } =
      person;
    const saved = await s.call('PUT', `staff/${person.id}`, {
      ...fields,
      employmentContractNumber: '17/2019',
      employmentContractDate: '2019-08-26',
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ employmentContractNumber: '17/2019', employmentContractDate: '2019-08-26' });
    // A client that does not know the fields keeps them.
    const { employmentContractNumber, employmentContractDate, ...older } = saved.json();
    const kept = await s.call('PUT', `staff/${person.id}`, {
      ...Object.fromEntries(Object.entries(older).filter(([k]) => k in fields)),
      phone: '+7 912 345-67-89',
    });
    expect(kept.json()).toMatchObject({ employmentContractNumber: '17/2019', phone: '+7 912 345-67-89' });
    const docx = await s.call('GET', `groups/${s.groupId}/agreement.docx?number=3`);
    const text = await docxText(docx.rawPayload);
    expect(text).toContain('ДОПОЛНИТЕЛЬНОЕ СОГЛАШЕНИЕ № 3');
    expect(text).toContain('к трудовому договору от 26.08.2019 № 17/2019');
    const future = await s.call('PUT', `staff/${person.id}`, {
      ...Object.fromEntries(Object.entries(kept.json()).filter(([k]) => k in fields)),
      employmentContractDate: '2999-01-01',
    });
    expect(future.statusCode).toBe(422);
    expect(future.json().errors[0].path).toBe('employmentContractDate');
  });

  it('takes the term from the group’s program unless the request names one', async () => {
    const s = await school();
    const db = t.database.db;
    await db.insert(programs).values([
      {
        orgId: s.org.id,
        groupId: s.groupId,
        status: 'terminated',
        startsOn: '2024-09-01',
        endsOn: '2025-05-31',
        goals: 'Прежняя программа',
        participants: [],
      },
      {
        orgId: s.org.id,
        groupId: s.groupId,
        status: 'active',
        startsOn: '2025-10-01',
        endsOn: '2026-06-30',
        goals: 'Адаптация в коллективе',
        participants: [],
      },
    ]);
    const fromProgram = await docxText((await s.call('GET', `groups/${s.groupId}/agreement.docx`)).rawPayload);
    expect(fromProgram).toContain('с 01.10.2025 по 30.06.2026');
    const asked = await docxText(
      (await s.call('GET', `groups/${s.groupId}/agreement.docx?startsOn=2025-11-01&endsOn=2026-04-30&date=2025-10-20`))
        .rawPayload,
    );
    expect(asked).toContain('с 01.11.2025 по 30.04.2026');
    expect(asked).toContain('20.10.2025');
  });

  it('checks the input: a bad pay is 422 naming the field, a term that ends before it starts is 400', async () => {
    const s = await school();
    const bad = await s.call('PUT', `mentors/${s.mentorId}/pay`, { amount: -5, unit: 'week', conditions: '' });
    expect(bad.statusCode).toBe(422);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['amount', 'unit']);
    const term = await s.call('GET', `groups/${s.groupId}/agreement.pdf?startsOn=2026-01-01&endsOn=2025-09-01`);
    expect(term.statusCode).toBe(400);
    expect(term.json().errors[0].path).toBe('endsOn');
    const date = await s.call('GET', `groups/${s.groupId}/agreement.pdf?date=someday`);
    expect(date.statusCode).toBe(400);
  });

  it('answers 401, 404 across organizations and for an unknown group, 403 to other roles', async () => {
    const s = await school();
    const url = `/api/v1/orgs/${s.org.id}/groups/${s.groupId}/agreement.docx`;
    expect((await t.request({ method: 'GET', url })).statusCode).toBe(401);
    const other = await orgWithUser(t, ['director']);
    expect((await t.request({ method: 'GET', url, cookie: other.cookie })).statusCode).toBe(404);
    const foreign = await t.request({
      method: 'GET',
      url: `/api/v1/orgs/${other.org.id}/groups/${s.groupId}/agreement.docx`,
      cookie: other.cookie,
    });
    expect(foreign.statusCode).toBe(404);
    const foreignPay = await t.request({
      method: 'PUT',
      url: `/api/v1/orgs/${other.org.id}/mentors/${s.mentorId}/pay`,
      cookie: other.cookie,
      body: { amount: 1, unit: 'month', conditions: '' },
    });
    expect(foreignPay.statusCode).toBe(404);
    expect((await s.call('GET', `groups/${crypto.randomUUID()}/agreement.pdf`)).statusCode).toBe(404);
    for (const role of ['council', 'mentor', 'mentee'] as const) {
      const user = await makeUser(t.database.db, s.org.id, [role]);
      const cookie = await login(t, user.login);
      expect((await t.request({ method: 'GET', url, cookie })).statusCode, role).toBe(403);
      expect((await s.call('GET', `mentors/${s.mentorId}/pay`, undefined, cookie)).statusCode, role).toBe(403);
    }
    const curator = await makeUser(t.database.db, s.org.id, ['curator']);
    const curatorCookie = await login(t, curator.login);
    expect((await t.request({ method: 'GET', url, cookie: curatorCookie })).statusCode).toBe(200);
  });

  it('is described in the OpenAPI document, with the blank consent forms', async () => {
    const spec = (await t.request({ method: 'GET', url: '/api/openapi.json' })).json();
    for (const path of [
      '/groups/{id}/agreement.docx',
      '/groups/{id}/agreement.pdf',
      '/mentors/{id}/pay',
      '/staff/{id}/consents/{cid}/document.pdf',
      '/staff/{id}/consent-forms/{file}',
    ]) {
      expect(Object.keys(spec.paths)).toContain(`/api/v1/orgs/{orgId}${path}`);
    }
    const query = spec.paths['/api/v1/orgs/{orgId}/groups/{id}/agreement.pdf'].get.parameters.map(
      (p: { name: string }) => p.name,
    );
    expect(query).toEqual(expect.arrayContaining(['startsOn', 'endsOn', 'date']));
  });

  it.skipIf(!soffice)(
    'opens in LibreOffice (converted to PDF) with its requisites',
    async () => {
      const s = await school();
      const res = await s.call('GET', `groups/${s.groupId}/agreement.docx`);
      const file = path.join(dir, 'agreement.docx');
      writeFileSync(file, res.rawPayload);
      execFileSync(
        soffice as string,
        [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file],
        { timeout: 90_000, stdio: 'ignore' },
      );
      const converted = path.join(dir, 'agreement.pdf');
      expect(readFileSync(converted).subarray(0, 5).toString()).toBe('%PDF-');
      if (pdftotext) {
        const text = pdfText(converted);
        expect(text).toContain('Опытнова Галина Петровна');
        expect(text).toContain('не позднее чем за три рабочих дня');
      }
    },
    120_000,
  );
});
