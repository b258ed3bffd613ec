// The built PWA: it loads, registers its service worker, and reloads offline from the cache.
import { expect, test } from '@playwright/test';

test('the kiosk shell loads, registers its service worker and works offline', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await expect(page.locator('#app')).not.toBeEmpty();
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('#app')).not.toBeEmpty();
});
