// The baseline for bench:api: a bare Fastify route that runs the staff list's SQL through the raw
// driver, with no sign-in, tenancy, validation or presentation. Started as its own process.
import { PGlite } from '@electric-sql/pglite';
import Fastify from 'fastify';
import pg from 'pg';

const listSql = `select s.*, o.settings as org_settings
  from staff s join organizations o on o.id = s.org_id
  where s.org_id = $1 and s.archived_at is null
  order by s.sort_name, s.id limit 51`;

async function main() {
  const url = process.env.DATABASE_URL;
  let query: (text: string, params: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;
  if (url) {
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    query = (text, params) => pool.query(text, params);
  } else {
    const client = new PGlite(process.env.DATA_DIR ?? './data');
    await client.waitReady;
    query = (text, params) => client.query(text, params);
  }
  const app = Fastify();
  app.get('/bare/staff', async (request) => {
    const orgId = (request.query as { orgId: string }).orgId;
    const { rows } = await query(listSql, [orgId]);
    return { items: rows.slice(0, 50), nextCursor: null };
  });
  await app.listen({ port: Number(process.env.PORT ?? 3999), host: '127.0.0.1' });
  console.log('bare server ready');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
