// The consent forms in both formats: a recorded consent's form as PDF beside Word, and the blank
// form of each kind before the consent is given, filled from the staff record and the requisites.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { login, makeStaff, makeUser, orgWithUser } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { consentKinds } from './consent-contract.js';

let t: TestApp;
const dir = mkdtempSync(path.join(os.tmpdir(), 'nastavnik-consent-forms-'));
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

function pdfText(body: Buffer, name: string): string | null {
  if (!pdftotext) return null;
  const file = path.join(dir, name);
  writeFileSync(file, body);
  return plain(execFileSync(pdftotext, ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }));
}

const base = (orgId: string, staffId: string) => `/api/v1/orgs/${orgId}/staff/${staffId}`;

describe('consent forms', () => {
  it('prints a recorded consent as PDF with the same words as the Word form', async () => {
    const { org, cookie } = await orgWithUser(t, ['curator']);
    const person = await makeStaff(t.database.db, org.id, { lastName: 'Соколова', firstName: 'Ирина' });
    const given = await t.request({
      method: 'POST',
      url: `${base(org.id, person.id)}/consents`,
      cookie,
      body: { kind: 'publication', givenOn: '2025-09-01', fields: ['fullName', 'subjects'] },
    });
    const res = await t.request({
      method: 'GET',
      url: `${base(org.id, person.id)}/consents/${given.json().id}/document.pdf`,
      cookie,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(res.rawPayload, 'recorded.pdf');
    if (text !== null) {
      for (const part of [
        'Директору',
        org.fullName,
        'И. И. Ивановой',
        'СОГЛАСИЕ',
        'Соколова Ирина Сергеевна',
        'фамилия, имя, отчество; преподаваемые предметы',
        '01.09.2025',
        '/ Соколова И. С. /',
      ]) {
        expect(text, part).toContain(part);
      }
    }
  });

  it('gives a blank form of every kind before the consent, with blanks for the date and the signature', async () => {
    const { org, cookie } = await orgWithUser(t, ['director']);
    const person = await makeStaff(t.database.db, org.id, { lastName: 'Гришина', firstName: 'Вера' });
    for (const kind of consentKinds) {
      const docx = await t.request({
        method: 'GET',
        url: `${base(org.id, person.id)}/consent-forms/${kind}.docx`,
        cookie,
      });
      expect(docx.statusCode, kind).toBe(200);
      expect(docx.headers['content-type']).toContain('wordprocessingml');
      const pdf = await t.request({
        method: 'GET',
        url: `${base(org.id, person.id)}/consent-forms/${kind}.pdf`,
        cookie,
      });
      expect(pdf.statusCode, kind).toBe(200);
      const texts = [await docxText(docx.rawPayload), pdfText(pdf.rawPayload, `${kind}.pdf`)];
      for (const text of texts) {
        if (text === null) continue;
        expect(text, kind).toContain(org.fullName);
        expect(text, kind).toContain('Гришина Вера Сергеевна');
        expect(text, kind).toContain('«___» ____________ 20___ г.');
        expect(text, kind).toContain('/ Гришина В. С. /');
      }
      if (kind === 'personal-data') expect(texts[0]).toContain('паспорт: серия');
      if (kind === 'publication') expect(texts[0]).toContain('] фотография');
      if (kind === 'mentor-role') expect(texts[0]).toContain('статьёй 351.8');
    }
  });

  it('answers 400 to an unknown form, 404 across organizations and for a stranger, 403 by role', async () => {
    const { org, cookie } = await orgWithUser(t, ['curator']);
    const person = await makeStaff(t.database.db, org.id);
    const url = `${base(org.id, person.id)}/consent-forms/mentor-role.pdf`;
    expect((await t.request({ method: 'GET', url })).statusCode).toBe(401);
    const odd = await t.request({
      method: 'GET',
      url: `${base(org.id, person.id)}/consent-forms/everything.pdf`,
      cookie,
    });
    expect(odd.statusCode).toBe(400);
    const other = await orgWithUser(t, ['curator']);
    expect((await t.request({ method: 'GET', url, cookie: other.cookie })).statusCode).toBe(404);
    const foreign = `${base(other.org.id, person.id)}/consent-forms/mentor-role.pdf`;
    expect((await t.request({ method: 'GET', url: foreign, cookie: other.cookie })).statusCode).toBe(404);
    const mentor = await makeUser(t.database.db, org.id, ['mentor']);
    expect((await t.request({ method: 'GET', url, cookie: await login(t, mentor.login) })).statusCode).toBe(403);
  });

  it.skipIf(!soffice)(
    'every blank form opens in LibreOffice',
    async () => {
      const { org, cookie } = await orgWithUser(t, ['curator']);
      const person = await makeStaff(t.database.db, org.id);
      const files: string[] = [];
      for (const kind of consentKinds) {
        const res = await t.request({
          method: 'GET',
          url: `${base(org.id, person.id)}/consent-forms/${kind}.docx`,
          cookie,
        });
        const file = path.join(dir, `${kind}.docx`);
        writeFileSync(file, res.rawPayload);
        files.push(file);
      }
      const out = path.join(dir, 'lo');
      execFileSync(
        soffice as string,
        [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', out, ...files],
        { timeout: 120_000, stdio: 'ignore' },
      );
      for (const kind of consentKinds) expect(existsSync(path.join(out, `${kind}.pdf`)), kind).toBe(true);
    },
    150_000,
  );
});
