// Issue 12, items 2 and 3, end to end with the fake camera and typed-in codes: a code left in
// front of the camera is logged once; a code taken away and shown again within the venue's
// re-entry window is "already in" with the time it was let in; and "already checked in" is
// decided by what happened at the door: a tampered code is red, a deny or a refused review
// never suppresses the next scan, another code of the same person is checked on its own.
import { expect, test, type Browser } from '@playwright/test';
import { pasteText } from './support/page-input';
import { kioskData, readEntries } from './support/kiosk-data';
import { openDoorKiosk, verdictsShown } from './support/door-steps';
import { writeY4m, type Y4mFrame } from './support/y4m';

const data = kioskData();
let browser: Browser | null = null;
test.afterEach(async () => {
  await browser?.close();
  browser = null;
});

const frames = (qr: string | null, n: number): Y4mFrame[] =>
  Array.from({ length: n }, () => ({ qr }));
const verdict = (page: import('@playwright/test').Page) => page.locator('.verdict');

test('a code left in front of the camera is logged once, and not shown again', async ({}, testInfo) => {
  // Nothing but the code, for ever (the file loops).
  const video = writeY4m(testInfo.outputPath('held.y4m'), frames(data.code('green'), 60));
  const kiosk = await openDoorKiosk({ video, settings: { autoReturnAdmitSec: 1 }, record: true });
  browser = kiosk.browser;
  const { page } = kiosk;
  await expect(verdict(page)).toHaveAttribute('data-tone', 'admit', { timeout: 15_000 });
  await expect(verdict(page)).toHaveCount(0, { timeout: 5_000 }); // back by itself after 1 s
  // Well past the settle time the code is still in view: nothing new on screen, nothing logged.
  await page.waitForTimeout(5_000);
  expect(await verdictsShown(page)).toEqual(['admit']);
  expect(await readEntries(page)).toHaveLength(1);
});

test('a code taken away and shown again is "already in", with the time it was let in', async ({}, testInfo) => {
  // 1.5 s of the code, 1.5 s of an empty counter, and again.
  const video = writeY4m(testInfo.outputPath('again.y4m'), [
    ...frames(data.code('green'), 45),
    ...frames(null, 45),
  ]);
  const kiosk = await openDoorKiosk({ video, settings: { autoReturnAdmitSec: 1 }, record: true });
  browser = kiosk.browser;
  const { page } = kiosk;
  await expect(verdict(page)).toHaveAttribute('data-tone', 'admit', { timeout: 15_000 });
  const [first] = await readEntries(page);
  await expect(verdict(page)).toHaveAttribute('data-tone', 'duplicate', { timeout: 15_000 });
  const at = new Date(first!.at);
  const time = `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
  await expect(page.getByRole('heading', { name: 'ĐÃ CHECK-IN' })).toBeVisible();
  await expect(verdict(page)).toContainText(
    new RegExp(`Đã vào lúc ${time} \\(\\d+ giây trước\\) · không ghi thêm`),
  );
  expect(await readEntries(page)).toHaveLength(1);
  expect((await verdictsShown(page)).slice(0, 2)).toEqual(['admit', 'duplicate']);
});

test('"already checked in" follows the door: a tampered code is red, a deny or a refusal never suppresses', async () => {
  const kiosk = await openDoorKiosk({ camera: 'none' });
  browser = kiosk.browser;
  const { page } = kiosk;
  const tone = async (text: string, expected: string) => {
    await pasteText(page, text);
    await expect(verdict(page)).toHaveAttribute('data-tone', expected);
  };
  const tapAway = async () => {
    await verdict(page).click({ position: { x: 5, y: 5 } });
    await expect(verdict(page)).toHaveCount(0);
  };
  const decide = async (button: 'Cho vào' | 'Từ chối') => {
    await page.getByRole('button', { name: button }).click();
    await expect(verdict(page)).toHaveCount(0);
  };

  await tone(data.code('green'), 'admit');
  await tapAway();
  // The same person's code with the name changed after signing: red, and logged.
  await tone(data.code('tampered'), 'deny');
  await expect(verdict(page)).toContainText('Chữ ký không khớp');
  await tapAway();
  await tone(data.code('red'), 'deny');
  await tapAway();
  await tone(data.code('cccd'), 'review');
  await decide('Từ chối');
  // Denied before: a deny is checked and logged again, not "already in".
  await tone(data.code('red'), 'deny');
  await tapAway();
  // Refused before: the card is checked again, and this time the guard lets them in.
  await tone(data.code('cccd'), 'review');
  await decide('Cho vào');
  // Now both admitted passes are "already in", and say when.
  await tone(data.code('green'), 'duplicate');
  await expect(verdict(page)).toContainText('Đã vào lúc');
  await tapAway();
  await tone(data.code('cccd'), 'duplicate');
  await expect(verdict(page)).toContainText('Đã vào lúc');

  const entries = await readEntries(page);
  expect(entries.map((e) => [e.verdict, e.decision])).toEqual([
    ['admit', null],
    ['deny', null],
    ['deny', null],
    ['review', 'refuse'],
    ['deny', null],
    ['review', 'admit'],
  ]);
});
