// Issue 16, items 4 and 6, end to end: a vaccine passport (EU DCC) from the camera. The codes
// are the shared vectors' own texts (QRs of version 15–18, alphanumeric mode), drawn into the
// fake camera's video; the kiosk holds the vectors' trust bundle and its clock stands at the
// vectors' `now`. The verdict says the certificate in words and the issuing country, with the
// same colours as a personal QR; the settings screen lists the DCC signer; and one person's
// second certificate is "already checked in", not a second entry.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test, type Browser, type Page, type TestInfo } from '@playwright/test';
import { openAdmin } from './support/admin-steps';
import { openDoorKiosk, PHONE } from './support/door-steps';
import { kioskData, readEntries } from './support/kiosk-data';
import { pasteText } from './support/page-input';
import { writeY4m, type Y4mFrame } from './support/y4m';

interface VectorCase {
  name: string;
  qr: string;
  now: string;
  bundle?: unknown;
}
const vectors = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../vectors/dcc-v1.json'), 'utf8'),
) as { roots: { publicKey: string }[]; bundle: unknown; cases: VectorCase[] };
const vector = (name: string) => vectors.cases.find((c) => c.name === name)!;
/** Every case used here shares the file's bundle and `now` (2022-03-15 10:00 in Vietnam). */
const NOW = Date.parse(vector('VN own: two doses of two, ES256').now);
const data = {
  ...kioskData(),
  rootKey: vectors.roots[0]!.publicKey,
  bundle: JSON.stringify(vectors.bundle),
};
const TABLET = { width: 1280, height: 800 };
const DOCS = resolve(import.meta.dirname, '../../docs/screenshots');

let browser: Browser | null = null;
test.afterEach(async () => {
  await browser?.close();
  browser = null;
});
const frames = (qr: string | null, n: number): Y4mFrame[] =>
  Array.from({ length: n }, () => ({ qr }));

/** Keeps the verdict as test output, and (when asked) as the README's picture of it. */
async function keepScreenshot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path });
  if (process.env.UPDATE_DOCS_SCREENSHOTS) {
    mkdirSync(DOCS, { recursive: true });
    copyFileSync(path, join(DOCS, `${name}.png`));
  }
}

test('a DCC from the camera: the certificate in words and the issuing country, same colours', async ({}, testInfo) => {
  const codes = {
    vaccinated: vector('VN own: RSA-PSS signer').qr, // version 18
    tested: vector('VN own: negative rapid test 10 h ago').qr, // version 15
  };
  const video = writeY4m(testInfo.outputPath('dcc.y4m'), [
    ...frames(codes.vaccinated, 45),
    ...frames(null, 30),
    ...frames(codes.tested, 45),
    ...frames(null, 30),
  ]);
  const kiosk = await openDoorKiosk({
    video,
    data,
    viewport: TABLET,
    clock: NOW,
    // Each code is logged each time it comes round: the video loops.
    settings: { duplicateWindowSec: 0 },
  });
  browser = kiosk.browser;
  const { page } = kiosk;
  const verdict = page.locator('.verdict');
  const seen = new Map<string, string>();
  while (seen.size < 2) {
    await expect(verdict).toBeVisible({ timeout: 20_000 });
    const certificate = (await page.getByTestId('verdict-certificate').textContent()) ?? '';
    if (!seen.has(certificate)) {
      const tone = await verdict.getAttribute('data-tone');
      const format = await page.getByTestId('verdict-format').textContent();
      seen.set(
        certificate,
        `${tone} · ${await page.getByTestId('holder-name').textContent()} · ${format}`,
      );
      if (certificate.startsWith('Tiêm chủng')) await keepScreenshot(page, testInfo, 'verdict-dcc');
    }
    await verdict.click({ position: { x: 5, y: 5 } });
    await expect(verdict).toHaveCount(0, { timeout: 5_000 });
  }
  // Sample time 2022-03-15 00:00 in Vietnam (10 hours before now); dose day 2022-01-10.
  expect(Object.fromEntries(seen)).toEqual({
    'Tiêm chủng 2/2, ngày 10/01/2022Nơi cấp: Việt Nam (VN)':
      'admit · PHAM THU HA · Chứng nhận COVID-19 (EU DCC) · Thẻ xanh',
    'Xét nghiệm âm tính RAT, lấy mẫu lúc 00:00 ngày 15/03/2022Nơi cấp: Việt Nam (VN)':
      'admit · PHAM THU HA · Chứng nhận COVID-19 (EU DCC) · Thẻ vàng',
  });
  const entries = await readEntries(page);
  expect(new Set(entries.map((e) => `${e.format} ${e.verdict} ${e.reasons[0]}`))).toEqual(
    new Set(['dcc admit VACCINATED_FULL', 'dcc admit TEST_NEGATIVE']),
  );

  // The settings screen lists the bundle's DCC signers beside the personal-QR issuers.
  await openAdmin(page);
  await page.getByRole('tab', { name: 'Cài đặt' }).click();
  const signers = page.getByTestId('dcc-signers');
  // The vectors' bundle: four Vietnamese signers, one for vaccinations only, one revoked.
  await expect(signers.locator('li')).toHaveCount(4);
  await expect(signers.locator('li', { hasText: 'Việt Nam (VN)' })).toHaveCount(4);
  await expect(
    signers.locator('li', { hasText: 'Được ký: tiêm chủng, xét nghiệm, khỏi bệnh' }),
  ).toHaveCount(3);
  await expect(signers.locator('li', { hasText: /Được ký: tiêm chủngMã khóa/ })).toHaveCount(1);
  await expect(signers.locator('li', { hasText: 'ĐÃ THU HỒI' })).toHaveCount(1);
  await expect(signers).toContainText('Hiệu lực từ');
});

test("one person's second certificate is already checked in, not a second entry", async () => {
  const kiosk = await openDoorKiosk({ camera: 'none', data, viewport: PHONE, clock: NOW });
  browser = kiosk.browser;
  const { page } = kiosk;
  const verdict = page.locator('.verdict');
  // Two certificates of NGUYEN VAN AN (two doses of two), with different identifiers.
  await pasteText(page, vector('VN own: two doses of two, ES256').qr);
  await expect(verdict).toHaveAttribute('data-tone', 'admit');
  await expect(page.getByTestId('verdict-certificate')).toHaveText(
    'Tiêm chủng 2/2, ngày 10/01/2022Nơi cấp: Việt Nam (VN)',
  );
  // At phone size the longer words wrap inside the screen, none cut off.
  const spilling = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('.verdict, .verdict *'))
      .filter((el) => !el.closest('.sr-only')) // for screen readers, clipped on purpose
      .filter((el) => el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1)
      .map((el) => el.className),
  );
  expect(spilling).toEqual([]);
  await verdict.click({ position: { x: 5, y: 5 } });
  await expect(verdict).toHaveCount(0);
  await pasteText(page, vector('VN own: iat as a float').qr);
  await expect(verdict).toHaveAttribute('data-tone', 'duplicate');
  await expect(page.getByRole('heading', { name: 'ĐÃ CHECK-IN' })).toBeVisible();
  const entries = await readEntries(page);
  expect(entries.map((e) => [e.format, e.verdict, e.reasons[0]])).toEqual([
    ['dcc', 'admit', 'VACCINATED_FULL'],
  ]);
});
