// Issue 3's journey as a new curator lives it: a staff list with mistakes from Excel, the same list
// again as a CSV saved by Russian Excel, consents recorded and printed, both banks filled, mutual
// choice, and a withdrawn consent taking the person out of the banks.
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FileCell, staffHeaders, toCp1251, toCsv, toXlsx } from '../bench/staff-files.js';
import { expectAccessible, type Running, signIn, startDemoWithBrowser } from './browser.js';

let run: Running;
beforeAll(async () => {
  run = await startDemoWithBrowser();
});
afterAll(async () => {
  await run?.close();
});

const rows: FileCell[][] = [
  [
    'Вяземская',
    'Эльвира',
    'Игоревна',
    '03.05.1999',
    'Учитель русского языка',
    'Русский язык, Литература',
    2024,
    '01.09.2024',
    '',
    'vyazemskaya@school.example.ru',
    '',
  ],
  [
    'Гуляев',
    'Степан',
    'Аркадьевич',
    '11.11.1975',
    'Учитель математики',
    'Математика',
    1998,
    '15.08.2001',
    'высшая',
    'gulyaev@school.example.ru',
    '',
  ],
  [
    'Ёлкина',
    'Ирина',
    'Павловна',
    '07.07.1990',
    'Учитель биологии',
    'Биология',
    2013,
    '',
    'первая',
    '',
    '+7 912 000-11-22',
  ],
  // Three mistakes a real list has: no surname, an impossible date, an unknown category.
  ['', 'Пётр', 'Ильич', '01.01.1985', 'Учитель физики', 'Физика', 2008, '', '', '', ''],
  ['Мухина', 'Вера', '', '30.02.1992', 'Учитель музыки', 'Музыка', 2015, '', '', '', ''],
  ['Зайцев', 'Олег', '', '', 'Учитель ИЗО', '', 2011, '', 'нулевая', '', ''],
];

async function openImport(page: Page) {
  await page
    .getByRole('navigation', { name: 'Разделы' })
    .getByRole('link', { name: 'Педагогические работники' })
    .click();
  await page.getByRole('link', { name: 'Импорт из Excel' }).click();
  await page.getByRole('heading', { name: 'Импорт работников из таблицы' }).waitFor();
}

async function checkFile(page: Page, file: string) {
  await page.locator('input[type="file"]').setInputFiles(file);
  await page.getByRole('button', { name: 'Проверить' }).click();
  const errors = page.getByRole('table', { name: 'Ошибки в строках' });
  await errors.waitFor();
  await expect.poll(() => errors.getByRole('row').count()).toBe(1 + 3);
  await expect.poll(() => errors.getByRole('row', { name: /^5 Фамилия/ }).count()).toBe(1);
  await expect.poll(() => errors.getByRole('row', { name: /^6 Дата рождения/ }).count()).toBe(1);
  await expect.poll(() => errors.getByRole('row', { name: /^7 Квалификационная категория/ }).count()).toBe(1);
}

async function openCard(page: Page, search: string, name: RegExp) {
  await page
    .getByRole('navigation', { name: 'Разделы' })
    .getByRole('link', { name: 'Педагогические работники' })
    .click();
  await page.getByLabel('Поиск по работникам').fill(search);
  await page.getByRole('link', { name }).first().click();
  await page.getByRole('heading', { name }).waitFor();
}

async function recordConsent(page: Page, kind: string) {
  await page.getByRole('button', { name: 'Записать согласие' }).click();
  const dialog = page.getByRole('dialog', { name: 'Записать согласие' });
  await dialog.getByRole('combobox', { name: /^Вид согласия/ }).click();
  await page.getByRole('option', { name: kind, exact: true }).click();
  await dialog.getByRole('button', { name: 'Записать' }).click();
  await dialog.waitFor({ state: 'detached' });
  await page.getByRole('link', { name: `Печатная форма: ${kind}` }).waitFor();
}

