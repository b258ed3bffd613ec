// The store suite again, in real Chromium: fake-indexeddb passes only part of the platform
// tests, so what the kiosk relies on (commit timing, key ranges, structured clone of a
// CryptoKey, quota errors) is checked against the real IndexedDB too. And test/browser/: the
// conformance vectors with Chromium's own WebCrypto. Debian's Chromium; no browser download.
// Run: npx vitest run --config vitest.browser.config.ts
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { playwright } from '@vitest/browser-playwright';
import { BASE_ARGS, CHROMIUM_PATH } from './test/e2e/support/chromium';

/**
 * The real-quota test first: Chromium enforces a lowered quota reliably only in an origin whose
 * storage is still fresh (after the other files have created and deleted dozens of databases
 * its usage accounting drifts and the override stops biting). The rest in the default order.
 */
class RealQuotaFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const first = (f: TestSpecification) => (f.moduleId.endsWith('real-quota.test.ts') ? 0 : 1);
    return sorted.sort((a, b) => first(a) - first(b));
  }
}

export default defineConfig({
  test: {
    include: ['test/store/**/*.test.ts', 'test/browser/**/*.test.ts'],
    testTimeout: 60_000,
    // One file at a time: all share the page's origin, and the real-quota test lowers its quota.
    fileParallelism: false,
    sequence: { sequencer: RealQuotaFirst },
    browser: {
      enabled: true,
      headless: true,
      // Several runs may share the machine: a port apart from the default, moved if taken.
      api: { port: 63391, strictPort: false },
      provider: playwright({ launchOptions: { executablePath: CHROMIUM_PATH, args: BASE_ARGS } }),
      instances: [{ browser: 'chromium' }],
      screenshotFailures: false,
    },
  },
});
