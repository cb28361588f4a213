// bench:api — the authenticated staff list (50 items) under autocannon with 50 connections,
// against a bare route running the same SQL through the raw driver, in the same run, on PGlite
// and on PostgreSQL. Prints req/s, p99, the ratio, the server's memory and the restart time.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';

const root = fileURLToPath(new URL('../..', import.meta.url));
const duration = Number(process.env.BENCH_SECONDS ?? 10);
const connections = 50;

interface Server {
  child: ChildProcess;
  url: string;
  startMs: number;
  stop(): Promise<void>;
}

async function waitFor(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`timed out waiting for ${url}`);
}

async function start(
  script: string,
  args: string[],
  env: Record<string, string>,
  port: number,
  probe: string,
): Promise<Server> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [path.join(root, script), ...args], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(url + probe, child, 180_000);
  const startMs = performance.now() - t0;
  return {
    child,
    url,
    startMs,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

function rssMb(pid: number | undefined): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: Math.round(kb('VmRSS') / 1024), peak: Math.round(kb('VmHWM') / 1024) };
}

async function load(url: string, headers: Record<string, string> = {}) {
  const result = await autocannon({ url, connections, duration, headers });
  if (result.non2xx > 0 || result.errors > 0)
    throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p99: result.latency.p99 };
}

async function signIn(url: string): Promise<{ cookie: string; orgId: string }> {
  const login = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: 'curator', password: 'demo' }),
  });
  const cookie = String(login.headers.get('set-cookie')).split(';')[0] as string;
  const me = (await login.json()) as { memberships: { orgId: string }[] };
  return { cookie, orgId: me.memberships[0]?.orgId as string };
}

async function benchBackend(label: string, env: Record<string, string>) {
  const port = 3400 + Math.floor(Math.random() * 500);
  // The demo fills the database; then the server is started again on the same data, as a school
  // restarts it, and that process (startup time, memory under load) is what is measured.
  const seeding = await start('dist/src/main.js', ['demo'], env, port, '/api/health');
  await seeding.stop();
  const app = await start('dist/src/main.js', ['serve'], env, port, '/api/health');
  const restartMs = app.startMs;
  const { cookie, orgId } = await signIn(app.url);
  const listUrl = `${app.url}/api/v1/orgs/${orgId}/staff?limit=50`;
  const check = (await (await fetch(listUrl, { headers: { cookie } })).json()) as { items: unknown[] };
  if (check.items.length !== 50) throw new Error(`expected 50 items, got ${check.items.length}`);
  await load(listUrl, { cookie }); // warm-up pass is not counted
  const full = await load(listUrl, { cookie });
  const memory = rssMb(app.child.pid);
  await app.stop();

  const bare = await start('dist/bench/bare-server.js', [], env, port + 1, `/bare/staff?orgId=${orgId}`);
  await load(`${bare.url}/bare/staff?orgId=${orgId}`);
  const baseline = await load(`${bare.url}/bare/staff?orgId=${orgId}`);
  await bare.stop();
  return { label, full, baseline, memory, restartMs };
}

async function freshPostgres(): Promise<string | null> {
  const base = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const admin = new pg.Client({ connectionString: base });
  try {
    await admin.connect();
  } catch {
    return null;
  }
  const name = 'nastavnik_bench';
  await admin.query(`drop database if exists ${name} with (force)`);
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

async function main() {
  const rows = [];
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'nastavnik-bench-'));
  try {
    rows.push(await benchBackend('PGlite', { DATA_DIR: dataDir }));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  const pgUrl = await freshPostgres();
  if (pgUrl) rows.push(await benchBackend('PostgreSQL', { DATABASE_URL: pgUrl }));
  else console.log('PostgreSQL is not reachable: skipped (set BENCH_DATABASE_URL)');

  console.log(
    `\nbench:api — GET /api/v1/orgs/{orgId}/staff?limit=50 as the demo curator, ${connections} connections, ${duration} s`,
  );
  console.log('backend     | app req/s | app p99 ms | bare req/s | bare p99 ms | ratio | RSS MB (peak) | restart ms');
  for (const r of rows) {
    const ratio = r.full.rps / r.baseline.rps;
    console.log(
      [
        r.label.padEnd(11),
        r.full.rps.toFixed(0).padStart(9),
        String(r.full.p99).padStart(10),
        r.baseline.rps.toFixed(0).padStart(10),
        String(r.baseline.p99).padStart(11),
        ratio.toFixed(2).padStart(5),
        `${r.memory.rss} (${r.memory.peak})`.padStart(13),
        r.restartMs.toFixed(0).padStart(10),
      ].join(' | '),
    );
  }
  console.log('targets: ratio ≥ 0.70 on PostgreSQL; app p99 ≤ 50 ms; restart ≤ 2000 ms; RSS ≤ 400 MB');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
