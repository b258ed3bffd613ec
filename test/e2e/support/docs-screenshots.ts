// The pictures in README.md and docs/ are taken by the end-to-end tests that show each screen:
// every run keeps them as test output, and a run with UPDATE_DOCS_SCREENSHOTS=1 also copies
// them into docs/screenshots, so the docs show what the tests saw. To regenerate them all:
//   UPDATE_DOCS_SCREENSHOTS=1 E2E_PORT=… E2E_OUT=… npx playwright test kiosk-layout kiosk-scan
import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { test, type Page } from '@playwright/test';

const DOCS = resolve(import.meta.dirname, '../../../docs/screenshots');

/** A screenshot of `page` as test output named `name`; with the flag, docs/screenshots/`docsName` too. */
export async function keepScreenshot(page: Page, name: string, docsName?: string): Promise<void> {
  const path = test.info().outputPath(`${name}.png`);
  await page.screenshot({ path });
  if (docsName && process.env.UPDATE_DOCS_SCREENSHOTS) {
    mkdirSync(DOCS, { recursive: true });
    copyFileSync(path, join(DOCS, `${docsName}.png`));
  }
}
