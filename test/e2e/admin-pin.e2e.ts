// The admin PIN gate: wrong PINs count down to a lock, the lock shows its time left and holds
// across a reload (it is stored, not screen state), and the right PIN opens after it ends.
import { expect, test } from '@playwright/test';
import { ADMIN_PIN, completeStandaloneSetup, tapPin } from './support/admin-steps';

test('five wrong PINs lock the admin screen for a minute, across a reload', async ({ page }) => {
  await page.clock.install();
  await page.goto('/');
  await completeStandaloneSetup(page);
  await page.getByRole('button', { name: 'Quản lý' }).click();

  const message = page.getByTestId('pin-message');
  const unlock = page.getByRole('button', { name: 'Mở', exact: true });
  for (let left = 4; left >= 1; left--) {
    await tapPin(page, '1111');
    await unlock.click();
    await expect(message).toHaveText(`Sai mã PIN. Còn ${left} lần thử trước khi bị khóa.`);
  }
  await tapPin(page, '1111');
  await unlock.click();
  await expect(message).toContainText('Đã khóa vì nhập sai nhiều lần. Thử lại sau');
  await expect(message).toHaveText(/Thử lại sau (1 phút|[1-5]?[0-9] giây)\.$/);
  await expect(page.getByRole('button', { name: '1', exact: true })).toBeDisabled();

  // The lock is the service's, not the screen's: a reload does not clear it.
  await page.reload();
  await page.getByRole('button', { name: 'Quản lý' }).click();
  await tapPin(page, ADMIN_PIN);
  await unlock.click();
  await expect(message).toContainText('Đã khóa');
  await expect(page.getByRole('tab', { name: 'Nhật ký' })).toHaveCount(0);

  await page.clock.fastForward('01:05');
  await expect(page.getByRole('button', { name: '1', exact: true })).toBeEnabled();
  await tapPin(page, ADMIN_PIN);
  await unlock.click();
  await expect(page.getByRole('tab', { name: 'Nhật ký' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Nhật ký' })).toHaveAttribute('aria-selected', 'true');
});
