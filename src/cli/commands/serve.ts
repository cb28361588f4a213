// `nastavnik serve`: the web server on the configured database.
import { type Env, readEnv } from '../../config/env.js';
import type { Database } from '../../db/client.js';
import { claimInstallation, ensureSessionSecret, isDemoDatabase } from '../../db/system-settings.js';
import { startReminders } from '../../mail/start-reminders.js';
import { openMigrated } from '../runtime.js';

export async function startServer(
  env: Env,
  database: Database,
  demo: boolean,
): Promise<{ url: string; stop: () => Promise<void> }> {
  const secret = await ensureSessionSecret(database.db, env.SESSION_SECRET);
  const { buildApp } = await import('../../http/app.js');
  const app = await buildApp(
    {
      db: database.db,
      dbKind: database.kind,
      env,
      session: { secret, ttlHours: env.SESSION_TTL_HOURS },
      demo,
    },
    { logger: env.LOG_LEVEL === 'silent' ? false : { level: env.LOG_LEVEL } },
  );
  const address = await app.listen({ port: env.PORT, host: env.HOST });
  const url = env.PUBLIC_URL ?? address.replace('://127.0.0.1', '://localhost');
  // E-mail reminders with SMTP_URL; never from a demo, whose people and addresses are made up.
  const reminders = demo ? null : startReminders(database.db, env, url, app.log);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await reminders?.stop();
    await app.close();
    await database.close();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    });
  }
  return { url, stop };
}

export async function serve(): Promise<void> {
  // The web layer loads while the embedded database starts, so a restart answers sooner.
  const opening = openMigrated(readEnv());
  const [{ env, database }] = await Promise.all([opening, import('../../http/app.js')]);
  await claimInstallation(database.db, 'standard');
  const demo = await isDemoDatabase(database.db);
  const { url } = await startServer(env, database, demo);
  console.log(`Наставник работает: ${url} (база: ${database.kind === 'pglite' ? env.dataDir : 'PostgreSQL'})`);
}
