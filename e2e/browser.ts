// Browser journeys: the real server (built web UI, demo data on a fresh embedded database) on a
// free port, driven by Debian's Chromium through playwright-core, with axe checking each page.
import type { AddressInfo } from 'node:net';
import { AxeBuilder } from '@axe-core/playwright';
import type { FastifyInstance } from 'fastify';
import { type Browser, chromium, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { readEnv } from '../src/config/env.js';
import { type Database, openDatabase } from '../src/db/client.js';
import { migrateDatabase } from '../src/db/migrate.js';
import { seedDemo } from '../src/demo/seed-demo.js';
import { buildApp } from '../src/http/app.js';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Running {
  url: string;
  browser: Browser;
  database: Database;
  app: FastifyInstance;
  close(): Promise<void>;
}

export async function startDemoWithBrowser(): Promise<Running> {
  const database = await openDatabase({});
  await migrateDatabase(database);
  await seedDemo(database.db);
  const app = await buildApp(
    {
      db: database.db,
      dbKind: database.kind,
      env: readEnv({}, { DATA_DIR: '/tmp/unused', LOG_LEVEL: 'silent' }),
      session: { secret: 'browser-secret-browser-secret-browser', ttlHours: 2 },
      demo: true,
    },
    { validateResponses: true },
  );
  await app.listen({ port: 0, host: '127.0.0.1' });
  const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  return {
    url,
    browser,
    database,
    app,
    async close() {
      await browser.close();
      await app.close();
      await database.close();
    },
  };
}

/** Runs axe on the page; serious and critical violations fail the test with their details. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  // Colours measured in the middle of a fade (a dialog opening or closing) are not the page's own.
  await page
    .waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, {
      timeout: 3000,
    })
    .catch(() => undefined);
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(bad, `accessibility on ${where}`).toEqual([]);
}

export async function signIn(page: Page, url: string, login: string, password = 'demo'): Promise<void> {
  await page.goto(`${url}/login`);
  await page.getByLabel('Логин', { exact: true }).fill(login);
  await page.getByLabel('Пароль', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Войти' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}
