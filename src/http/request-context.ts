// What a request carries through the app once the hooks have run.
import type { Resolved } from '../auth/principal.js';
import type { SessionConfig } from '../auth/sessions.js';
import type { Env } from '../config/env.js';
import type { Db, DbKind } from '../db/client.js';
import type { Locale } from '../i18n/locale.js';

export interface AppDeps {
  db: Db;
  dbKind: DbKind;
  env: Env;
  session: SessionConfig;
  demo: boolean;
}

export interface RequestAuth extends Resolved {
  /** The organization whose roles were resolved (the route's :orgId), if any. */
  orgId: string | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    locale: Locale;
    auth: RequestAuth | null;
  }
  interface FastifyInstance {
    deps: AppDeps;
  }
  interface FastifyContextConfig {
    /** Reachable without signing in. */
    public?: boolean;
  }
}
