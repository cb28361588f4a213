import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogIds, consentingStaff } from '../../test/bank-factories.js';
import { makeStaff, orgWithUser } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

const url = (orgId: string, staffId: string, rest = '') => `/api/v1/orgs/${orgId}/staff/${staffId}/consents${rest}`;

async function documentText(body: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(body);
  const xml = await zip.file('word/document.xml')?.async('string');
  if (!xml) throw new Error('no word/document.xml');
  return xml.replace(/<[^>]+>/g, '');
}

describe('consents', () => {
  it('records a consent with who recorded it, lists it and refuses a second valid one of the kind', async () => {
    const { org, cookie, user } = await orgWithUser(t, ['curator']);
    const person = await makeStaff(t.database.db, org.id);
    const res = await t.request({
      method: 'POST',
      url: url(org.id, person.id),
      cookie,
      body: { kind: 'personal-data', givenOn: '2025-09-01', note: 'Подписано на бумаге' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      kind: 'personal-data',
      givenOn: '2025-09-01',
      active: true,
      withdrawnOn: null,
      recordedBy: { userId: user.id, name: user.fullName },
    });
    const again = await t.request({
      method: 'POST',
      url: url(org.id, person.id),
      cookie,
      body: { kind: 'personal-data', givenOn: '2025-09-02' },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('CONSENT_ACTIVE');
    const list = await t.request({ method: 'GET', url: url(org.id, person.id), cookie });
    expect(list.json().items).toHaveLength(1);
  });

  it('checks the kind, the dates and the publication fields (422 naming the field)', async () => {
    const { org, cookie } = await orgWithUser(t, ['curator']);
    const person = await makeStaff(t.database.db, org.id);
    const bad = await t.request({
      method: 'POST',
      url: url(org.id, person.id),
      cookie,
      body: { kind: 'publication', givenOn: '2999-01-01' },
    });
    expect(bad.statusCode).toBe(422);
    expect(
      bad
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['fields', 'givenOn']);
    const kind = await t.request({
      method: 'POST',
      url: url(org.id, person.id),
      cookie,
      body: { kind: 'everything', givenOn: '2025-01-01' },
    });
    expect(kind.statusCode).toBe(422);
  });

  it('answers 401, 404 across organizations and 403 to roles outside personal data', async () => {
    const a = await orgWithUser(t, ['curator']);
    const b = await orgWithUser(t, ['curator']);
    const person = await makeStaff(t.database.db, a.org.id);
    expect((await t.request({ method: 'GET', url: url(a.org.id, person.id) })).statusCode).toBe(401);
    expect((await t.request({ method: 'GET', url: url(a.org.id, person.id), cookie: b.cookie })).statusCode).toBe(404);
    expect((await t.request({ method: 'GET', url: url(b.org.id, person.id), cookie: b.cookie })).statusCode).toBe(404);
    const council = await orgWithUser(t, ['council']);
    const other = await makeStaff(t.database.db, council.org.id);
    expect(
      (await t.request({ method: 'GET', url: url(council.org.id, other.id), cookie: council.cookie })).statusCode,
    ).toBe(403);
  });

  it('withdrawing consent to personal data takes the person out of both banks at once, audited', async () => {
    const { org, cookie } = await orgWithUser(t, ['curator']);
    const db = t.database.db;
    const [difficulty] = await catalogIds(db, org.id);
    const person = await consentingStaff(db, org.id, ['mentor-role']);
    const given = await t.request({
      method: 'POST',
      url: url(org.id, person.id),
      cookie,
      body: { kind: 'personal-data', givenOn: '2025-09-01' },
    });
    const consentId = given.json().id;
    const mentee = await t.request({
      method: 'POST',
      url: `/api/v1/orgs/${org.id}/mentees`,
      cookie,
      body: {
        staffId: person.id,
        category: 'identified-difficulties',
        difficulties: [{ id: difficulty, priority: 1 }],
      },
    });
    expect(mentee.statusCode).toBe(201);
    const mentor = await t.request({
      method: 'POST',
      url: `/api/v1/orgs/${org.id}/mentors`,
      cookie,
      body: { staffId: person.id, competences: [difficulty] },
    });
    expect(mentor.statusCode).toBe(201);

    const early = await t.request({
      method: 'POST',
      url: url(org.id, person.id, `/${consentId}/withdraw`),
      cookie,
      body: { withdrawnOn: '2025-08-01' },
    });
    expect(early.statusCode).toBe(422);
    const withdrawn = await t.request({
      method: 'POST',
      url: url(org.id, person.id, `/${consentId}/withdraw`),
      cookie,
      body: { withdrawnOn: '2025-12-01', reason: 'Заявление работника' },
    });
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json()).toMatchObject({ active: false, withdrawnOn: '2025-12-01' });
    const twice = await t.request({
      method: 'POST',
      url: url(org.id, person.id, `/${consentId}/withdraw`),
      cookie,
      body: { withdrawnOn: '2025-12-01' },
    });
    expect(twice.json().code).toBe('ALREADY_WITHDRAWN');

    const mentees = await t.request({ method: 'GET', url: `/api/v1/orgs/${org.id}/mentees`, cookie });
    expect(mentees.json().items).toHaveLength(0);
    const mentors = await t.request({ method: 'GET', url: `/api/v1/orgs/${org.id}/mentors`, cookie });
    expect(mentors.json().items).toHaveLength(0);
    const card = await t.request({ method: 'GET', url: `/api/v1/orgs/${org.id}/mentees/${mentee.json().id}`, cookie });
    expect(card.json().status).toBe('withdrawn');
    const history = await t.request({
      method: 'GET',
      url: `/api/v1/orgs/${org.id}/audit?entityId=${mentor.json().id}`,
      cookie,
    });
    expect(history.json().items[0]).toMatchObject({ action: 'withdraw' });
    // Back in only with a new consent.
    const back = await t.request({
      method: 'POST',
      url: `/api/v1/orgs/${org.id}/mentees`,
      cookie,
      body: { staffId: person.id, category: 'identified-difficulties' },
    });
    expect(back.json().code).toBe('CONSENT_REQUIRED');
  });

  it('prints each kind as a Word form filled from the records', async () => {
    const { org, cookie } = await orgWithUser(t, ['director']);
    const person = await makeStaff(t.database.db, org.id, { lastName: 'Соколова', firstName: 'Ирина' });
    const texts: Record<string, string> = {};
    for (const kind of ['personal-data', 'mentor-role', 'extra-duties', 'publication'] as const) {
      const given = await t.request({
        method: 'POST',
        url: url(org.id, person.id),
        cookie,
        body: { kind, givenOn: '2025-09-01', ...(kind === 'publication' ? { fields: ['fullName', 'subjects'] } : {}) },
      });
      const res = await t.request({
        method: 'GET',
        url: url(org.id, person.id, `/${given.json().id}/document.docx`),
        cookie,
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('wordprocessingml');
      texts[kind] = await documentText(res.rawPayload);
    }
    const pd = texts['personal-data'] ?? '';
    expect(pd).toContain(org.fullName);
    expect(pd).toContain('Соколова Ирина Сергеевна');
    expect(pd).toContain('152-ФЗ');
    expect(pd).toMatch(/Цель обработки: участие в системе наставничества/);
    expect(pd).toMatch(/Перечень персональных данных/);
    expect(pd).toMatch(/Срок действия согласия/);
    expect(pd).toMatch(/может быть отозвано/);
    expect(pd).toContain('01.09.2025');
    expect(texts['mentor-role']).toMatch(/назначение меня наставником/);
    expect(texts['extra-duties']).toMatch(/дополнительных обязанностей/);
    expect(texts.publication).toMatch(/фамилия, имя, отчество; преподаваемые предметы/);
  });

  it.skipIf(!existsSync('/usr/bin/libreoffice'))(
    'opens in LibreOffice (converted to PDF)',
    async () => {
      const { org, cookie } = await orgWithUser(t, ['curator']);
      const person = await makeStaff(t.database.db, org.id);
      const given = await t.request({
        method: 'POST',
        url: url(org.id, person.id),
        cookie,
        body: { kind: 'personal-data', givenOn: '2025-09-01' },
      });
      const res = await t.request({
        method: 'GET',
        url: url(org.id, person.id, `/${given.json().id}/document.docx`),
        cookie,
      });
      const dir = mkdtempSync(path.join(os.tmpdir(), 'consent-'));
      const file = path.join(dir, 'consent.docx');
      writeFileSync(file, res.rawPayload);
      execFileSync(
        '/usr/bin/libreoffice',
        [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file],
        {
          timeout: 60_000,
          stdio: 'ignore',
        },
      );
      expect(readdirSync(dir)).toContain('consent.pdf');
    },
    90_000,
  );
});
