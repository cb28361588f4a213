import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FileCell, staffHeaders, toXlsx } from '../bench/staff-files.js';
import { expectAccessible, type Running, signIn, startDemoWithBrowser } from './browser.js';

let run: Running;
beforeAll(async () => {
  run = await startDemoWithBrowser();
});
afterAll(async () => {
  await run?.close();
});

const goodRows: FileCell[][] = [
  [
    'Черёмухина',
    'Алёна',
    'Олеговна',
    '14.02.1996',
    'Учитель химии',
    'Химия',
    2019,
    '',
    'первая',
    'cheremukhina@import.example.ru',
    '',
  ],
  [
    'Вязовкин',
    'Игорь',
    'Петрович',
    new Date('1988-07-30T00:00:00Z'),
    'Учитель истории',
    'История, Обществознание',
    2010,
    '',
    'высшая',
    '',
    '',
  ],
];
const badRows: FileCell[][] = [
  ['', 'Олег', 'Ильич', '01.01.1980', 'Учитель', '', '', '', '', '', ''],
  ['Липатова', 'Нина', '', '31.02.1991', 'Учитель музыки', '', '', '', '', '', ''],
  ['Орешкин', 'Глеб', '', '', 'Учитель ИЗО', '', '', '', 'вторая', '', ''],
];
const fixedRows: FileCell[][] = [
  ['Ким', 'Олег', 'Ильич', '01.01.1980', 'Учитель', '', '', '', '', '', ''],
  ['Липатова', 'Нина', '', '28.02.1991', 'Учитель музыки', '', '', '', '', '', ''],
  ['Орешкин', 'Глеб', '', '', 'Учитель ИЗО', '', '', '', 'высшая', '', ''],
];

describe('the curator imports the staff list from Excel', () => {
  it('checks a file with bad rows, sees the errors, fixes the file and imports it', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'nastavnik-e2e-import-'));
    const withErrors = path.join(dir, 'Сотрудники.xlsx');
    writeFileSync(
      withErrors,
      await toXlsx([staffHeaders, goodRows[0], badRows[0], badRows[1], goodRows[1], badRows[2]] as FileCell[][]),
    );
    const fixed = path.join(dir, 'Сотрудники-исправлено.xlsx');
    writeFileSync(fixed, await toXlsx([staffHeaders, ...goodRows, ...fixedRows]));

    const context = await run.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ru-RU' });
    const page = await context.newPage();
    await signIn(page, run.url, 'curator');
    await page
      .getByRole('navigation', { name: 'Разделы' })
      .getByRole('link', { name: 'Педагогические работники' })
      .click();
    await page.getByRole('link', { name: 'Импорт из Excel' }).click();
    await page.getByRole('heading', { name: 'Импорт работников из таблицы' }).waitFor();
    await expectAccessible(page, 'staff import');

    await page.locator('input[type="file"]').setInputFiles(withErrors);
    await page.getByRole('button', { name: 'Проверить' }).click();
    const errors = page.getByRole('table', { name: 'Ошибки в строках' });
    await errors.waitFor();
    await expect.poll(() => errors.getByRole('row').count()).toBe(1 + 3);
    await expect
      .poll(() => errors.getByRole('row', { name: /^3 Фамилия Фамилия: не может быть пустым/ }).count())
      .toBe(1);
    await expect.poll(() => errors.getByRole('row', { name: /^4 Дата рождения/ }).count()).toBe(1);
    await expect.poll(() => errors.getByRole('row', { name: /^6 Квалификационная категория/ }).count()).toBe(1);
    await expect.poll(() => page.getByRole('table', { name: 'Что будет загружено' }).getByRole('row').count()).toBe(3);
    await expectAccessible(page, 'staff import, checked');

    await page.locator('input[type="file"]').setInputFiles(fixed);
    await page.getByRole('button', { name: 'Проверить' }).click();
    await page.getByRole('table', { name: 'Что будет загружено' }).waitFor();
    expect(await page.getByRole('table', { name: 'Ошибки в строках' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Импортировать' }).click();
    await page.getByText('Импорт выполнен').first().waitFor();
    await expect.poll(() => page.getByText('Добавлено: 5, обновлено: 0.', { exact: false }).count()).toBe(1);

    await page.getByRole('link', { name: 'К списку работников' }).click();
    await page.getByLabel('Поиск по работникам').fill('черемухина');
    await expect.poll(() => page.getByRole('row', { name: /Черёмухина Алёна Олеговна/ }).count()).toBe(1);
    await page.getByLabel('Поиск по работникам').fill('Липатова');
    await expect.poll(() => page.getByRole('row', { name: /Липатова Нина/ }).count()).toBe(1);
    await context.close();
  });
});
