// Issue 12, item 7, end to end with the real sync server: the status bar's connection pill
// says whether the server answered the last request, not what navigator.onLine guesses. With
// the network up but every request failing (a Wi-Fi without internet, the server down), it
// says "Mất kết nối máy chủ", also after a reload in that state; once the server answers
// again it says so; with no network at all it says "Mất mạng".
import { expect, test } from '@playwright/test';
import { demoCodes, enrollKiosk, pasteCheckIn } from './support/sync-steps';

const API = '**/api/**';

test('the pill follows the server: lost when requests fail (even after a reload), back when it answers', async ({
  page,
  context,
}) => {
  await enrollKiosk(page);
  const pill = page.getByTestId('status-online');
  await expect(pill).toHaveText('Có kết nối máy chủ');

  // The network is up (navigator.onLine stays true), but nothing reaches the server.
  await page.route(API, (route) => route.abort('connectionrefused'));
  expect(await page.evaluate(() => navigator.onLine)).toBe(true);
  await pasteCheckIn(page, demoCodes(1, 'PILL')[0]!); // a write: the kiosk tries to upload
  await expect(pill).toHaveText('Mất kết nối máy chủ');
  await expect(pill).toHaveAttribute('data-connection', 'lost');

  await page.reload();
  await expect(page.getByRole('button', { name: 'Quản lý' })).toBeVisible();
  await expect(pill).toHaveText('Mất kết nối máy chủ');

  await page.unroute(API);
  await page.evaluate("window.dispatchEvent(new Event('online'))"); // as when Wi-Fi returns
  await expect(pill).toHaveText('Có kết nối máy chủ');

  await context.setOffline(true);
  await expect(pill).toHaveText('Mất mạng');
  await context.setOffline(false);
});

test('the details behind the status bar say the same, in words', async ({ page }) => {
  await enrollKiosk(page, 'Cửa hông');
  await page.getByTestId('status-online').click(); // the whole bar opens the details
  const details = page.getByTestId('status-details');
  await expect(details).toBeVisible();
  await expect(details).toContainText('Kết nối');
  await expect(details).toContainText('Có kết nối máy chủ');
  await expect(details).toContainText('Cửa hông');
  await page.getByRole('button', { name: /Chi tiết trạng thái/ }).click();
  await expect(details).toHaveCount(0);
});
