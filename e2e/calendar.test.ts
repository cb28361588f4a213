import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, type Running, signIn, startDemoWithBrowser } from './browser.js';

let run: Running;
beforeAll(async () => {
  run = await startDemoWithBrowser();
});
afterAll(async () => {
  await run?.close();
});

describe('a personal calendar of activities', () => {
  it('is issued on the profile page, read by a calendar application, and turned off', async () => {
    const context = await run.browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'ru-RU' });
    const page = await context.newPage();
    await signIn(page, run.url, 'mentor');
    await page.goto(`${run.url}/profile`);
    await page.getByRole('heading', { name: 'Календарь мероприятий' }).waitFor();
    await page.getByRole('button', { name: 'Получить адрес календаря' }).click();
    const address = await page.getByRole('textbox', { name: 'Адрес для подписки' }).inputValue();
    expect(address).toMatch(/\/api\/v1\/calendar\/cal_[\w-]+\.ics$/);
    await expectAccessible(page, 'calendar address');

    // A calendar application has no session: the secret address alone opens the feed.
    const feed = await fetch(address);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toContain('text/calendar');
    expect(await feed.text()).toMatch(/^BEGIN:VCALENDAR\r\n/);

    await page.getByRole('button', { name: 'Отключить календарь' }).click();
    await page.getByRole('button', { name: 'Получить адрес календаря' }).waitFor();
    expect((await fetch(address)).status).toBe(404);
    await context.close();
  });
});
