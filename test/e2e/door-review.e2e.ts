// Issue 12, item 4, end to end: a review waits for the guard (it does not go by itself, nor
// with a tap beside the buttons), survives a reload with its buttons, and with the venue's
// review timeout (set in the admin screen, never below 20 s) closes as "không quyết định",
// recorded as such. The page clock drives the timeout, so the test takes seconds.
import { expect, test, type Browser } from '@playwright/test';
import { openAdmin } from './support/admin-steps';
import { openDoorKiosk } from './support/door-steps';
import { kioskData, readEntries } from './support/kiosk-data';
import { pasteText } from './support/page-input';

const data = kioskData();
let browser: Browser | null = null;
test.afterEach(async () => {
  await browser?.close();
  browser = null;
});

test('a review waits for the guard, and a reload brings it back with its buttons', async () => {
  // Other verdicts go after 1 s: the review must not.
  const kiosk = await openDoorKiosk({ camera: 'none', settings: { autoReturnOtherSec: 1 } });
  browser = kiosk.browser;
  const { page } = kiosk;
  const verdict = page.locator('.verdict');
  await pasteText(page, data.code('cccd'));
  await expect(verdict).toHaveAttribute('data-tone', 'review');
  await expect(verdict).toContainText('Hãy chọn Cho vào hoặc Từ chối');
  await page.waitForTimeout(2_500);
  await verdict.click({ position: { x: 5, y: 5 } }); // a tap beside the buttons
  await expect(verdict).toHaveAttribute('data-tone', 'review');
  expect(await readEntries(page)).toMatchObject([{ verdict: 'review', decision: null }]);

  await page.reload();
  await expect(verdict).toHaveAttribute('data-tone', 'review');
  await expect(verdict).toContainText('mở lại sau khi tải lại trang');
  await expect(verdict).toContainText('********9317');
  await page.getByRole('button', { name: 'Từ chối' }).click();
  await expect(verdict).toHaveCount(0);
  await expect.poll(async () => (await readEntries(page))[0]?.decision).toBe('refuse');
  // Decided: the next start shows the scanning screen.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Quản lý' })).toBeVisible();
  await expect(verdict).toHaveCount(0);
});

test('with the venue timeout a review closes as "không quyết định", recorded', async () => {
  const kiosk = await openDoorKiosk({ camera: 'none', clock: true });
  browser = kiosk.browser;
  const { page } = kiosk;
  const verdict = page.locator('.verdict');
  await openAdmin(page);
  await page.getByRole('tab', { name: 'Cài đặt' }).click();
  const timeout = page.getByLabel('Kiểm tra giấy tờ tự đóng sau', { exact: false });
  await timeout.fill('5');
  await timeout.press('Enter');
  await expect(page.getByRole('alert')).toHaveText(
    'Hãy nhập 0 (chờ bảo vệ chọn) hoặc từ 20 giây trở lên.',
  );
  await timeout.fill('20');
  await timeout.press('Enter');
  await expect(page.getByText('Đã lưu').first()).toBeVisible();
  await page.getByTestId('admin-close').click();

  await pasteText(page, data.code('cccd'));
  await expect(verdict).toHaveAttribute('data-tone', 'review');
  await expect(verdict).toContainText('Tự đóng, không quyết định, sau 20 giây');
  await page.clock.runFor(19_000);
  await expect(verdict).toContainText('sau 1 giây');
  await page.clock.runFor(1_500);
  await expect(verdict).toHaveCount(0);
  await expect.poll(async () => (await readEntries(page))[0]?.decision).toBe('none');
  // "No decision" is not "let in": the same card, past the settle time, is checked again.
  await page.clock.runFor(2_500);
  await pasteText(page, data.code('cccd'));
  await expect(verdict).toHaveAttribute('data-tone', 'review');
  expect((await readEntries(page)).map((e) => e.decision)).toEqual(['none', null]);
});
