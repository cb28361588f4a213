// `nastavnik demo`: the server on a fresh demo database with two schools and the demo logins.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readEnv } from '../../config/env.js';
import { claimInstallation, isDemoDatabase } from '../../db/system-settings.js';
import { demoLogins, demoPassword, seedDemo } from '../../demo/seed-demo.js';
import { setupNeeded } from '../../organizations/setup.js';
import { openMigrated } from '../runtime.js';
import { startServer } from './serve.js';

export class DemoRefused extends Error {
  override name = 'DemoRefused';
}

export async function demo(): Promise<void> {
  const explicit = Boolean(process.env.DATA_DIR || process.env.DATABASE_URL);
  const overrides = explicit ? {} : { DATA_DIR: mkdtempSync(path.join(os.tmpdir(), 'nastavnik-demo-')) };
  const env = readEnv(process.env, overrides);
  const { database } = await openMigrated(env);
  try {
    const mode = await claimInstallation(database.db, 'demo');
    if (mode === 'demo' && (await setupNeeded(database.db))) {
      console.log('Создаю демонстрационную базу…');
      await seedDemo(database.db);
    } else if (mode !== 'demo' || !(await isDemoDatabase(database.db))) {
      throw new DemoRefused(
        'Эта база не демонстрационная: демо-режим её не тронет. Укажите пустую папку DATA_DIR или запустите npm start.',
      );
    }
  } catch (error) {
    await database.close();
    throw error;
  }
  const { url } = await startServer(env, database, true);
  console.log('');
  console.log(`Наставник (демо): ${url}`);
  console.log(`База: ${database.kind === 'pglite' ? env.dataDir : 'PostgreSQL'}`);
  console.log(`Входы (пароль «${demoPassword}»):`);
  for (const d of demoLogins) console.log(`  ${d.login.padEnd(9)} — ${d.roles.join(', ')}`);
}
