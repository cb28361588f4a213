// `nastavnik serve`: the web server on the configured database.

import type { Env } from '../../config/env.js';
import type { Database } from '../../db/client.js';
import { ensureSessionSecret, isDemoDatabase } from '../../db/system-settings.js';
import { buildApp } from '../../http/app.js';
import { openMigrated } from '../runtime.js';

export const serveHelp = `nastavnik serve — start the web server

Environment: PORT (3000), HOST (127.0.0.1), DATA_DIR (./data), DATABASE_URL, SESSION_SECRET,
PUBLIC_URL, SMTP_URL, LOG_LEVEL. With an empty database the browser opens the set-up wizard.`;

export async function startServer(
  env: Env,
  database: Database,
  demo: boolean,
): Promise<{ url: string; stop: () => Promise<void> }> {
  const secret = await ensureSessionSecret(database.db, env.SESSION_SECRET);
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
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
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
  const { env, database } = await openMigrated();
  const demo = await isDemoDatabase(database.db);
  const { url } = await startServer(env, database, demo);
  console.log(`Наставник работает: ${url} (база: ${database.kind === 'pglite' ? env.dataDir : 'PostgreSQL'})`);
}
