// Drill: a kiosk's backup file, made behind the PIN, set up another device (a new tablet for
// the same door, or this one after its data was cleared): every entry with its verdict and
// decision, the PIN, the settings and the trust bundle come back, through the real download
// and file picker. A wrong PIN writes nothing. The standalone kiosk's device has no key to
// carry; an enrolled one's WebCrypto key is not extractable on purpose (test/kiosk/backup.test.ts).
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import {
  ADMIN_PIN,
  checkInTyped,
  completeStandaloneSetup,
  dismissVerdict,
  openAdmin,
  tapPin,
  wizardToModeChoice,
} from './support/admin-steps';
import { kioskData, readEntries } from './support/kiosk-data';

const kept = (page: Page) =>
  readEntries(page).then((entries) =>
    entries
      .map(({ id, verdict, decision, source }) => ({ id, verdict, decision, source }))
      .sort((a, b) => a.id.localeCompare(b.id)),
  );

test('a backup made behind the PIN restores every entry, the PIN and the bundle on a new device', async ({
  page,
  browser,
}, testInfo) => {
  const data = kioskData();
  await page.goto('/');
  await completeStandaloneSetup(page, data);
  for (const kind of ['green', 'red'] as const) {
    await checkInTyped(page, data.code(kind));
    await dismissVerdict(page);
  }
  await checkInTyped(page, data.code('unsigned'));
  await page.locator('.verdict').getByRole('button', { name: 'Cho vào' }).click();
  await expect(page.locator('.verdict')).toHaveCount(0);
  const before = await kept(page);
  expect(before.map((e) => e.decision).filter(Boolean)).toEqual(['admit']);

  await openAdmin(page);
  await page.getByRole('tab', { name: 'Cài đặt' }).click();
  await expect(page.getByTestId('storage-local-only')).toContainText('3 lượt');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('make-backup').click(),
  ]);
  await expect(page.getByTestId('backup-outcome')).toHaveText('Đã tạo tệp sao lưu với 3 lượt.');
  // Backed up: nothing is only on this device any more.
  await expect(page.getByTestId('storage-local-only')).toHaveText('không có lượt nào');
  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  const backup = JSON.parse(await readFile(file, 'utf8')) as {
    kind: string;
    entries: unknown[];
  };
  expect(backup.kind).toBe('kiosk-backup');
  expect(backup.entries).toHaveLength(3);

  // Another device: a fresh browser profile, set up from the file at the wizard's mode step.
  const other = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const tablet = await other.newPage();
  await tablet.goto('/');
  await wizardToModeChoice(tablet);
  await tablet.getByTestId('setup-restore').locator('summary').click();
  await tablet.locator('#restore-file').setInputFiles(file);
  await expect(tablet.getByTestId('restore-summary')).toContainText('có 3 lượt');
  await tapPin(tablet, '1111');
  await tablet.getByRole('button', { name: 'Khôi phục', exact: true }).click();
  await expect(tablet.getByText('Mã PIN không đúng với tệp sao lưu này.')).toBeVisible();
  expect(await readEntries(tablet)).toHaveLength(0); // nothing written on a wrong PIN

  await tapPin(tablet, ADMIN_PIN);
  await tablet.getByRole('button', { name: 'Khôi phục', exact: true }).click();
  await expect(tablet.getByTestId('restore-outcome')).toHaveText(
    'Đã khôi phục: thêm 3 lượt (0 lượt đã có sẵn trên máy).',
  );
  await Promise.all([
    tablet.waitForEvent('load'),
    tablet.getByRole('button', { name: 'Tiếp tục' }).click(),
  ]);
  await expect(tablet.getByRole('button', { name: 'Quản lý' })).toBeVisible();
  expect(await kept(tablet)).toEqual(before);

  // The bundle came with it (a green pass is admitted), and the backup's PIN opens the admin.
  await checkInTyped(tablet, data.code('yellow'));
  await expect(tablet.locator('.verdict')).toHaveAttribute('data-tone', 'admit');
  await dismissVerdict(tablet);
  await openAdmin(tablet, ADMIN_PIN);
  await other.close();
});
