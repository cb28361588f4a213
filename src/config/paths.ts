// Where the installed product's files are, whether running from src/ (tests) or dist/src/ (built).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg)) {
      const parsed = JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string };
      if (parsed.name === 'nastavnik') return dir;
    }
    dir = path.dirname(dir);
  }
  throw new Error('cannot find the nastavnik package root');
}

export const packageRoot = findRoot();
export const migrationsFolder = path.join(packageRoot, 'drizzle');
// WEB_DIST_DIR lets a developer serve a web build kept elsewhere (e.g. a second working copy's).
export const webDistFolder = process.env.WEB_DIST_DIR ?? path.join(packageRoot, 'dist', 'web');
