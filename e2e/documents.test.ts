// The director's papers beyond orders: the organization's pay for mentoring, a mentor's own pay and
// supplementary agreement (art. 351.8) from a group's card, and consent forms, filled and blank.
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

// DOCUMENTS_SHOTS=folder keeps screenshots of each step, to look at the screens by eye.
const shots = process.env.DOCUMENTS_SHOTS;
async function shot(page: Page, name: string) {
  if (shots) await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
}

/** Downloads a link's file in the page's session: its status and media type. */
async function fetched(page: Page, href: string | null) {
  expect(href).not.toBeNull();
  const res = await page.request.get(new URL(href ?? '', page.url()).toString());
  return { status: res.status(), type: res.headers()['content-type'] ?? '', size: (await res.body()).length };
}

describe('documents for signature', () => {
  it('sets the pay, prints a mentor’s agreement and consent forms', async () => {
    const context = await run.browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'ru-RU' });
    const page = await context.newPage();
    await signIn(page, run.url, 'director');
    const nav = page.getByRole('navigation', { name: 'Разделы' });

    // The organization's pay for mentoring, stated by every agreement without a mentor's own.
    await nav.getByRole('link', { name: 'Организация' }).click();
    await page.getByRole('button', { name: 'Изменить' }).click();
    await page.getByRole('heading', { name: 'Оплата наставничества (ст. 351.8 ТК РФ)' }).waitFor();
    await page.getByRole('textbox', { name: 'Размер доплаты, руб.' }).fill('3000');
    await page.getByRole('textbox', { name: 'Условия выплаты' }).fill('ежемесячно вместе с заработной платой');
    await shot(page, '1-org-pay');
    await expectAccessible(page, 'organization form with pay');
    await page
      .getByRole('textbox', { name: 'Региональные и муниципальные акты в приказах' })
      .fill('Приказ Министерства образования области от 01.02.2023 № 100-Д\n\n');
    await page.getByRole('button', { name: 'Сохранить' }).click();
    await page.getByText('Сведения об организации сохранены').waitFor();
    // The details show both, and the acts are what orders will cite.
    await page.getByText('3000 руб. в месяц; ежемесячно вместе с заработной платой').waitFor();
    await page.getByText('Приказ Министерства образования области от 01.02.2023 № 100-Д').waitFor();

    // A group's card: the agreement with the organization's pay, then the mentor's own.
    await nav.getByRole('link', { name: 'Пары и группы' }).click();
    const groups = page.getByRole('table', { name: 'Пары и группы' });
    await groups
      .getByRole('button', { name: /^Открыть: / })
      .first()
      .click();
    const card = page.getByRole('dialog', { name: /^(Пара|Группа): наставник / });
    await card.getByRole('heading', { name: 'Документы' }).waitFor();
    await card.getByText('3 000 руб. в месяц').waitFor();
    await card.getByText('(по настройке организации)').waitFor();
    await card.getByRole('button', { name: 'Изменить оплату' }).click();
    await card.getByRole('textbox', { name: 'Размер доплаты, руб.' }).fill('4500');
    await card.locator('label', { hasText: 'за весь срок' }).click();
    await card.getByRole('button', { name: 'Сохранить' }).click();
    await card.getByText('4 500 руб. за весь срок').waitFor();
    await card.getByText('(назначена этому наставнику)').waitFor();
    await shot(page, '2-group-documents');
    await expectAccessible(page, 'group card documents');
    for (const name of ['Соглашение (Word)', 'Соглашение (PDF)']) {
      const file = await fetched(page, await card.getByRole('link', { name }).getAttribute('href'));
      expect(file.status, name).toBe(200);
      expect(file.size, name).toBeGreaterThan(5000);
    }
    await card.getByRole('button', { name: 'Закрыть' }).first().click();

    // A staff card's consents: the recorded form as PDF, and blank forms of every kind.
    await nav.getByRole('link', { name: 'Банк наставников' }).click();
    await page.getByRole('table', { name: 'Банк наставников' }).getByRole('link').first().click();
    await page.getByRole('tab', { name: 'Согласия' }).click();
    const consents = page.getByRole('table', { name: 'Письменные согласия' });
    const pdf = consents.getByRole('link', { name: /^Согласие в PDF: / }).first();
    const recorded = await fetched(page, await pdf.getAttribute('href'));
    expect(recorded).toMatchObject({ status: 200, type: 'application/pdf' });
    await page.getByRole('button', { name: 'Бланк для подписи' }).click();
    const blank = page.getByRole('menuitem', { name: 'Назначение наставником — PDF' });
    await blank.waitFor();
    await page.waitForTimeout(300);
    await shot(page, '3-blank-forms');
    expect(await page.getByRole('menuitem').count()).toBe(8);
    const file = await fetched(page, await blank.getAttribute('href'));
    expect(file).toMatchObject({ status: 200, type: 'application/pdf' });
    await context.close();
  }, 120_000);
});
