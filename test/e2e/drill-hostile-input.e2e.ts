// Drill: hostile text through every way a code reaches the kiosk (camera, keyboard-wedge
// scanner, paste, the typed-code dialog, and the manual check-in). A legacy unsigned 1405 code
// or a chip-card code carries whatever name its maker wrote, so names with <script>, <img
// onerror>, <svg onload> and right-to-left overrides must show as the literal characters
// (bidi and control characters removed), create no element and run nothing; text far longer
// than a QR can hold (100 kB) must be refused unread (FORMAT_UNKNOWN). The admin log, which
// shows the stored masked names, must be just as inert.
import { expect, test, type Page } from '@playwright/test';
import { checkInTyped, dismissVerdict, openAdmin } from './support/admin-steps';
import { openDrillKiosk, type DrillKiosk } from './support/drill-kiosk';
import {
  expectInertName,
  expectNothingRan,
  expectRefusedUnread,
  HOSTILE_NAMES,
  HUNDRED_KB,
  overLongCode,
  unsignedCodeNamed,
} from './support/hostile-text';
import { kioskData, readEntries } from './support/kiosk-data';
import { pasteText, wedgeBurst } from './support/page-input';
import { codeVideo } from './support/y4m';

const data = kioskData();
let kiosk: DrillKiosk | null = null;
test.afterEach(async () => {
  await kiosk?.browser.close();
  kiosk = null;
});

async function kioskWithoutCamera(): Promise<Page> {
  kiosk = await openDrillKiosk({ camera: 'none', data });
  return kiosk.page;
}

test('camera: a QR whose name is markup behind a bidi override shows inert text', async ({}, testInfo) => {
  const { raw, shown } = HOSTILE_NAMES.bidiImg;
  const video = codeVideo(testInfo.outputPath('camera.y4m'), [unsignedCodeNamed(raw)], {
    blank: 20,
    hold: 90,
  });
  kiosk = await openDrillKiosk({ video, data });
  await expect(kiosk.page.locator('.verdict')).toHaveAttribute('data-tone', 'review', {
    timeout: 15_000,
  });
  await expectInertName(kiosk.page, shown);
  expect((await readEntries(kiosk.page))[0]).toMatchObject({
    source: 'camera',
    format: 'pqr-unsigned',
  });
});

test('keyboard wedge: markup and bidi names are inert, a 100 kB burst is refused', async () => {
  const page = await kioskWithoutCamera();
  // Real key events from Playwright's keyboard, as a USB scanner types (ASCII only).
  await page.keyboard.type(unsignedCodeNamed(HOSTILE_NAMES.script.raw), { delay: 2 });
  await page.keyboard.press('Enter');
  await expectInertName(page, HOSTILE_NAMES.script.shown);
  await dismissVerdict(page);

  // A scanner in Unicode mode can send what a keyboard cannot type.
  await wedgeBurst(page, unsignedCodeNamed(HOSTILE_NAMES.bidi.raw));
  await expectInertName(page, HOSTILE_NAMES.bidi.shown);
  await dismissVerdict(page);

  await wedgeBurst(page, unsignedCodeNamed(HUNDRED_KB));
  await expectRefusedUnread(page);
  expect((await readEntries(page)).map((e) => e.source)).toEqual(['wedge', 'wedge', 'wedge']);
});

test('paste: markup, bidi and chip-card names are inert, long names are cut, 100 kB is refused', async () => {
  const page = await kioskWithoutCamera();
  await pasteText(page, unsignedCodeNamed(HOSTILE_NAMES.img.raw));
  await expectInertName(page, HOSTILE_NAMES.img.shown);
  await dismissVerdict(page);

  // A chip ID card: name and address fields are free text too.
  const card = `001093029317|012345678|${HOSTILE_NAMES.svg.raw}|18011987|Nam|${HOSTILE_NAMES.script.raw}|15042021`;
  await pasteText(page, card);
  await expectInertName(page, HOSTILE_NAMES.svg.shown);
  await dismissVerdict(page);

  // A name of 8,000 characters still fits the longest text read: at most 80 are shown.
  await pasteText(page, unsignedCodeNamed('ĐẶNG '.repeat(1_600)));
  await expectInertName(page, `${'ĐẶNG '.repeat(16).slice(0, 79)}…`);
  await dismissVerdict(page);

  await pasteText(page, HUNDRED_KB);
  await expectRefusedUnread(page);
  await dismissVerdict(page);
  await pasteText(page, unsignedCodeNamed(HUNDRED_KB));
  await expectRefusedUnread(page);
  await dismissVerdict(page);
  await pasteText(page, overLongCode());
  await expectRefusedUnread(page);
});

// Found by this drill: the wedge buffer and the typed-code field used to keep the first 8,192
// characters of a longer text, so a 100 kB text whose first 8 kB made a code was read as
// that person instead of being refused as a paste is.
test('text over the QR limit is refused by the wedge and the typed dialog too', async () => {
  const page = await kioskWithoutCamera();
  await wedgeBurst(page, overLongCode());
  await expectRefusedUnread(page);
  await dismissVerdict(page);
  await checkInTyped(page, overLongCode());
  await expectRefusedUnread(page);
});

test('typed-code and manual dialogs: hostile names are inert, also in the admin log', async () => {
  const page = await kioskWithoutCamera();
  await checkInTyped(page, unsignedCodeNamed(HOSTILE_NAMES.img.raw));
  await expectInertName(page, HOSTILE_NAMES.img.shown);
  await dismissVerdict(page);

  await checkInTyped(page, unsignedCodeNamed(HOSTILE_NAMES.bidiImg.raw));
  await expectInertName(page, HOSTILE_NAMES.bidiImg.shown);
  await dismissVerdict(page);

  // 100 kB typed in: the field keeps at most 8,193 characters, one over the limit: refused.
  await checkInTyped(page, unsignedCodeNamed(HUNDRED_KB));
  await expectRefusedUnread(page);
  await dismissVerdict(page);

  // The guard's own manual check-in, with a name pasted from somewhere hostile.
  await page.getByRole('button', { name: 'Ghi thủ công' }).click();
  await page.getByLabel('Họ và tên').fill(HOSTILE_NAMES.svg.raw);
  await page.getByLabel('Số giấy tờ').fill('001093029317');
  await page.getByRole('button', { name: 'Ghi nhận' }).click();
  await expect(page.locator('.verdict')).toHaveAttribute('data-tone', 'manual');
  await expectNothingRan(page);
  await dismissVerdict(page);

  // The stored masked names, as the admin log lists them.
  const entries = await readEntries(page);
  await openAdmin(page);
  const list = page.getByTestId('entries');
  for (const e of entries.filter((e) => e.maskedName))
    await expect(list).toContainText(e.maskedName);
  expect(entries.map((e) => e.maskedName)).toContain(`<. s. onerror="window.__drillPwned='img'">`);
  await expectNothingRan(page);
});
