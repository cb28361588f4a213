import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, type Running, signIn, startDemoWithBrowser } from './browser.js';

let run: Running;
beforeAll(async () => {
  run = await startDemoWithBrowser();
});
afterAll(async () => {
  await run?.close();
});

describe('network mentoring', () => {
  it('school 2’s curator sees school 1’s request for a mentor and declines it with a reason', async () => {
    const context = await run.browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'ru-RU' });
    const first = await context.newPage();
    await signIn(first, run.url, 'curator');
    const school1 = await first.evaluate(async () => {
      const me = (await (await fetch('/api/v1/me')).json()) as { memberships: { orgId: string }[] };
      return me.memberships[0]?.orgId ?? '';
    });
    // School 1 proposes a pair with the network mentor of school 2 (the matching page does it the same way).
    const status = await first.evaluate(async (org) => {
      const post = (path: string, body: object) =>
        fetch(`/api/v1/orgs/${org}/${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
      const result = (await (await post('matching', { mode: 'max-coverage', crossSchool: true })).json()) as {
        proposals: { mentorId: string; menteeId: string; mentorOrgId: string }[];
      };
      const p = result.proposals.find((x) => x.mentorOrgId !== org);
      if (!p) return 0;
      return (await post('groups', { mentorId: p.mentorId, menteeIds: [p.menteeId], forms: ['virtual'] })).status;
    }, school1);
    expect(status).toBe(201);
    await context.clearCookies();

    const page = await context.newPage();
    await signIn(page, run.url, 'curator2');
    const nav = page.getByRole('navigation', { name: 'Разделы' });
    await nav.getByRole('link', { name: 'Сетевое наставничество' }).click();
    await page.getByRole('heading', { name: 'Сетевое наставничество' }).waitFor();
    const row = page.getByRole('row', { name: /МАОУ СОШ № 1/ });
    await row.waitFor();
    await expect.poll(() => row.getByText('Ждёт решения').count()).toBe(1);
    await expectAccessible(page, 'network requests');

    await row.getByRole('button', { name: /^Отклонить/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Отклонить запрос' });
    await dialog.getByRole('button', { name: 'Отклонить' }).click();
    await dialog.getByText('Укажите причину отказа').waitFor();
    await dialog.getByLabel(/Причина отказа/).fill('Наставник занят в своей школе до января');
    await dialog.getByRole('button', { name: 'Отклонить' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('label', { hasText: 'Отклонены' }).click();
    await page.getByText('Наставник занят в своей школе до января').waitFor();
    await expectAccessible(page, 'declined network requests');
    await context.close();
  });
});
