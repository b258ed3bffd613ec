// Settings over the real services: a trust bundle file imported by hand (accepted, same, or
// refused as a rollback, in plain words), the details it shows, and settings that persist.
import { expect, test } from '@playwright/test';
import { fixtureEnvelope } from '../support/world';
import { completeStandaloneSetup, openAdmin } from './support/admin-steps';
import { kioskData } from './support/kiosk-data';

test('importing bundles by hand, and settings that survive a reload', async ({ page }) => {
  const now = Date.now();
  const data = kioskData(now);
  await page.goto('/');
  await completeStandaloneSetup(page, data);
  await openAdmin(page);
  await page.getByRole('tab', { name: 'Cài đặt' }).click();

  await expect(page.getByTestId('bundle-seq')).toHaveText('1');
  await expect(page.getByTestId('bundle-info')).toContainText('Test issuer');
  await expect(page.getByTestId('root-kids')).toHaveText(/^[A-Za-z0-9_-]{11}$/);

  const importFile = (seq: number) =>
    page.locator('#bundle-file').setInputFiles({
      name: `bundle-${seq}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(fixtureEnvelope(seq, now))),
    });
  const outcome = page.getByTestId('import-outcome');
  await importFile(3);
  await expect(outcome).toHaveText('Đã nhận dữ liệu khóa mới, phiên bản 3.');
  await expect(page.getByTestId('bundle-seq')).toHaveText('3');
  await importFile(3);
  await expect(outcome).toHaveText('File này trùng với dữ liệu đang dùng: không có gì thay đổi.');
  await importFile(2);
  await expect(outcome).toHaveText(
    'Không nhận file này. File này cũ hơn dữ liệu máy đang dùng nên không được nhận, để tránh quay về dữ liệu cũ.',
  );
  await expect(page.getByTestId('bundle-seq')).toHaveText('3');

  // A setting saved here is the service's: it is still there after a reload.
  const capacity = page.getByLabel('Số người tối đa bên trong (để trống nếu không giới hạn)');
  await capacity.fill('abc');
  await capacity.press('Enter');
  await expect(page.getByText('Hãy nhập một số từ 1 đến 100000.')).toBeVisible();
  await capacity.fill('40');
  await capacity.press('Enter');
  await expect(page.getByText('Đã lưu').first()).toBeVisible();
  await page.getByRole('radio', { name: 'Không cho vào' }).check();
  await page.getByRole('radio', { name: 'English' }).check();
  await expect(page.getByRole('tab', { name: 'Settings' })).toBeVisible();

  await page.reload();
  await expect(page.getByTestId('status-inside')).toContainText('0/40');
  await page.getByRole('button', { name: 'Admin' }).click();
  for (const digit of '2580') await page.getByRole('button', { name: digit, exact: true }).click();
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await page.getByRole('tab', { name: 'Settings' }).click();
  await expect(page.getByRole('radio', { name: 'Refuse' })).toBeChecked();
  await expect(page.getByTestId('bundle-seq')).toHaveText('3');
});
