// Drill: the browser wipes the kiosk's storage (eviction under storage pressure, "clear site
// data"): IndexedDB, the service worker and its caches go, the small install trace in
// localStorage stays. An enrolled kiosk has 3 entries on the server and 2 taken offline, which
// the status bar shows as only on this device once they have waited half an hour. After the
// wipe the set-up wizard says the device's data was lost, that 2 entries were then only on it,
// and, once enrolled again, that the server still holds the 3 others of the old device. The
// wizard of release 0.1.0 (main before issue 14) said nothing at all.
import { expect, test, type Page } from '@playwright/test';
import { wizardToModeChoice } from './support/admin-steps';
import { readEntries } from './support/kiosk-data';
import { demoCodes, enrollKiosk, pasteCheckIn } from './support/sync-steps';
import { e2eServer } from '../sync/support/e2e-server';

const synced = async (page: Page) =>
  (await readEntries(page)).filter((e) => e.syncedAt !== null).length;

/** What an eviction takes: every quota-managed store of the origin but localStorage. */
async function wipeKioskStorage(page: Page): Promise<void> {
  const origin = new URL(page.url()).origin;
  // Off the kiosk page first, so no connection of the kiosk's is open while the data goes.
  await page.goto('about:blank');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', {
    origin,
    storageTypes: 'indexeddb,cache_storage,service_workers',
  });
  await cdp.detach();
}

test('storage wiped: the wizard says 2 entries were only on this device and the server holds 3', async ({
  page,
  context,
}) => {
  await page.clock.install(); // time runs as usual; the test can jump past the chip's threshold
  await enrollKiosk(page);
  const [a, b, c, d, e] = demoCodes(5, 'WIPE');
  for (const code of [a!, b!, c!]) await pasteCheckIn(page, code);
  await expect.poll(() => synced(page), { timeout: 20_000 }).toBe(3);

  await context.setOffline(true);
  // And nothing reaches the sync server meanwhile, whatever the offline emulation lets through
  // (a request already on its way, or one a service worker makes): the two must stay local.
  const sync = /\/api\/sync\//;
  await context.route(sync, (route) => route.abort('internetdisconnected'));
  for (const code of [d!, e!]) await pasteCheckIn(page, code);
  const chip = page.getByTestId('status-local-only');
  await expect(chip).toHaveCount(0); // a few seconds waiting is normal
  await page.clock.fastForward('31:00');
  await expect(chip).toContainText('2 lượt chỉ có trên máy này (cũ nhất:');
  // The page's clock back to the server's: signed requests more than 5 minutes off are refused.
  await page.clock.setSystemTime(Date.now());

  await wipeKioskStorage(page);
  await context.setOffline(false);
  await page.goto('/');
  const notice = page.getByTestId('wipe-notice');
  await expect(notice).toContainText('Dữ liệu của kiosk trên máy này đã bị xóa');
  await expect(notice.getByTestId('wipe-local-only')).toContainText(
    '2 lượt lúc đó chưa gửi lên máy chủ và chưa sao lưu',
  );
  await expect(notice).toContainText('Sau khi đăng ký lại');
  expect(await readEntries(page)).toHaveLength(0); // the wipe was real
  await context.unroute(sync);

  // Enrolled again (a new device, a new code): the server says what it still has of the old one.
  const ticket = await e2eServer().newEnrollmentCode();
  await wizardToModeChoice(page);
  await page.getByTestId('mode-enroll').click();
  await page.getByLabel('Mã đăng ký').fill(ticket.code);
  await page.getByLabel('Tên thiết bị').fill('Cửa chính');
  await page.getByRole('button', { name: 'Đăng ký', exact: true }).click();
  await expect(page.getByTestId('setup-bundle')).toBeVisible({ timeout: 15_000 });
  await expect(notice.getByTestId('wipe-server-held')).toHaveText(
    'Máy chủ vẫn giữ 3 lượt của máy này từ trước khi bị xóa.',
  );

  // Said once: the kiosk set up again starts clean, and a new wipe would be told afresh.
  await page.getByTestId('setup-finish').click();
  await expect(page.getByRole('button', { name: 'Quản lý' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Quản lý' })).toBeVisible();
  await expect(page.getByTestId('wipe-notice')).toHaveCount(0);
  expect(await readEntries(page)).toHaveLength(0);
});