describe('issue 3 from the curator’s chair', () => {
  it('imports with mistakes, again from a Windows-1251 CSV, records consents, fills the banks and withdraws', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'nastavnik-e2e-banks-'));
    const xlsx = path.join(dir, 'Педагоги.xlsx');
    writeFileSync(xlsx, await toXlsx([staffHeaders, ...rows]));
    const csv = path.join(dir, 'Педагоги.csv');
    // In the CSV copy the school secretary has since corrected one phone number.
    const corrected = rows.map((r) => (r[0] === 'Ёлкина' ? [...r.slice(0, 10), '+7 912 000-33-44'] : r));
    writeFileSync(csv, toCp1251(toCsv([staffHeaders, ...corrected], ';')));

    const context = await run.browser.newContext({
      viewport: { width: 1366, height: 900 },
      locale: 'ru-RU',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await signIn(page, run.url, 'curator');

    // Excel first: a dry run shows the three bad rows, the three good ones go in.
    await openImport(page);
    await checkFile(page, xlsx);
    await expect.poll(() => page.getByRole('table', { name: 'Что будет загружено' }).getByRole('row').count()).toBe(4);
    await page.getByRole('button', { name: 'Импортировать' }).click();
    await page.getByText('Импорт выполнен').first().waitFor();
    await expect.poll(() => page.getByText('Добавлено: 3, обновлено: 0.', { exact: false }).count()).toBe(1);

    // The same list saved by Russian Excel as CSV: the same errors, and nobody is duplicated.
    await openImport(page);
    await checkFile(page, csv);
    const preview = page.getByRole('table', { name: 'Что будет загружено' });
    await expect.poll(() => preview.getByRole('row', { name: /без изменений/ }).count()).toBe(2);
    await expect
      .poll(() => preview.getByRole('row').filter({ hasText: 'Ёлкина' }).filter({ hasText: 'изменения' }).count())
      .toBe(1);
    await page.getByRole('button', { name: 'Импортировать' }).click();
    await page.getByText('Импорт выполнен').first().waitFor();
    await expect.poll(() => page.getByText('Добавлено: 0, обновлено: 1.', { exact: false }).count()).toBe(1);

    // Consents: the young teacher to personal data, the experienced one also to the mentor role.
    await openCard(page, 'Вяземская', /Вяземская Эльвира Игоревна/);
    await page.getByRole('tab', { name: 'Согласия' }).click();
    await recordConsent(page, 'Обработка персональных данных');
    const print = page.getByRole('link', { name: 'Печатная форма: Обработка персональных данных' });
    const href = await print.getAttribute('href');
    const docx = await page.evaluate(async (u) => {
      const res = await fetch(u ?? '');
      return { type: res.headers.get('content-type'), bytes: Array.from(new Uint8Array(await res.arrayBuffer())) };
    }, href);
    expect(docx.type).toContain('officedocument.wordprocessingml');
    const zip = await JSZip.loadAsync(Uint8Array.from(docx.bytes));
    const text = ((await zip.file('word/document.xml')?.async('string')) ?? '').replace(/<[^>]+>/g, '');
    expect(text).toContain('Вяземская');
    // The signed paper comes back scanned: attach it to the consent.
    const scan = path.join(dir, 'Согласие Вяземской.pdf');
    writeFileSync(scan, Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(4096, 0x20), Buffer.from('\n%%EOF\n')]));
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Приложить скан: Обработка персональных данных' }).click();
    await (await chooser).setFiles(scan);
    await page.getByRole('link', { name: 'Согласие Вяземской.pdf' }).waitFor();
    await expectAccessible(page, 'consents recorded');

    await openCard(page, 'Гуляев', /Гуляев Степан Аркадьевич/);
    await page.getByRole('tab', { name: 'Согласия' }).click();
    await recordConsent(page, 'Обработка персональных данных');
    await recordConsent(page, 'Назначение наставником');

    // The mentor bank.
    const nav = page.getByRole('navigation', { name: 'Разделы' });
    await nav.getByRole('link', { name: 'Банк наставников' }).click();
    await page.getByRole('button', { name: 'Добавить' }).click();
    let dialog = page.getByRole('dialog', { name: 'Добавить в банк наставников' });
    await dialog.getByRole('combobox', { name: /^Работник/ }).fill('Гуляев');
    await page
      .getByRole('option', { name: /Гуляев Степан/ })
      .first()
      .click();
    await dialog.getByRole('combobox', { name: /^Компетенции/ }).click();
    await page.getByRole('option').first().click();
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: 'Добавить в банк' }).click();
    await dialog.waitFor({ state: 'detached' });
    const mentors = page.getByRole('table', { name: 'Банк наставников' });
    await expect.poll(() => mentors.getByRole('row', { name: /Гуляев Степан/ }).count()).toBe(1);

    // The mentee bank, then the mentor named as preferred (§6.1) through editing.
    await nav.getByRole('link', { name: 'Банк наставляемых' }).click();
    await page.getByRole('button', { name: 'Добавить' }).click();
    dialog = page.getByRole('dialog', { name: 'Добавить в банк наставляемых' });
    await dialog.getByRole('combobox', { name: /^Работник/ }).fill('Вяземская');
    await page
      .getByRole('option', { name: /Вяземская Эльвира/ })
      .first()
      .click();
    await dialog.getByRole('combobox', { name: /^Категория/ }).click();
    await page.getByRole('option', { name: 'молодой специалист' }).click();
    await dialog.getByRole('combobox', { name: /^Затруднения/ }).click();
    await page.getByRole('option').first().click();
    await page.keyboard.press('Escape');
    await dialog.getByRole('button', { name: 'Добавить в банк' }).click();
    await dialog.waitFor({ state: 'detached' });
    const mentees = page.getByRole('table', { name: 'Банк наставляемых' });
    await expect.poll(() => mentees.getByRole('row', { name: /Вяземская Эльвира/ }).count()).toBe(1);

    await mentees.getByRole('button', { name: 'Изменить: Вяземская Эльвира Игоревна' }).click();
    dialog = page.getByRole('dialog', { name: 'Наставляемый: Вяземская Эльвира Игоревна' });
    await dialog.getByRole('combobox', { name: /^Желаемые наставники/ }).click();
    await page.getByRole('option', { name: /Гуляев Степан/ }).click();
    await page.keyboard.press('Escape');
    await expectAccessible(page, 'mentee entry editing');
    await dialog.getByRole('button', { name: 'Сохранить' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('Запись банка сохранена').first().waitFor();

    // The filters narrow the banks.
    await page.getByText('Молодые специалисты', { exact: true }).click();
    await expect.poll(() => mentees.getByRole('row', { name: /Вяземская Эльвира/ }).count()).toBe(1);

    // The yearly needs questionnaire from its template, addressed to the mentee bank.
    await nav.getByRole('link', { name: 'Анкеты' }).click();
    await page.getByRole('button', { name: 'Создать анкету' }).click();
    dialog = page.getByRole('dialog', { name: 'Новая анкета' });
    await dialog.getByRole('radio', { name: /Выявление профессиональных затруднений/ }).click();
    await dialog.getByRole('textbox', { name: 'Название' }).fill('Затруднения педагогов: осенний опрос');
    await dialog.getByRole('button', { name: 'Создать черновик' }).click();
    await page.getByRole('heading', { name: 'Затруднения педагогов: осенний опрос', level: 1 }).waitFor();
    // This round asks the mentee bank only (the template asks everyone by default).
    await page.getByRole('checkbox', { name: 'банк наставляемых', exact: true }).check();
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText('Анкета сохранена').waitFor();
    await page.getByRole('button', { name: 'Открыть опрос' }).click();
    const opening = page.getByRole('dialog', { name: 'Открыть опрос?' });
    await opening.getByRole('button', { name: 'Открыть опрос' }).click();
    await opening.waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: 'Ход опроса', selected: true }).waitFor();
    await page.getByText('Адресаты: банк наставляемых').waitFor();
    const waiting = page.getByText(/^Ещё не ответили \(\d+\)$/);
    const pendingBefore = Number((await waiting.innerText()).replace(/\D/g, ''));
    await expect.poll(() => page.getByText('Вяземская Эльвира Игоревна').count()).toBe(1);
    // Let the confirmation finish fading out before the accessibility check.
    await page.waitForTimeout(400);
    await expectAccessible(page, 'needs questionnaire opened');
    const surveyUrl = page.url();

    // Withdrawn consent to personal data: the person leaves the banks at once.
    await openCard(page, 'Вяземская', /Вяземская Эльвира Игоревна/);
    await page.getByRole('tab', { name: 'Согласия' }).click();
    await page.getByRole('button', { name: 'Отозвать: Обработка персональных данных' }).click();
    dialog = page.getByRole('dialog', { name: 'Отзыв согласия' });
    await dialog.getByRole('textbox', { name: /^Причина/ }).fill('Личное заявление от 24.11.2026');
    await dialog.getByRole('button', { name: 'Отозвать' }).click();
    await dialog.waitFor({ state: 'detached' });
    await nav.getByRole('link', { name: 'Банк наставляемых' }).click();
    await page.getByRole('heading', { name: 'Банк наставляемых' }).waitFor();
    await expect.poll(() => page.getByRole('row', { name: /Вяземская Эльвира/ }).count()).toBe(0);
    // …and from those the needs questionnaire waits for.
    await page.goto(surveyUrl);
    await page.getByRole('tab', { name: 'Ход опроса', selected: true }).waitFor();
    await expect.poll(async () => Number((await waiting.innerText()).replace(/\D/g, ''))).toBe(pendingBefore - 1);
    expect(await page.getByText('Вяземская Эльвира Игоревна').count()).toBe(0);

    // Nor does the staff list count her among those with a consent.
    await nav.getByRole('link', { name: 'Педагогические работники' }).click();
    await page.getByRole('combobox', { name: 'Согласие на обработку ПДн' }).click();
    await page.getByRole('option', { name: 'Согласие на обработку ПДн отозвано' }).click();
    await expect.poll(() => page.getByRole('row', { name: /Вяземская Эльвира/ }).count()).toBe(1);
    await expectAccessible(page, 'staff by consent');
    await context.close();
  });
});

