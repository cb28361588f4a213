// A change of a pair fixed by the director's order goes through a new order: the director signs
// the demo's order on pairs, a program of one of those pairs runs; the curator extends it in the
// browser — the page says the change waits for an order and links its draft; the director signs
// that draft; the program's term and history then show the change with the order's number.
import { mkdirSync } from 'node:fs';
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

const iso = (d: Date) => d.toISOString().slice(0, 10);
const ru = (isoDate: string) => isoDate.split('-').reverse().join('.');
function monthsLater(n: number): string {
  const now = new Date();
  return iso(new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + n, now.getUTCDate())));
}

// PROGRAMS_SHOTS=folder keeps screenshots of the steps, to look at them by eye.
async function shot(page: Page, name: string) {
  const folder = process.env.PROGRAMS_SHOTS;
  if (!folder) return;
  mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: `${folder}/${name}.png`, fullPage: true });
}

async function settled(page: Page) {
  await expect.poll(() => page.locator('.mantine-Notification-root').count(), { timeout: 10_000 }).toBe(0);
}

describe('a program change that needs an order', () => {
  let programPath = '';
  let orgId = '';
  const newEnd = monthsLater(9);

  it('the director signs the order on pairs and a program of one pair starts', async () => {
    const context = await run.browser.newContext({ locale: 'ru-RU' });
    const page = await context.newPage();
    await signIn(page, run.url, 'director');
    const made = await page.evaluate(
      async ({ startsOn, endsOn }) => {
        const call = async (method: string, path: string, body?: object) => {
          const res = await fetch(path, {
            method,
            headers: body ? { 'content-type': 'application/json' } : {},
            body: body ? JSON.stringify(body) : null,
          });
          return { status: res.status, json: await res.json().catch(() => null) };
        };
        const me = (await call('GET', '/api/v1/me')).json as { memberships: { orgId: string }[] };
        const org = me.memberships[0]?.orgId ?? '';
        const base = `/api/v1/orgs/${org}`;
        const drafts = (await call('GET', `${base}/orders?kind=groups&status=draft`)).json.items as {
          id: string;
          version: number;
          links: { entity: string; entityId: string }[];
        }[];
        if (!drafts[0]) return { error: 'no draft order on pairs' };
        const pairs = (await call('GET', `${base}/orders/${drafts[0].id}`)).json as (typeof drafts)[number];
        const signed = await call('POST', `${base}/orders/${pairs.id}/sign`, { version: pairs.version });
        if (signed.status !== 200) return { error: JSON.stringify(signed.json) };
        const groupId = pairs.links.find((l) => l.entity === 'group')?.entityId ?? '';
        const created = await call('POST', `${base}/programs`, {
          groupId,
          startsOn,
          endsOn,
          goals: 'Освоить приёмы формирующего оценивания на уроке',
        });
        if (created.status !== 201) return { error: JSON.stringify(created.json) };
        const program = created.json as { id: string; participants: { id: string }[] };
        for (const p of program.participants)
          await call('POST', `${base}/programs/${program.id}/transitions`, { action: 'agree', participantId: p.id });
        await call('POST', `${base}/programs/${program.id}/transitions`, { action: 'approve' });
        const started = await call('POST', `${base}/programs/${program.id}/transitions`, { action: 'start' });
        return { org, id: program.id, status: (started.json as { status: string }).status };
      },
      { startsOn: iso(new Date()), endsOn: monthsLater(6) },
    );
    expect(made).toMatchObject({ status: 'active' });
    orgId = made.org ?? '';
    programPath = `/orgs/${orgId}/programs/${made.id}`;
    await context.close();
  });

  it('the curator extends it; the page says the change waits for the draft order it links', async () => {
    const context = await run.browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'ru-RU' });
    const page = await context.newPage();
    await signIn(page, run.url, 'curator');
    await page.goto(`${run.url}${programPath}`);
    await page.getByRole('button', { name: 'Продлить', exact: true }).click();
    const extend = page.getByRole('dialog', { name: /^Продлить/ });
    await extend.getByText('вступит в силу только после подписания нового приказа', { exact: false }).waitFor();
    const field = extend.getByLabel('Новая дата окончания');
    await field.fill(ru(newEnd));
    await field.blur();
    await extend.getByLabel('Все участники согласны').check();
    await shot(page, 'change-1-dialog');
    await extend.getByRole('button', { name: 'Подтвердить' }).click();
    await extend.waitFor({ state: 'detached' });
    const notice = page.getByRole('status').filter({ hasText: 'Изменение ждёт приказа директора' });
    await notice.getByText(`Продление программы до ${ru(newEnd)}`).waitFor();
    // The term is as it was until the order is signed.
    expect(await page.getByText(ru(newEnd)).count()).toBe(1);
    await settled(page);
    await shot(page, 'change-2-waiting');
    await expectAccessible(page, 'the program with a change waiting for an order');
    await notice.getByRole('link', { name: 'Открыть проект приказа' }).click();
    await page
      .getByRole('heading', { name: /О продлении срока реализации/ })
      .first()
      .waitFor();
    await page.getByRole('link', { name: /—/ }).filter({ hasText: '—' }).first().waitFor();
    expect(await page.getByText('Продлить до', { exact: false }).count()).toBeGreaterThan(0);
    await shot(page, 'change-3-draft');
    await expectAccessible(page, 'the draft order on the extension');
    await context.close();
  });

  it('the director signs the draft; the program runs to the new end and its history names the order', async () => {
    const context = await run.browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'ru-RU' });
    const page = await context.newPage();
    await signIn(page, run.url, 'director');
    // The home page says what waits for the director's signature, with the way to the draft.
    const attention = page.getByRole('region', { name: 'Программы: что требует внимания' });
    await attention.getByText('Изменения ждут подписания приказа (1)').waitFor();
    await shot(page, 'change-3b-director-home');
    await attention.getByRole('link', { name: 'проект приказа' }).click();
    await page.getByRole('button', { name: 'Подписать' }).click();
    const sign = page.getByRole('dialog', { name: 'Подписать приказ' });
    await sign.getByText('изменения программ наставничества, которые ждут этого приказа', { exact: false }).waitFor();
    await sign.getByRole('button', { name: 'Подписать приказ' }).click();
    await sign.waitFor({ state: 'detached' });
    const number = await page.evaluate(
      async ({ org }) => {
        const res = await fetch(`/api/v1/orgs/${org}/orders?kind=program-change&status=signed`);
        const body = (await res.json()) as { items: { number: string }[] };
        return body.items[0]?.number ?? '';
      },
      { org: orgId },
    );
    expect(number).toMatch(/^\d+-од$/);
    await page.goto(`${run.url}${programPath}`);
    await page
      .getByText(`— ${ru(newEnd)}`, { exact: false })
      .first()
      .waitFor();
    expect(await page.getByText('Изменение ждёт приказа директора').count()).toBe(0);
    await page.getByRole('tab', { name: 'История' }).click();
    await page.getByText(`№ ${number}`, { exact: false }).first().waitFor();
    await page.getByText('Изменение ждёт приказа', { exact: true }).first().waitFor();
    await shot(page, 'change-4-history');
    await context.close();
  });

  it('the curator records the results in «Итоги»; the completion report is there to download', async () => {
    const context = await run.browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'ru-RU' });
    const page = await context.newPage();
    await signIn(page, run.url, 'curator');
    await page.goto(`${run.url}${programPath}?tab=outcome`);
    await page.getByText('Документы программы').waitFor();
    const results = 'Уроки выстроены по этапам, оценивание стало понятным ученикам';
    await page.getByLabel('Достигнутые результаты').fill(results);
    const mine = page.getByLabel(/^Самооценка: .*\(наставляемый\)/).first();
    await mine.fill('Научился давать ученикам понятные критерии');
    await page.getByRole('button', { name: 'Сохранить итоги' }).click();
    await page.getByText('Итоги сохранены').waitFor();
    await shot(page, 'change-5-outcome');
    await settled(page);
    await expectAccessible(page, 'the results tab');
    const report = await page.evaluate(
      async (path) => {
        const res = await fetch(`/api/v1${path}/report.docx`);
        return {
          status: res.status,
          type: res.headers.get('content-type') ?? '',
          size: (await res.arrayBuffer()).byteLength,
        };
      },
      programPath.replace(/^\//, '/'),
    );
    expect(report.status).toBe(200);
    expect(report.type).toContain('wordprocessingml');
    expect(report.size).toBeGreaterThan(1000);
    await context.close();
  });

  it('an order on ended programs picks a completed program of the demo and says it was carried out in full', async () => {
    const context = await run.browser.newContext({ viewport: { width: 1366, height: 900 }, locale: 'ru-RU' });
    const page = await context.newPage();
    await signIn(page, run.url, 'curator');
    await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Приказы' }).click();
    await page.getByRole('button', { name: 'Создать приказ' }).click();
    const dialog = page.getByRole('dialog', { name: 'Новый приказ' });
    await dialog.getByRole('combobox', { name: /^Вид приказа/ }).click();
    await page.getByRole('option', { name: 'О завершении программ' }).click();
    await dialog.getByLabel('Программы', { exact: true }).click();
    await page
      .getByRole('option', { name: /\(завершена\)$/ })
      .first()
      .click();
    await dialog.getByRole('button', { name: 'Подготовить проект' }).click();
    await page
      .getByRole('heading', { name: 'О завершении персонализированных программ наставничества', level: 1 })
      .waitFor();
    await page.getByRole('region', { name: 'Связанные записи' }).getByText('Программы (1)').waitFor();
    expect(
      await page.getByText('в связи с выполнением плана мероприятий в полном объёме', { exact: false }).count(),
    ).toBeGreaterThan(0);
    await context.close();
  });
});
