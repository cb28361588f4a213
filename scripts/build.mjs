// Builds what is out of date: the server (tsc → dist/) and the web UI (vite → dist/web).
// `npm start`, `npm test` and the bin call it, so a fresh clone works after `npm install` alone.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const force = process.argv.includes('--force');
const quiet = process.argv.includes('--quiet');

function newest(entries) {
  let max = 0;
  const walk = (p) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const name of readdirSync(p)) {
        if (name === 'node_modules' || name === 'dist') continue;
        walk(path.join(p, name));
      }
    } else if (st.mtimeMs > max) max = st.mtimeMs;
  };
  for (const e of entries) walk(path.join(root, e));
  return max;
}

function stampTime(name) {
  const p = path.join(root, 'dist', name);
  return existsSync(p) ? statSync(p).mtimeMs : 0;
}

function run(label, cmd, args) {
  if (!quiet) console.log(`build: ${label}…`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit' });
  if (r.status !== 0) {
    console.error(`build: ${label} failed`);
    process.exit(r.status ?? 1);
  }
}

function stamp(name) {
  mkdirSync(path.join(root, 'dist'), { recursive: true });
  writeFileSync(path.join(root, 'dist', name), new Date().toISOString());
}

const bin = (name) => path.join(root, 'node_modules', '.bin', name);

const serverSources = ['src', 'bench', 'drizzle', 'package.json', 'tsconfig.json', 'tsconfig.build.json'];
if (force || !existsSync(path.join(root, 'dist/src/main.js')) || newest(serverSources) > stampTime('.server-built')) {
  run('server (tsc)', bin('tsc'), ['-p', 'tsconfig.build.json']);
  stamp('.server-built');
}

const webSources = ['web', 'src', 'package.json'];
if (existsSync(path.join(root, 'web/vite.config.ts'))) {
  if (force || !existsSync(path.join(root, 'dist/web/index.html')) || newest(webSources) > stampTime('.web-built')) {
    run('web (vite)', bin('vite'), ['build', '--config', 'web/vite.config.ts', '--logLevel', quiet ? 'error' : 'warn']);
    stamp('.web-built');
  }
}
