// Issue 12, item 5, end to end with the real sync server: set-up survives a closed tab. The
// wizard asks for the device's name and the server keeps it; a reload on the last step comes
// back to it (no second code spent); and a tab closed while the enrollment request is under
// way finishes on return with the same key: the server answers a retry of the same code from
// the same key with the same device, so the owner sees one device, named, and no orphan.
import { expect, test, type Page } from '@playwright/test';
import { adminHttpClient } from '../../server/admin/admin-http-client';
import { e2eServer } from '../sync/support/e2e-server';
import { wizardToModeChoice } from './support/admin-steps';

/** The identity the kiosk stored, read from its own IndexedDB. */
function storedDeviceId(page: Page): Promise<string | null> {
  return page.evaluate(
    () =>
      new Promise<string | null>((resolve, reject) => {
        const open = indexedDB.open('kiosk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('device').objectStore('device').get('current');
          req.onsuccess = () => {
            open.result.close();
            resolve((req.result as { deviceId?: string } | undefined)?.deviceId ?? null);
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

/** The demo venue's devices with this name, as the owner's page lists them. */
async function devicesNamed(label: string) {
  const server = e2eServer();
  const devices = await adminHttpClient(server.url, server.adminToken).listDevices(
    server.demoVenueId,
  );
  return devices.filter((d) => d.label === label);
}

async function toEnrollStep(page: Page, label: string) {
  const ticket = await e2eServer().newEnrollmentCode();
  await page.goto('/');
  await wizardToModeChoice(page);
  await page.getByTestId('mode-enroll').click();
  await page.getByLabel('Mã đăng ký').fill(ticket.code);
  if (label) await page.getByLabel('Tên thiết bị').fill(label);
}

const enroll = (page: Page) => page.getByRole('button', { name: 'Đăng ký', exact: true }).click();

test('the wizard asks for a name, the owner page shows it; a reload on the last step stays there', async ({
  page,
}) => {
  const label = `Cửa sau ${Date.now() % 100_000}`;
  await toEnrollStep(page, '');
  await enroll(page);
  await expect(page.getByTestId('enroll-problem')).toHaveText(
    'Hãy đặt tên cho thiết bị này, ví dụ: Cửa chính.',
  );
  await page.getByLabel('Tên thiết bị').fill(label);
  await enroll(page);
  await expect(page.getByTestId('setup-bundle')).toBeVisible({ timeout: 15_000 });
  const deviceId = await storedDeviceId(page);
  expect(await devicesNamed(label)).toMatchObject([{ id: deviceId, revokedAt: null }]);

  // The tab reloads (or closes and reopens) on "Kiosk đã sẵn sàng": the same step, not step 1.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Kiosk đã sẵn sàng' })).toBeVisible();
  await expect(page.getByTestId('setup-progress')).toHaveText('Bước 5/5');
  await page.getByTestId('setup-finish').click();
  await expect(page.getByRole('button', { name: 'Quản lý' })).toBeVisible();
  expect(await storedDeviceId(page)).toBe(deviceId);
  expect(await devicesNamed(label)).toHaveLength(1);
});

test('the tab closed while enrolling: on return the kiosk finishes with the same key, one device', async ({
  context,
}) => {
  const label = `Cửa chính ${Date.now() % 100_000}`;
  const first = await context.newPage();
  await toEnrollStep(first, label);
  // The server enrolls the device, but the tab closes before its answer arrives.
  let reached = false;
  await first.route('**/api/enroll', async (route) => {
    await route.fetch();
    reached = true;
    await new Promise(() => {});
  });
  await enroll(first);
  await expect.poll(() => reached, { timeout: 15_000 }).toBe(true);
  await first.close();
  expect(await devicesNamed(label)).toHaveLength(1);

  // Reopened: the wizard is back at the enrollment, asks again with the stored key, and the
  // server answers with the device it made the first time.
  const again = await context.newPage();
  await again.goto('/');
  await expect(again.getByTestId('setup-bundle')).toBeVisible({ timeout: 15_000 });
  await again.getByTestId('setup-finish').click();
  await expect(again.getByRole('button', { name: 'Quản lý' })).toBeVisible();
  const named = await devicesNamed(label);
  expect(named).toHaveLength(1);
  expect(named[0]!.id).toBe(await storedDeviceId(again));
});
