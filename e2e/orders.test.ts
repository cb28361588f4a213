// The order register through the browser: the curator drafts an order on the agreed pairs and
// edits a point, the director signs it, the number appears, both files download and read right,
// and the pairs start working. axe on each screen, and the editor on a tablet.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, type Running, signIn, startDemoWithBrowser } from './browser.js';

let run: Running;
beforeAll(async () => {
  run = await startDemoWithBrowser();
});
afterAll(async () => {
  await run?.close();
});

// ORDERS_SHOTS=folder keeps screenshots of each step, to look at the screens by eye.
const shots = process.env.ORDERS_SHOTS;
// What the demo's programs add (src/demo/seed-programs.ts): seven signed orders — last year's pairs,
// an extension, two ends; this year's two orders on pairs and a change of mentor — and four pairs at work.
const demoProgramOrders = 7;
const demoWorkingPairs = 4;
async function shot(page: Page, name: string) {
  if (!shots) return;
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

const editedPoint =
  'Наставникам совместно с наставляемыми разработать персонализированные программы наставничества на 2026/2027 учебный год и представить их куратору';

async function download(page: Page, label: string): Promise<{ type: string; disposition: string; bytes: number[] }> {
  const href = await page.getByRole('link', { name: label }).getAttribute('href');
  expect(href).toBeTruthy();
  return page.evaluate(async (url) => {
    const response = await fetch(url);
    const bytes = [...new Uint8Array(await response.arrayBuffer())];
    return {
      type: response.headers.get('content-type') ?? '',
      disposition: response.headers.get('content-disposition') ?? '',
      bytes,
    };
  }, href ?? '');
}

describe('an order on the agreed pairs, from draft to signature', () => {
  let orderUrl = '';

  it('the curator drafts it on the agreed pairs and edits a point', async () => {
    const context = await run.browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'ru-RU' });
    const page = await context.newPage();
    await signIn(page, run.url, 'curator');
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Приказы' }).click();
    await page.getByRole('heading', { name: 'Приказы', level: 1 }).waitFor();
    const register = page.getByRole('table', { name: 'Реестр приказов' });
    // The demo: the Regulation, the curator's and the mentors' appointments signed, a draft on the pairs;
    // and the programs' orders of this year and the last (pairs, a change, ends) signed as well.
    await expect.poll(() => register.getByText('подписан', { exact: true }).count()).toBe(3 + demoProgramOrders);
    await expect.poll(() => register.getByText('проект', { exact: true }).count()).toBe(1);
    await shot(page, '1-register');
    await expectAccessible(page, 'the register');

    // Filters live in the address.
    const filter = (name: string) => page.locator('label').filter({ hasText: new RegExp(`^${name}$`) });
    await filter('Подписаны').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('status')).toBe('signed');
    await expect.poll(() => register.getByText('проект', { exact: true }).count()).toBe(0);
    await filter('Все').click();

    await page.getByRole('button', { name: 'Создать приказ' }).click();
    const dialog = page.getByRole('dialog', { name: 'Новый приказ' });
    await dialog.getByText('Пары и группы в приказе: 3 из 3').waitFor();
    await expect.poll(() => dialog.getByText(/^Наставник: /).count()).toBe(3);
    expect(await dialog.getByRole('textbox', { name: /^Заголовок приказа/ }).inputValue()).toBe(
      'О закреплении наставнических пар и групп',
    );
    await shot(page, '2-create');
    await expectAccessible(page, 'the new order dialog');
    await dialog.getByRole('button', { name: 'Подготовить проект' }).click();
    await page.waitForURL(/\/orders\/[0-9a-f-]{36}$/);
    orderUrl = page.url();
    await page.getByRole('heading', { name: 'О закреплении наставнических пар и групп', level: 1 }).waitFor();
    const preview = page.getByRole('region', { name: 'Предпросмотр приказа' });
    await preview.getByText('ПРИКАЗЫВАЮ:').waitFor();
    await preview.getByText('Состав наставнических пар (групп)').waitFor();
    // Only the director signs; the curator is told so.
    await page.getByText('Приказ подписывает руководитель').waitFor();
    expect(await page.getByRole('button', { name: 'Подписать' }).count()).toBe(0);

    // The list of pairs can change while a draft: the text follows it.
    const links = page.getByRole('region', { name: 'Связанные записи' });
    const changeList = async (tick: boolean) => {
      await links.getByRole('button', { name: 'Изменить состав' }).click();
      const groupsDialog = page.getByRole('dialog', { name: 'Пары и группы в приказе' });
      const first = groupsDialog.getByRole('checkbox').first();
      await first.waitFor();
      expect(await first.isChecked()).toBe(!tick);
      await first.click();
      await groupsDialog.getByRole('button', { name: 'Сохранить состав' }).click();
      await groupsDialog.waitFor({ state: 'detached' });
    };
    await changeList(false);
    await links.getByText('Пары и группы: 2').waitFor();
    await expect.poll(() => preview.locator('tbody tr').count()).toBe(2);
    await changeList(true);
    await links.getByText('Пары и группы: 3').waitFor();
    await expect.poll(() => preview.locator('tbody tr').count()).toBe(3);

    // Edit point 2: the preview follows as one types; saving keeps it.
    const point = page.getByRole('textbox', { name: /^Текст пункта 2/ });
    await point.fill(editedPoint);
    await preview.getByText(`2. ${editedPoint}.`, { exact: false }).waitFor();
    await page.getByText('Есть несохранённые изменения').waitFor();
    await shot(page, '3-editor');
    await expectAccessible(page, 'the draft editor');
    // Leaving with unsaved edits asks first.
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Приказы' }).click();
    const leave = page.getByRole('dialog', { name: 'Уйти без сохранения?' });
    await leave.getByRole('button', { name: 'Остаться' }).click();
    await leave.waitFor({ state: 'detached' });
    expect(page.url()).toBe(orderUrl);
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText('Проект приказа сохранён').waitFor();
    await page.getByText('Все изменения сохранены').waitFor();
    await page.reload();
    expect(await page.getByRole('textbox', { name: /^Текст пункта 2/ }).inputValue()).toBe(editedPoint);

    // Someone else saves the draft meanwhile: this save is refused, and the page offers to reload.
    await page.evaluate(async (url) => {
      const api = url.replace(/\/orgs\//, '/api/v1/orgs/');
      const order = (await (await fetch(api)).json()) as { version: number };
      await fetch(api, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ title: 'О закреплении наставнических пар и групп', version: order.version }),
      });
    }, new URL(orderUrl).pathname);
    await page.getByRole('textbox', { name: /^Место издания/ }).fill('г. Заречный Свердловской области');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByRole('alert').filter({ hasText: 'Загрузить актуальную версию' }).waitFor();
    await page.getByRole('button', { name: 'Загрузить актуальную версию' }).click();
    await page.getByText('Все изменения сохранены').waitFor();
    expect(await page.getByRole('textbox', { name: /^Место издания/ }).inputValue()).toBe('г. Заречный');
    await context.close();
  });

  it('reads on a tablet: the text and the preview in two tabs', async () => {
    const context = await run.browser.newContext({ viewport: { width: 820, height: 1180 }, locale: 'ru-RU' });
    const page = await context.newPage();
    await signIn(page, run.url, 'curator');
    await page.goto(orderUrl);
    await page.getByRole('tab', { name: 'Текст' }).waitFor();
    await page.getByRole('textbox', { name: /^Текст пункта 1/ }).waitFor();
    await expectAccessible(page, 'the editor on a tablet');
    await page.getByRole('tab', { name: 'Как будет напечатан' }).click();
    await page.getByRole('region', { name: 'Предпросмотр приказа' }).getByText('ПРИКАЗЫВАЮ:').waitFor();
    await shot(page, '4-tablet-preview');
    await expectAccessible(page, 'the preview on a tablet');
    await page.getByRole('main').getByRole('link', { name: 'Приказы' }).click();
    await page.getByRole('table', { name: 'Реестр приказов' }).waitFor();
    await shot(page, '4-tablet-register');
    await expectAccessible(page, 'the register on a tablet');
    await context.close();
  });

  it('the director signs it; the number appears, the files are real, the pairs work', async () => {
    const context = await run.browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'ru-RU' });
    const page = await context.newPage();
    await signIn(page, run.url, 'director');
    await page.goto(orderUrl);
    await page.getByRole('button', { name: 'Подписать' }).click();
    const sign = page.getByRole('dialog', { name: 'Подписать приказ' });
    await sign.getByText('текст приказа больше нельзя будет изменить', { exact: false }).waitFor();
    await sign.getByText('пары и группы из приказа (3) начнут работу', { exact: false }).waitFor();
    await shot(page, '5-sign');
    await expectAccessible(page, 'the signing dialog');
    await sign.getByRole('button', { name: 'Подписать приказ' }).click();
    await sign.waitFor({ state: 'detached' });

    // The number and date are fixed and shown; the page is read-only now.
    const ref = page.getByText(/^№ \d+-од от \d\d\.\d\d\.\d{4}$/).first();
    await ref.waitFor();
    const refText = await ref.innerText();
    const number = (/№ (\S+)/.exec(refText) ?? [])[1] ?? '';
    expect(number).toMatch(/^\d+-од$/);
    await page.getByText('подписан', { exact: true }).first().waitFor();
    expect(await page.getByRole('textbox', { name: /^Текст пункта/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Подписать' }).count()).toBe(0);
    const preview = page.getByRole('region', { name: 'Предпросмотр приказа' });
    await preview.getByText(`№ ${number}`, { exact: true }).first().waitFor();
    await expect.poll(() => page.getByText('работает', { exact: true }).count()).toBe(3);
    await shot(page, '6-signed');
    await expectAccessible(page, 'the signed order');

    // Word: a zip (PK); PDF: %PDF with the number and the edited point in its text.
    const docx = await download(page, 'Скачать Word');
    expect(docx.type).toContain('officedocument.wordprocessingml');
    expect(docx.disposition).toContain('attachment');
    expect(String.fromCharCode(...docx.bytes.slice(0, 2))).toBe('PK');
    const pdf = await download(page, 'Скачать PDF');
    expect(pdf.type).toBe('application/pdf');
    expect(String.fromCharCode(...pdf.bytes.slice(0, 5))).toBe('%PDF-');
    if (existsSync('/usr/bin/pdftotext')) {
      const dir = mkdtempSync(path.join(tmpdir(), 'orders-e2e-'));
      const file = path.join(dir, 'order.pdf');
      writeFileSync(file, Buffer.from(pdf.bytes));
      const text = execFileSync('/usr/bin/pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(
        /\s+/g,
        ' ',
      );
      expect(text).toContain(`№ ${number}`);
      expect(text).toContain('ПРИКАЗЫВАЮ');
      expect(text).toContain('персонализированные программы наставничества на 2026/2027 учебный год');
      expect(text).not.toContain('ПРОЕКТ');
    }

    // The register shows it signed with its number.
    await page.getByRole('link', { name: 'Приказы' }).first().click();
    const register = page.getByRole('table', { name: 'Реестр приказов' });
    await register.getByText(`№ ${number}`).waitFor();

    // The pairs are working, and each card names the order.
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Пары и группы' }).click();
    const groups = page.getByRole('table', { name: 'Пары и группы' });
    await expect.poll(() => groups.getByText('работает', { exact: true }).count()).toBe(3 + demoWorkingPairs);
    await expect.poll(() => groups.getByText('все согласны', { exact: true }).count()).toBe(0);
    await page
      .locator('label')
      .filter({ hasText: /^работает/ })
      .click();
    await groups
      .getByRole('button', { name: /^Открыть: / })
      .first()
      .click();
    const card = page.getByRole('dialog', { name: /^(Пара|Группа): наставник / });
    await card.getByRole('link', { name: new RegExp(`№ ${number} от`) }).waitFor();
    await shot(page, '7-group-card');
    await expectAccessible(page, 'the group card with its order');
    await card.getByRole('link', { name: new RegExp(`№ ${number} от`) }).click();
    await page.waitForURL(orderUrl);
    await context.close();
  });

  it('refuses to sign the older draft on the same pairs, and says which pair', async () => {
    const context = await run.browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'ru-RU' });
    const page = await context.newPage();
    await signIn(page, run.url, 'director');
    await page.waitForURL(/\/orgs\/[^/]+/);
    const orgId = new URL(page.url()).pathname.split('/')[2] ?? '';
    await page.goto(`${run.url}/orgs/${orgId}/orders?status=draft`);
    const register = page.getByRole('table', { name: 'Реестр приказов' });
    await register.getByRole('link').first().click();
    await page.getByRole('button', { name: 'Подписать' }).click();
    const sign = page.getByRole('dialog', { name: 'Подписать приказ' });
    await sign.getByRole('button', { name: 'Подписать приказ' }).click();
    const refusal = sign.getByRole('alert').filter({ hasText: 'Пара (группа) не согласована' });
    await refusal.waitFor();
    await refusal.getByText(/уже действует/).waitFor();
    await shot(page, '8-refusal');
    await expectAccessible(page, 'the refusal');
    await sign.getByRole('button', { name: 'Отмена' }).click();
    await page.getByText('проект', { exact: true }).first().waitFor();
    await context.close();
  });

  it('an order cancels an earlier one when signed, and each names the other', async () => {
    const context = await run.browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'ru-RU' });
    const page = await context.newPage();
    await signIn(page, run.url, 'director');
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Приказы' }).click();
    await page.getByRole('button', { name: 'Создать приказ' }).click();
    const dialog = page.getByRole('dialog', { name: 'Новый приказ' });
    await dialog.getByRole('combobox', { name: /^Вид приказа/ }).click();
    await page.getByRole('option', { name: 'Иной приказ' }).click();
    await dialog.getByRole('textbox', { name: /^Заголовок приказа/ }).fill('Об отмене приказа о назначении куратора');
    await dialog.getByRole('combobox', { name: /^Отменяет приказ/ }).click();
    await page.getByRole('option', { name: /О назначении куратора/ }).click();
    await dialog.getByRole('button', { name: 'Подготовить проект' }).click();
    await page.getByRole('heading', { name: 'Об отмене приказа о назначении куратора', level: 1 }).waitFor();
    const links = page.getByRole('region', { name: 'Связанные записи' });
    await links.getByText('Отменяет приказ').waitFor();
    await page.getByRole('button', { name: 'Подписать', exact: true }).click();
    const sign = page.getByRole('dialog', { name: 'Подписать приказ' });
    await sign.getByText('отменяемые приказы (1) утратят силу', { exact: false }).waitFor();
    await sign.getByRole('button', { name: 'Подписать приказ' }).click();
    await sign.waitFor({ state: 'detached' });
    await page
      .getByText(/^№ \d+-од от \d\d\.\d\d\.\d{4}$/)
      .first()
      .waitFor();
    await links.getByRole('link', { name: /О назначении куратора/ }).click();
    await page.getByText('Приказ отменён').waitFor();
    await page.getByText('отменён', { exact: true }).first().waitFor();
    await page
      .getByRole('region', { name: 'Связанные записи' })
      .getByRole('link', { name: /Об отмене приказа о назначении куратора/ })
      .waitFor();
    await expectAccessible(page, 'a cancelled order');
    await context.close();
  });
});
