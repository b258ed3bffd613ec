// Offline after one online load: every file of the build is in the precache (the QR reader's
// WebAssembly too), and with the network gone a reload still starts the kiosk, which reads a
// code from the camera with ZXing-C++, verifies and logs it.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { checkInTyped, completeStandaloneSetup, dismissVerdict } from './support/admin-steps';
import { launchChromium } from './support/chromium';
import { kioskData } from './support/kiosk-data';
import { codeVideo } from './support/y4m';

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
  expect(expected.some((f) => /zxing_reader.*\.wasm$/.test(f))).toBe(true);
  expect(expected).toContain('index.html');
  expect(expected).toContain('third-party-notices.txt');
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
  // The licences of what the kiosk ships, ZXing-C++ among them, readable offline too.
  const notices = await page.evaluate(() => fetch('third-party-notices.txt').then((r) => r.text()));
  expect(notices).toContain('ZXing-C++');
  expect(notices).toContain('Apache License');
  expect(notices).toMatch(/^preact \d/m);
});

/** The engine the decode worker reported ready with, once the page has one. */
async function decoderEngine(page: Page): Promise<unknown> {
  await expect
    .poll(() => page.evaluate(() => performance.getEntriesByName('kiosk:decoder-ready').length))
    .toBe(1);
  return page.evaluate(
    () => (performance.getEntriesByName('kiosk:decoder-ready')[0] as PerformanceMark).detail,
  );
}

test('after one online load the camera reads codes offline, with the precached WebAssembly reader', async ({}, testInfo) => {
  const data = kioskData();
  const video = codeVideo(testInfo.outputPath('camera.y4m'), [data.code('green')], {
    blank: 20,
    hold: 60,
  });
  const browser = await launchChromium({ video });
  try {
    const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByTestId('offline-ready')).toBeVisible();
    await completeStandaloneSetup(page, data);
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    await expect(page.locator('.verdict')).toHaveAttribute('data-tone', 'admit');
    await dismissVerdict(page);

    await context.setOffline(true);
    await page.reload();
    // Without the network the .wasm can only come from the precache; had it failed, the
    // worker would have fallen back to ZXing-js.
    expect(await decoderEngine(page)).toEqual({ engine: 'zxing-cpp' });
    // The same code again: read from the camera offline (within 10 s it is "already checked in").
    await expect(page.locator('.verdict')).toHaveAttribute('data-tone', /^(admit|duplicate)$/, {
      timeout: 15_000,
    });
    expect(
      await page.evaluate(() => performance.getEntriesByName('kiosk:first-decode').length),
    ).toBe(1);
  } finally {
    await browser.close();
  }
});
