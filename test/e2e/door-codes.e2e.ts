// Issue 12, items 1 and 6, end to end. Today's ID card (the Căn cước of 2024, 11 fields) read
// from the camera gets its own name on the verdict, and a signed code whose QR text carries a
// byte order mark or ends in CR/LF (as some generators write it) is read as the code it is.
// A code whose signature fails or whose issuer is unknown, a DCC from an unknown signer too,
// says "Mã không xác thực được" with the name small and marked, never "có chữ ký".
import { expect, test, type Browser, type Page } from '@playwright/test';
import { DAY_MS } from '../../src/core';
import { dccSamples } from '../../src/issuer/dcc/sample-dccs';
import { createDccSigningKey } from '../../src/issuer/dcc/signing-key';
import { keyPairFromSecret } from '../../src/issuer/keys';
import { issueSignedCode } from '../../src/issuer/personal-code';
import { openDoorKiosk } from './support/door-steps';
import { kioskData, readEntries } from './support/kiosk-data';
import { pasteText } from './support/page-input';
import { writeY4m, type Y4mFrame } from './support/y4m';

const data = kioskData();
let browser: Browser | null = null;
test.afterEach(async () => {
  await browser?.close();
  browser = null;
});
const frames = (qr: string | null, n: number): Y4mFrame[] =>
  Array.from({ length: n }, () => ({ qr }));

test('from the camera: the Căn cước card of 2024 by its name, and signed codes with a BOM or CR/LF', async ({}, testInfo) => {
  const codes = {
    crlf: `${data.code('green')}\r\n`,
    canCuoc: data.code('can-cuoc'),
    bom: `\ufeff${data.code('yellow')}`,
  };
  const video = writeY4m(testInfo.outputPath('codes.y4m'), [
    ...frames(codes.crlf, 45),
    ...frames(null, 30),
    ...frames(codes.canCuoc, 45),
    ...frames(null, 30),
    ...frames(codes.bom, 45),
    ...frames(null, 30),
  ]);
  const kiosk = await openDoorKiosk({ video, settings: { autoReturnAdmitSec: 1 } });
  browser = kiosk.browser;
  const { page } = kiosk;
  const verdict = page.locator('.verdict');
  const seen = new Map<string, string>();
  // The video loops: take each verdict as it comes until all three people have been seen.
  while (seen.size < 3) {
    await expect(verdict).toBeVisible({ timeout: 20_000 });
    const name = (await page.getByTestId('holder-name').textContent()) ?? '';
    const tone = (await verdict.getAttribute('data-tone')) ?? '';
    if (!seen.has(name))
      seen.set(name, `${tone} · ${await page.getByTestId('verdict-format').textContent()}`);
    if (tone === 'review') await page.getByRole('button', { name: 'Cho vào' }).click();
    await expect(verdict).toHaveCount(0, { timeout: 5_000 });
  }
  expect(Object.fromEntries(seen)).toEqual({
    'NGUYEN LE KHA HAN': 'admit · Mã QR cá nhân có chữ ký · Thẻ xanh',
    'Nguyễn Thị Kim Thư': 'review · Căn cước',
    'TRAN VAN BINH': 'admit · Mã QR cá nhân có chữ ký · Thẻ vàng',
  });
  const entries = await readEntries(page);
  expect(entries.filter((e) => e.format === 'cccd')).toMatchObject([
    { verdict: 'review', decision: 'admit', maskedName: 'N. T. K. Thư' },
  ]);
  expect(entries.filter((e) => e.verdict === 'admit')).toHaveLength(2);
});

async function expectUnverified(page: Page, name: string) {
  const verdict = page.locator('.verdict');
  await expect(verdict).toHaveAttribute('data-tone', 'deny');
  await expect(page.getByTestId('verdict-format')).toHaveText('Mã không xác thực được');
  await expect(verdict).toContainText('Tên chưa xác thực');
  await expect(page.getByTestId('holder-name')).toHaveAttribute('data-unverified', 'true');
  await expect(page.getByTestId('holder-name')).toHaveText(name);
  await expect(verdict).not.toContainText('có chữ ký');
  // Small: not the large type of a verified holder's name.
  const size = await page
    .getByTestId('holder-name')
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeLessThanOrEqual(18);
  // The screen reader does not read the claimed name as the person's.
  await expect(page.locator('.sr-only[aria-live]')).not.toContainText(name);
  await verdict.click({ position: { x: 5, y: 5 } });
  await expect(verdict).toHaveCount(0);
}

test('a code whose signature fails or whose issuer is unknown says it could not be verified', async () => {
  const kiosk = await openDoorKiosk({ camera: 'none' });
  browser = kiosk.browser;
  const { page } = kiosk;
  // Signature fails: the green pass with its name changed after signing.
  await pasteText(page, data.code('tampered'));
  await expectUnverified(page, 'NGUYEN LE KHA HAO');
  // Unknown issuer: a well-formed pass signed by a key the bundle does not list.
  const stranger = keyPairFromSecret(new Uint8Array(32).fill(7));
  const now = Date.now();
  const unknownIssuer = issueSignedCode(
    {
      documentNumber: '001093000111',
      name: 'DO VAN LAM',
      birthDate: '1980-05-05',
      declaredBy: '0',
      qid: '162979388586179999',
    },
    { issuedAt: now - DAY_MS, vaccination: '2,2,20250101,AZ' },
    stranger,
  );
  await pasteText(page, unknownIssuer);
  await expectUnverified(page, 'DO VAN LAM');
  // A vaccine passport from a signer the bundle does not know.
  const window = { validFrom: now - 400 * DAY_MS, validUntil: now + 400 * DAY_MS };
  const [signer, other] = await Promise.all([
    createDccSigningKey(window),
    createDccSigningKey(window),
  ]);
  const dcc = (await dccSamples(signer, other, now)).find((d) => d.kind === 'wrong-signer')!;
  await pasteText(page, dcc.text);
  await expectUnverified(page, 'NGUYEN VAN AN'); // the DCC's transliterated name
  // Each is logged as what it was: denied.
  expect((await readEntries(page)).map((e) => [e.format, e.verdict, e.reasons[0]])).toEqual([
    ['pqr-signed', 'deny', 'SIG_INVALID'],
    ['pqr-signed', 'deny', 'KEY_UNKNOWN'],
    ['dcc', 'deny', 'KEY_UNKNOWN'],
  ]);
});
