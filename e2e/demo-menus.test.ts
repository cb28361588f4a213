import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, type Running, signIn, startDemoWithBrowser } from './browser.js';

let run: Running;
beforeAll(async () => {
  run = await startDemoWithBrowser();
});
afterAll(async () => {
  await run?.close();
});

const banks = ['Банк наставляемых', 'Банк наставников'];
const curatorMenu = [
  'Главная',
  'Педагогические работники',
  ...banks,
  'Подбор пар',
  'Пары и группы',
  'Программы',
  'Сетевое наставничество',
  'Приказы',
  'Анкеты',
  'Затруднения',
  'Организация',
  'Журнал изменений',
];
const participantMenu = ['Главная', ...banks, 'Пары и группы', 'Программы', 'Анкеты', 'Затруднения', 'Организация'];
const menus: Record<string, { org: string; items: string[] }> = {
  director: { org: 'МАОУ СОШ № 1', items: [...curatorMenu, 'Пользователи', 'API-токены'] },
  curator: { org: 'МАОУ СОШ № 1', items: curatorMenu },
  mentor: { org: 'МАОУ СОШ № 1', items: participantMenu },
  mentee: { org: 'МАОУ СОШ № 1', items: participantMenu },
  curator2: { org: 'МБОУ Гимназия № 2', items: curatorMenu },
  observer: { org: 'УО Заречного округа', items: ['Главная', 'Организация'] },
};

describe('each demo login sees its own menu', () => {
  for (const [login, expected] of Object.entries(menus)) {
    it(login, async () => {
      const context = await run.browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'ru-RU' });
      const page = await context.newPage();
      await signIn(page, run.url, login);
      const nav = page.getByRole('navigation', { name: 'Разделы' });
      await nav.getByRole('link').first().waitFor();
      const items = (await nav.getByRole('link').allInnerTexts()).map((s) => s.trim());
      expect(items).toEqual(expected.items);
      await expect.poll(() => page.getByText(expected.org).count()).toBeGreaterThan(0);
      if (login === 'observer') {
        // The municipality's figures: both schools, counts only.
        await expect.poll(() => page.getByText('МБОУ Гимназия № 2').count()).toBeGreaterThan(0);
        await expectAccessible(page, 'observer home');
      }
      await context.close();
    });
  }

  it('keeps school 1 out of reach for curator2, in the browser as in the API', async () => {
    const context = await run.browser.newContext({ locale: 'ru-RU' });
    const page = await context.newPage();
    await signIn(page, run.url, 'curator');
    const school1 = await page.evaluate(
      async () =>
        ((await (await fetch('/api/v1/me')).json()) as { memberships: { orgId: string }[] }).memberships[0]?.orgId,
    );
    await context.clearCookies();
    await signIn(page, run.url, 'curator2');
    const status = await page.evaluate(async (orgId) => (await fetch(`/api/v1/orgs/${orgId}/staff`)).status, school1);
    expect(status).toBe(404);
    await page.goto(`${run.url}/orgs/${school1}/staff`);
    await expect.poll(() => page.getByText('Страница не найдена').count()).toBeGreaterThan(0);
    await context.close();
  });
});
