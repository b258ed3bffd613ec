// The kiosk screen end to end in Debian Chromium, with the fake camera fed a Y4M drawn from
// a QR at test time: verdicts from the camera, a keyboard-wedge scan, a denied camera, and
// duplicate suppression. Screenshots of each verdict at phone size are kept as test output
// (the docs' pictures of verdicts come from kiosk-layout.e2e.ts).
import { expect, test, type Browser, type Page, type TestInfo } from '@playwright/test';
import { completeStandaloneSetup } from './support/admin-steps';
import { launchChromium, type CameraOptions } from './support/chromium';
import { keepScreenshot } from './support/docs-screenshots';
import { kioskData, readEntries } from './support/kiosk-data';
import { wedgeBurst } from './support/page-input';
import { codeVideo, type HardLook } from './support/y4m';

const PHONE = { width: 360, height: 640 };
const data = kioskData();

let browser: Browser | null = null;
test.afterEach(async () => {
  await browser?.close();
  browser = null;
});

/** `breakReader`: refuse the worker's .wasm, or take module workers away from the page. */
async function openKiosk(
  testInfo: TestInfo,
  camera: CameraOptions & { code?: string; look?: HardLook; breakReader?: 'wasm' | 'worker' },
): Promise<Page> {
  const { code, look, breakReader, ...options } = camera;
  const video = code
    ? codeVideo(testInfo.outputPath('camera.y4m'), [code], {
        blank: 20,
        hold: 90,
        ...(look ? { look } : {}),
      })
    : undefined;
  browser = await launchChromium({ ...options, ...(video ? { video } : {}) });
  const context = await browser.newContext({
    viewport: PHONE,
    baseURL: test.info().project.use.baseURL,
    // No service worker, so that the routes below see every request the page's worker makes.
    ...(breakReader ? { serviceWorkers: 'block' as const } : {}),
  });
  if (breakReader === 'wasm') {
    await context.route('**/*.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
  }
  if (breakReader === 'worker') {
    await context.addInitScript(() => {
      // A browser without module workers: constructing one throws.
      (window as { Worker: unknown }).Worker = function NoWorker() {
        throw new TypeError('module workers are not supported');
      };
    });
  }
  const page = await context.newPage();
  await page.goto('/');
  await completeStandaloneSetup(page, data);
  return page;
}

const verdict = (page: Page) => page.locator('.verdict');

test('a valid signed code on the camera shows green with the right name', async ({}, testInfo) => {
  const page = await openKiosk(testInfo, { code: data.code('green') });
  await expect(verdict(page)).toHaveAttribute('data-tone', 'admit', { timeout: 15_000 });
  await expect(page.getByRole('heading', { name: 'MỜI VÀO' })).toBeVisible();
  await expect(page.getByTestId('holder-name')).toHaveText('NGUYEN LE KHA HAN');
  await expect(verdict(page)).toContainText('********9317');
  await keepScreenshot(page, 'verdict-admit');
  const entries = await readEntries(page);
  expect(entries).toHaveLength(1);
  expect(entries[0]).toMatchObject({
    verdict: 'admit',
    color: 'green',
    source: 'camera',
    maskedName: 'N. L. K. HAN',
  });
});

// ZXing-js (the kiosk's reader before ZXing-C++) reads none of these frames, with or without
// its light-on-dark and half-turned retries (test/scan/zxing-js-reader.test.ts shows it on
// the same drawing).
test('a signed code tilted 30° away and faded to 30 % contrast is read from the camera', async ({}, testInfo) => {
  const page = await openKiosk(testInfo, {
    code: data.code('green'),
    look: { tiltDeg: 30, contrast: 0.3 },
  });
  await expect(verdict(page)).toHaveAttribute('data-tone', 'admit', { timeout: 15_000 });
  await expect(page.getByTestId('holder-name')).toHaveText('NGUYEN LE KHA HAN');
  expect(await readEntries(page)).toMatchObject([{ source: 'camera', verdict: 'admit' }]);
  // Read by ZXing-C++ in the worker, not by the ZXing-js fallback.
  const engine = await page.evaluate(
    () => (performance.getEntriesByName('kiosk:decoder-ready')[0] as PerformanceMark).detail,
  );
  expect(engine).toEqual({ engine: 'zxing-cpp' });
});

// ZXing-js is one file (zxing-js-bundle) that the worker's fallback and the window's last
// resort both load: these two read a code through each path in the built kiosk.
for (const [breakReader, path] of [
  ['wasm', 'in the worker when its .wasm cannot be loaded'],
  ['worker', 'in the window when there are no module workers'],
] as const) {
  test(`ZXing-js reads a signed code ${path}`, async ({}, testInfo) => {
    const page = await openKiosk(testInfo, { code: data.code('green'), breakReader });
    await expect(verdict(page)).toHaveAttribute('data-tone', 'admit', { timeout: 20_000 });
    await expect(page.getByTestId('holder-name')).toHaveText('NGUYEN LE KHA HAN');
    const engine = await page.evaluate(
      () => (performance.getEntriesByName('kiosk:decoder-ready')[0] as PerformanceMark).detail,
    );
    expect(engine).toEqual({ engine: 'zxing-js' });
  });
}

test('a tampered code on the camera shows red', async ({}, testInfo) => {
  const page = await openKiosk(testInfo, { code: data.code('tampered') });
  await expect(verdict(page)).toHaveAttribute('data-tone', 'deny', { timeout: 15_000 });
  await expect(page.getByRole('heading', { name: 'KHÔNG HỢP LỆ' })).toBeVisible();
  await expect(verdict(page)).toContainText('Chữ ký không khớp');
  await keepScreenshot(page, 'verdict-deny');
});

test('a chip ID card shows amber, and the guard decision is what the entry records', async ({}, testInfo) => {
  const page = await openKiosk(testInfo, { code: data.code('cccd') });
  await expect(verdict(page)).toHaveAttribute('data-tone', 'review', { timeout: 15_000 });
  await expect(page.getByRole('heading', { name: 'KIỂM TRA GIẤY TỜ' })).toBeVisible();
  await expect(page.getByTestId('holder-name')).toHaveText('Nguyễn Lê Kha Hân');
  await keepScreenshot(page, 'verdict-review');
  await page.getByRole('button', { name: 'Cho vào' }).click();
  await expect(verdict(page)).toHaveCount(0);
  await expect.poll(async () => (await readEntries(page))[0]?.decision).toBe('admit');
  expect((await readEntries(page))[0]).toMatchObject({
    format: 'cccd',
    verdict: 'review',
    decision: 'admit',
  });
});

test('a keyboard-wedge scanner burst is one scan, and the same code again is not a second entry', async ({}, testInfo) => {
  const page = await openKiosk(testInfo, { camera: 'none' });
  await expect(page.locator('[data-problem="none"]')).toBeVisible();
  // The burst is sent inside the page, keys microseconds apart as a scanner sends them:
  // Playwright's keyboard takes a round trip per key, and on a loaded machine a pause among
  // the first keys starts the burst over (as for a person typing), so the kiosk rightly saw a
  // code with its start cut off ("Chữ ký không khớp"). The timing rules are wedge-buffer's
  // unit tests.
  const wedge = (text: string) => wedgeBurst(page, text);
  await wedge(data.code('yellow'));
  await expect(verdict(page)).toHaveAttribute('data-tone', 'admit');
  await expect(page.getByTestId('holder-name')).toHaveText('TRAN VAN BINH');
  await page.locator('.verdict').click({ position: { x: 5, y: 5 } });
  await expect(verdict(page)).toHaveCount(0);
  await page.waitForTimeout(2_100); // past the cooldown for a code still held up
  await wedge(data.code('yellow'));
  await expect(verdict(page)).toHaveAttribute('data-tone', 'duplicate');
  await expect(page.getByRole('heading', { name: 'ĐÃ CHECK-IN' })).toBeVisible();
  await keepScreenshot(page, 'verdict-duplicate');
  const entries = await readEntries(page);
  expect(entries).toHaveLength(1);
  expect(entries[0]).toMatchObject({ source: 'wedge', verdict: 'admit', color: 'yellow' });
});

test('the camera is asked for continuous autofocus, and a zoom slider appears where it can zoom', async () => {
  browser = await launchChromium({});
  const page = await browser.newPage({ viewport: PHONE, baseURL: test.info().project.use.baseURL });
  // Chromium's fake camera lists focus modes (but keeps "manual") and has no zoom: give its
  // tracks a zoom range, and record what the kiosk asks of them.
  await page.addInitScript(() => {
    const proto = MediaStreamTrack.prototype;
    const capabilities = proto.getCapabilities;
    proto.getCapabilities = function () {
      return {
        ...capabilities.call(this),
        zoom: { min: 1, max: 4, step: 0.5 },
      } as MediaTrackCapabilities;
    };
    const apply = proto.applyConstraints;
    const asked: unknown[] = ((window as unknown as { __asked: unknown[] }).__asked = []);
    proto.applyConstraints = function (c?: MediaTrackConstraints) {
      asked.push(c?.advanced?.[0]);
      const zoom = (c?.advanced?.[0] as { zoom?: number } | undefined)?.zoom;
      return zoom === undefined ? apply.call(this, c) : Promise.resolve();
    };
  });
  await page.goto('/');
  await completeStandaloneSetup(page, data);
  const asked = () => page.evaluate(() => (window as unknown as { __asked: unknown[] }).__asked);
  await expect.poll(asked).toEqual([{ focusMode: 'continuous' }]);
  const zoom = page.getByRole('slider', { name: 'Thu phóng' });
  await expect(zoom).toBeVisible();
  await zoom.focus();
  await page.keyboard.press('ArrowRight');
  await expect(zoom).toHaveAttribute('aria-valuetext', '1.5×');
  await expect.poll(asked).toEqual([{ focusMode: 'continuous' }, { zoom: 1.5 }]);
});

test('a denied camera gets an explanation screen, not a blank one', async ({}, testInfo) => {
  const page = await openKiosk(testInfo, { camera: 'deny' });
  const panel = page.locator('[data-problem="denied"]');
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Chưa được phép dùng camera' })).toBeVisible();
  await expect(panel.getByRole('button', { name: 'Thử lại' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Nhập mã' })).toBeVisible();
  // The offline-ready note put away, as a guard does, so the picture shows the whole panel.
  await page.getByRole('button', { name: 'Đã hiểu' }).click();
  await keepScreenshot(page, 'camera-denied', 'camera-denied');
});
