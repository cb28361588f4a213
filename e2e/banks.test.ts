import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, type Running, signIn, startDemoWithBrowser } from './browser.js';

let run: Running;
beforeAll(async () => {
  run = await startDemoWithBrowser();
});
afterAll(async () => {
  await run?.close();
});

describe('the curator works with the banks and the consents', () => {
  it('opens the mentee bank, a card’s consents, and is told which consent a new entry lacks', async () => {
    const context = await run.browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'ru-RU' });
    const page = await context.newPage();
    await signIn(page, run.url, 'curator');
    const nav = page.getByRole('navigation', { name: 'Разделы' });

    await nav.getByRole('link', { name: 'Банк наставляемых' }).click();
    await page.getByRole('heading', { name: 'Банк наставляемых' }).waitFor();
    const table = page.getByRole('table', { name: 'Банк наставляемых' });
    await expect.poll(() => table.getByRole('row').count()).toBeGreaterThan(3);
    await expect.poll(() => table.getByText('ищет наставника').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'mentee bank');

    // The first person in the bank has signed the consent to personal data: the card shows it.
    const first = table.getByRole('link').first();
    const name = (await first.innerText()).trim();
    await first.click();
    await page.getByRole('heading', { name }).waitFor();
    await page.getByRole('tab', { name: 'Согласия' }).click();
    await page.getByRole('heading', { name: 'Письменные согласия' }).waitFor();
    const consents = page.getByRole('table', { name: 'Письменные согласия' });
    await expect.poll(() => consents.getByText('Обработка персональных данных').count()).toBeGreaterThan(0);
    await expect.poll(() => consents.getByRole('link', { name: /^Печатная форма/ }).count()).toBeGreaterThan(0);
    await expectAccessible(page, 'staff card consents');

    // Someone without that consent cannot enter the bank, and the refusal names the consent.
    const orgId = new URL(page.url()).pathname.split('/')[2] ?? '';
    const lastName = await page.evaluate(async (org) => {
      const staff = (await (await fetch(`/api/v1/orgs/${org}/staff?limit=200`)).json()) as {
        items: { id: string; lastName: string }[];
      };
      for (const s of staff.items) {
        const list = (await (await fetch(`/api/v1/orgs/${org}/staff/${s.id}/consents`)).json()) as {
          items: { kind: string; active: boolean }[];
        };
        if (!list.items.some((c) => c.kind === 'personal-data' && c.active)) return s.lastName;
      }
      return null;
    }, orgId);
    expect(lastName).not.toBeNull();
    await nav.getByRole('link', { name: 'Банк наставляемых' }).click();
    await page.getByRole('button', { name: 'Добавить' }).click();
    const dialog = page.getByRole('dialog', { name: 'Добавить в банк наставляемых' });
    await dialog.getByRole('combobox', { name: /^Работник/ }).fill(lastName ?? '');
    await page
      .getByRole('option', { name: new RegExp(lastName ?? '') })
      .first()
      .click();
    await dialog.getByRole('combobox', { name: /^Категория/ }).click();
    await page.getByRole('option', { name: 'молодой специалист' }).click();
    await dialog.getByRole('button', { name: 'Добавить в банк' }).click();
    await dialog.getByText('Нет согласия работника').waitFor();
    await expect.poll(() => dialog.getByText('«Обработка персональных данных»').count()).toBe(1);
    await expect
      .poll(() => dialog.getByRole('link', { name: 'Открыть согласия в карточке работника' }).count())
      .toBe(1);
    await expectAccessible(page, 'consent required');
    await context.close();
  });
});
