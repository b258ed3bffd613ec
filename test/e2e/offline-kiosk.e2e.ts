// Offline after one online load: every file of the build is in the precache, and with the
// network gone a reload still starts the kiosk, which verifies and logs a code.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { checkInTyped, completeStandaloneSetup } from './support/admin-steps';
import { kioskData } from './support/kiosk-data';

const OUT = process.env.E2E_OUT ?? 'dist';

/** The files the service worker must hold: the build minus source maps and itself. */
async function builtFiles(dir: string, prefix = ''): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(join(dir, prefix), { withFileTypes: true })) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...(await builtFiles(dir, path)));
    else if (!/\.map$|^sw\.js$|^workbox-.*\.js$/.test(path)) files.push(path);
  }
  return files;
}

test('after one online load the kiosk starts and checks codes with no network', async ({
  page,
  context,
}) => {
  const data = kioskData();
  await page.goto('/');
  // Said once, when the first install has cached everything.
  await expect(page.getByTestId('offline-ready')).toHaveText(
    /Kiosk đã sẵn sàng làm việc khi mất mạng\./,
  );
  await completeStandaloneSetup(page, data);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);

  // Every built file (the shell, the styles, the scanner and its decode worker) is precached.
  const cached = await page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) {
      if (!name.startsWith('kiosk-precache-')) continue;
      for (const request of await (await caches.open(name)).keys())
        urls.push(new URL(request.url).pathname.slice(1));
    }
    return urls;
  });
  const expected = await builtFiles(OUT);
  expect(expected.some((f) => /decode-worker.*\.js$/.test(f))).toBe(true);
  expect(expected).toContain('index.html');
  for (const file of expected) expect(cached, file).toContain(file);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Quản lý' })).toBeVisible();
  await expect(page.getByTestId('offline-ready')).toHaveCount(0);
  // The network really is gone for the page: anything not precached fails.
  expect(
    await page.evaluate(() =>
      fetch(`api/none-${Math.random()}`).then(
        () => 'reached',
        () => 'failed',
      ),
    ),
  ).toBe('failed');
  await checkInTyped(page, data.code('green'));
  await expect(page.locator('.verdict')).toHaveAttribute('data-tone', 'admit');
  await expect(page.locator('.verdict')).toContainText('MỜI VÀO');
});
