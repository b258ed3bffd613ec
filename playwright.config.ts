import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './test/e2e/support/chromium';

// Several runs may share a machine: each picks its own port and build folder.
const PORT = Number(process.env.E2E_PORT ?? 4317);
const OUT = process.env.E2E_OUT ?? 'dist';
// The sync server's data (PGlite, admin token, demo venue and code): fresh for every run, and
// deleted when the run ends. Set in the environment so that the workers, which load this file
// again, see the same folder (test/sync/support/e2e-server.ts reads it).
if (!process.env.E2E_DATA) {
  const fresh = mkdtempSync(join(tmpdir(), 'kiosk-e2e-'));
  process.env.E2E_DATA = fresh;
  process.once('exit', () => rmSync(fresh, { recursive: true, force: true }));
}
const DATA = process.env.E2E_DATA;

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.e2e.ts',
  outputDir: process.env.E2E_PORT ? `test-results/e2e-${PORT}` : 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: chromiumLaunchOptions(),
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  webServer: {
    // The real sync server serves the build, the API, /demo and /admin on one origin.
    command: `node bin/kiosk.mjs start --demo --out ${OUT} --port ${PORT} --host 127.0.0.1 --data ${DATA}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
