// A new version of the service worker, served the way Workbox tests it (the same build with
// sw.js bytes changed between loads), is announced and applied only between scans. Found
// while a verdict is on screen, it waits however long the verdict stays; after it, the kiosk
// applies it by itself once quiet, or at once on the guard's tap. The page then reloads
// under the new worker.
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { checkInTyped, completeStandaloneSetup, openAdmin } from './support/admin-steps';
import { kioskData } from './support/kiosk-data';

const OUT = process.env.E2E_OUT ?? 'dist';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
  '.json': 'application/json',
};

/** Serves the build, with a version comment appended to sw.js that the test can change. */
function serveBuild(): Promise<{
  server: Server;
  origin: string;
  bumpVersion: () => void;
}> {
  let version = 1;
  const server = createServer(async (req, res) => {
    const path = normalize(
      decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname),
    ).replace(/^(\.\.[/\\])+/, '');
    const file = join(OUT, path.endsWith('/') ? `${path}index.html` : path);
    try {
      let body: Buffer = await readFile(file);
      if (path === '/sw.js')
        body = Buffer.concat([body, Buffer.from(`\n// test build ${version}\n`)]);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, origin: `http://127.0.0.1:${port}`, bumpVersion: () => version++ });
    }),
  );
}

let site: Awaited<ReturnType<typeof serveBuild>>;
test.beforeAll(async () => {
  site = await serveBuild();
});
test.afterAll(() => new Promise<void>((resolve) => site.server.close(() => resolve())));

/** A reload loses this marker, so its presence shows the page has not reloaded. */
const setMarker = (page: Page) =>
  page.evaluate(() => ((window as unknown as { marker: string }).marker = 'before'));
const marker = (page: Page) =>
  page.evaluate(() => (window as unknown as { marker?: string }).marker);

/** A review verdict stays two minutes, so a slow machine cannot see it time out mid-test. */
async function keepVerdictsUp(page: Page): Promise<void> {
  await openAdmin(page);
  await page.getByRole('tab', { name: 'Cài đặt' }).click();
  const field = page.getByLabel('Quay lại màn hình quét sau kết quả khác (giây)');
  await field.fill('120');
  await field.press('Enter');
  await expect(page.getByText('Đã lưu')).toBeVisible();
  await page.getByTestId('admin-close').click();
}

/** Set up, controlled by the first worker; then a second worker is published and found. */
async function kioskWithUpdateWaiting(
  page: Page,
  duringVerdict: (() => Promise<void>) | null,
): Promise<void> {
  const data = kioskData();
  await page.goto(`${site.origin}/`);
  await completeStandaloneSetup(page, data);
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
  if (duringVerdict) await keepVerdictsUp(page);
  await setMarker(page);
  if (duringVerdict) await checkInTyped(page, data.code('unsigned')); // a review verdict
  site.bumpVersion();
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
  await expect
    .poll(() =>
      page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting),
    )
    .toBe(true);
  if (duringVerdict) await duringVerdict();
}

async function expectNewWorkerInCharge(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: 'Quản lý' })).toBeVisible();
  expect(await marker(page)).toBeUndefined();
  const after = await page.evaluate(async () => {
    const registration = (await navigator.serviceWorker.getRegistration())!;
    return {
      waiting: !!registration.waiting,
      active: registration.active?.state,
      controlled: !!navigator.serviceWorker.controller,
    };
  });
  expect(after).toEqual({ waiting: false, active: 'activated', controlled: true });
  await expect(page.getByTestId('update-banner')).toHaveCount(0);
  // Only our own caches, of this cache version.
  const names = await page.evaluate(() => caches.keys());
  expect(names.length).toBeGreaterThan(0);
  expect(names.every((n) => n.startsWith('kiosk-') && n.includes('-v1-'))).toBe(true);
}

test('found during a verdict, an update waits however long it stays, then applies itself once quiet', async ({
  page,
}) => {
  await page.clock.install();
  await kioskWithUpdateWaiting(page, async () => {
    // Far past the quiet time: were the verdict not holding it, the update would apply now.
    await page.clock.fastForward('05:00');
    await expect(page.locator('.verdict')).toBeVisible();
    expect(await marker(page)).toBe('before');
  });
  await page.locator('.verdict').getByRole('button', { name: 'Cho vào' }).click();
  await expect(page.locator('.verdict')).toHaveCount(0);
  await expect(page.getByTestId('update-banner')).toContainText('Có phiên bản mới của kiosk.');
  await page.clock.fastForward('00:20');
  expect(await marker(page)).toBe('before');

  await Promise.all([page.waitForEvent('load'), page.clock.fastForward('00:15')]);
  await expectNewWorkerInCharge(page);
});

test("the guard's tap on the banner applies a waiting update at once", async ({ page }) => {
  await kioskWithUpdateWaiting(page, null);
  const banner = page.getByTestId('update-banner');
  await expect(banner).toContainText('Có phiên bản mới của kiosk.');
  expect(await marker(page)).toBe('before');
  await Promise.all([
    page.waitForEvent('load'),
    banner.getByRole('button', { name: 'Cập nhật ngay' }).click(),
  ]);
  await expectNewWorkerInCharge(page);
});

test('an update waits while "Nhập mã" or "Ghi thủ công" is open: what the guard typed stays', async ({
  page,
}) => {
  await page.clock.install();
  await kioskWithUpdateWaiting(page, null);
  await page.getByRole('button', { name: 'Nhập mã' }).click();
  const code = page.getByLabel('Nội dung mã QR');
  await code.fill('HC1:6BFOXN… typed by the guard');
  // Far past the quiet time an update waits for: the dialog holds it as a verdict does.
  await page.clock.fastForward('05:00');
  expect(await marker(page)).toBe('before');
  await expect(code).toHaveValue('HC1:6BFOXN… typed by the guard');

  await page.getByRole('button', { name: 'Hủy' }).click();
  await page.getByRole('button', { name: 'Ghi thủ công' }).click();
  await page.getByLabel('Họ và tên').fill('Nguyễn Văn An');
  await page.clock.fastForward('05:00');
  expect(await marker(page)).toBe('before');
  await expect(page.getByLabel('Họ và tên')).toHaveValue('Nguyễn Văn An');

  // Closed, the kiosk is quiet again: the update applies itself after the quiet time.
  await page.getByRole('button', { name: 'Hủy' }).click();
  await page.clock.fastForward('00:20');
  expect(await marker(page)).toBe('before');
  await Promise.all([page.waitForEvent('load'), page.clock.fastForward('00:15')]);
  await expectNewWorkerInCharge(page);
});
