import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // test/browser/ runs in Chromium (vitest.browser.config.ts).
    exclude: ['test/e2e/**', 'test/browser/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
