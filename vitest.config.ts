import { existsSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

// Three kinds of tests: pure unit tests; tests against a real database (PGlite always, and
// PostgreSQL too when TEST_DATABASE_URL is set); browser journeys through the built UI.
const dbProject = (name: 'pglite' | 'postgres') => ({
  test: {
    name,
    include: ['src/**/*.db.test.ts', 'test/**/*.db.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    env: { TEST_DB: name },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

const browserProject = {
  test: {
    name: 'browser',
    include: ['e2e/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // A busy machine (CI runs the database projects alongside) may take more than a second to
    // re-render; a poll fails only when the page really does not get there.
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
};

// Browser journeys need Debian's Chromium (CI installs it). Without it they are left out with a
// message, so `npm test` still runs everything else on a machine that has only Node.js.
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const browserTests = existsSync(chromium);
if (!browserTests) {
  console.warn(`Browser tests left out: no Chromium at ${chromium} (apt-get install chromium, or set CHROMIUM_PATH).`);
}

export default defineConfig({
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'bench/**/*.test.ts', 'web/src/**/*.test.ts'],
          exclude: ['src/**/*.db.test.ts'],
        },
      },
      dbProject('pglite'),
      ...(process.env.TEST_DATABASE_URL ? [dbProject('postgres')] : []),
      ...(browserTests ? [browserProject] : []),
    ],
  },
});
