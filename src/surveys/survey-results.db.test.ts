import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkedUser } from '../../test/bank-factories.js';
import { makeStaff, orgWithUser } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { openSurvey, surveysUrl as url } from '../../test/survey-factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => {
  await t?.close();
});

async function answerAs(orgId: string, surveyId: string, lastName: string, answers: Record<string, unknown>) {
  const person = await makeStaff(t.database.db, orgId, { lastName });
  const who = await linkedUser(t, orgId, ['mentee'], person.id);
  const res = await t.request({
    method: 'POST',
    url: url(orgId, `/${surveyId}/responses`),
    cookie: who.cookie,
    body: { answers },
  });
  expect(res.statusCode).toBe(201);
}

async function workbookOf(orgId: string, surveyId: string, cookie: string) {
  const res = await t.request({ method: 'GET', url: url(orgId, `/${surveyId}/results.xlsx`), cookie });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toContain('spreadsheetml');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  return book;
}

const values = (row: ExcelJS.Row) => (row.values as unknown[]).slice(1);

describe('survey results in Excel', () => {
  it('writes a summary and a row per named answer with the respondent’s name', async () => {
    const { org, cookie } = await orgWithUser(t, ['curator']);
    const id = await openSurvey(t, org.id, cookie);
    await answerAs(org.id, id, 'Алексеева', { form: 'trad', useful: 5, wish: 'Больше практики' });
    await answerAs(org.id, id, 'Борисова', { form: 'group', useful: 3 });
    const book = await workbookOf(org.id, id, cookie);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Итоги', 'Ответы']);
    const summary = book.getWorksheet('Итоги');
    expect(values(summary?.getRow(2) as ExcelJS.Row)).toEqual(['Ответов', 2]);
    const sheet = book.getWorksheet('Ответы');
    expect(sheet?.rowCount).toBe(3);
    expect(values(sheet?.getRow(1) as ExcelJS.Row)).toEqual([
      '№',
      'Респондент',
      'Дата',
      'Какая форма подошла?',
      'Польза встреч',
      'Что изменить?',
    ]);
    const rows = [2, 3].map((n) => values(sheet?.getRow(n) as ExcelJS.Row));
    expect(rows.map((r) => r[1])).toEqual(['Алексеева Анна Сергеевна', 'Борисова Анна Сергеевна']);
    expect(rows[0]?.slice(3)).toEqual(['Один на один', 5, 'Больше практики']);
  });

  it('leaves names out of an anonymous survey’s workbook', async () => {
    const { org, cookie } = await orgWithUser(t, ['curator']);
    const id = await openSurvey(t, org.id, cookie, { anonymous: true });
    await answerAs(org.id, id, 'Алексеева', { form: 'trad', useful: 5 });
    const book = await workbookOf(org.id, id, cookie);
    const sheet = book.getWorksheet('Ответы');
    expect(values(sheet?.getRow(1) as ExcelJS.Row)).toEqual([
      '№',
      'Какая форма подошла?',
      'Польза встреч',
      'Что изменить?',
    ]);
    expect(values(sheet?.getRow(2) as ExcelJS.Row)).toEqual([1, 'Один на один', 5, '']);
    const text = JSON.stringify(book.worksheets.map((s) => s.getSheetValues()));
    expect(text).not.toContain('Алексеева');
  });
});
