import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, type Running, signIn, startDemoWithBrowser } from './browser.js';

let run: Running;
beforeAll(async () => {
  run = await startDemoWithBrowser();
});
afterAll(async () => {
  await run?.close();
});

describe('the curator keeps the staff registry', () => {
  it('signs in, finds the list, adds a person and sees the change in the history', async () => {
    const context = await run.browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'ru-RU' });
    const page = await context.newPage();
    await page.goto(run.url);
    await page.waitForURL(/\/login/);
    await expectAccessible(page, 'login');

    await signIn(page, run.url, 'curator');
    await page
      .getByRole('navigation', { name: 'Разделы' })
      .getByRole('link', { name: 'Педагогические работники' })
      .click();
    await expect.poll(() => page.getByRole('row').count()).toBeGreaterThan(20);
    await expectAccessible(page, 'staff list');

    await page
      .getByRole('link', { name: 'Добавить' })
      .or(page.getByRole('button', { name: 'Добавить' }))
      .first()
      .click();
    await page.getByRole('textbox', { name: /^Фамилия/ }).fill('Журавлёва');
    await page.getByRole('textbox', { name: /^Имя/ }).fill('Алёна');
    await page.getByRole('textbox', { name: /^Отчество/ }).fill('Игоревна');
    await page
      .getByLabel(/^Должность/)
      .first()
      .fill('Учитель биологии');
    await expectAccessible(page, 'staff form');
    await page.getByRole('button', { name: 'Добавить' }).last().click();

    await page.getByRole('heading', { name: /Журавлёва/ }).waitFor();
    await page.getByRole('tab', { name: 'История изменений' }).click();
    await expect.poll(() => page.getByText('Журавлёва').count()).toBeGreaterThan(1);
    await expectAccessible(page, 'staff card history');

    // The search reads «е» for «ё».
    await page
      .getByRole('navigation', { name: 'Разделы' })
      .getByRole('link', { name: 'Педагогические работники' })
      .click();
    await page.getByLabel('Поиск по работникам').fill('журавлева');
    await expect.poll(() => page.getByRole('row', { name: /Журавлёва Алёна/ }).count()).toBe(1);
    await context.close();
  });
});