describe('mutual choice (§6.1)', () => {
  it('a mentee stars a mentor, and the curator sees the choice in the entry', async () => {
    const context = await run.browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'ru-RU' });
    const page = await context.newPage();
    await signIn(page, run.url, 'mentee');
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Банк наставников' }).click();
    await page.getByText('Отметьте звёздочкой наставников', { exact: false }).waitFor();
    const table = page.getByRole('table', { name: 'Банк наставников' });
    const star = table.getByRole('button', { name: /^Хочу работать с наставником: / }).first();
    const label = (await star.getAttribute('aria-label')) ?? '';
    const mentorName = label.replace('Хочу работать с наставником: ', '');
    if ((await star.getAttribute('aria-pressed')) === 'true') {
      await star.click();
      await expect.poll(() => table.getByRole('button', { name: label }).getAttribute('aria-pressed')).toBe('false');
    }
    await table.getByRole('button', { name: label }).click();
    await expect.poll(() => table.getByRole('button', { name: label }).getAttribute('aria-pressed')).toBe('true');
    await expectAccessible(page, 'mentee chooses a mentor');
    const menteeName = await page.evaluate(async () => {
      const me = (await (await fetch('/api/v1/me')).json()) as { memberships: { orgId: string }[] };
      const org = me.memberships[0]?.orgId;
      const own = (await (await fetch(`/api/v1/orgs/${org}/mentees`)).json()) as {
        items: { staff: { lastName: string; firstName: string; middleName: string | null } }[];
      };
      const s = own.items[0]?.staff;
      return s ? [s.lastName, s.firstName, s.middleName].filter(Boolean).join(' ') : '';
    });
    expect(menteeName).not.toBe('');
    await context.close();

    // The curator finds the chosen mentor among the mentee's preferred ones.
    const curator = await run.browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'ru-RU' });
    const cpage = await curator.newPage();
    await signIn(cpage, run.url, 'curator');
    await cpage.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Банк наставляемых' }).click();
    await cpage
      .getByRole('table', { name: 'Банк наставляемых' })
      .getByRole('button', { name: `Изменить: ${menteeName}` })
      .click();
    const dialog = cpage.getByRole('dialog', { name: `Наставляемый: ${menteeName}` });
    await expect.poll(() => dialog.getByText(mentorName, { exact: true }).count()).toBeGreaterThan(0);
    await curator.close();
  });
});
