// Issue 17, the kiosk's side: two enrolled kiosks of one venue against the real server, one
// letting people in and one letting them out, show the venue-wide number of people inside,
// saying so; offline, a kiosk shows its own estimate, saying so; each kiosk's status report
// (entries waiting, app version) reaches the owner's pages; and a trust bundle the kiosk
// refuses is on its status bar, with why, and on the owner's page.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { generateKeyPair } from '../../src/issuer/keys';
import { buildTrustBundle } from '../../src/issuer/trust-bundle-builder';
import { e2eServer } from '../sync/support/e2e-server';
import { account, signInPage, unique } from './support/account-steps';
import { demoCodes, enrollKiosk, pasteCheckIn } from './support/sync-steps';

const UPLOAD = '**/api/sync/entries';
const STATUS = '**/api/sync/status';
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

const insideChip = (page: Page) => page.getByTestId('status-inside');

/** At phone size the status bar stays one row, and nothing in it or its details spills out. */
async function statusFitsOnPhone(page: Page) {
  await page.setViewportSize({ width: 360, height: 640 });
  expect((await page.locator('.status__row').boundingBox())!.height).toBeLessThanOrEqual(52);
  const spilling = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('.status *'))
      .filter((el) => el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1)
      .filter((el) => getComputedStyle(el).textOverflow !== 'ellipsis' && !el.closest('.sr-only'))
      .map((el) => `${el.className}: ${el.textContent?.slice(0, 40)}`),
  );
  expect(spilling).toEqual([]);
}

/** The network coming back: a round now, past any backoff (as the window's event does). */
const networkBack = (page: Page) => page.evaluate("window.dispatchEvent(new Event('online'))");

test('two doors of one venue: the venue-wide figure online, the own estimate offline, reports on the owner page', async ({
  page,
  browser,
}) => {
  const server = e2eServer();
  const { venue, enrollment } = await server.admin.createVenue(unique('Hai cửa'));
  const codes = demoCodes(4, 'VENUE');

  // The entrance: its uploads fail (the server answers 500) and its first status reports are
  // lost, so the report that gets through says how many entries are waiting.
  await page.route(STATUS, (route) => route.abort('connectionrefused'));
  await page.route(UPLOAD, (route) => route.fulfill({ status: 500, body: '{}' }));
  await enrollKiosk(page, 'Cửa vào', enrollment.code);
  for (const code of codes.slice(0, 3)) await pasteCheckIn(page, code);
  await expect(page.getByTestId('status-pending').locator('b')).toHaveText('3');
  await page.unroute(STATUS);

  const owner = await browser.newContext();
  const ownerPage = await owner.newPage();
  await signInPage(ownerPage, await account({ role: 'owner', venues: [venue.id] }));
  const entranceCard = ownerPage.locator('li.card', { hasText: 'Cửa vào' });
  // A round that had begun before the route was lifted may have tried already: each attempt
  // brings the network back again, which starts a new round once that one is over.
  await expect(async () => {
    await networkBack(page);
    await ownerPage.goto(`/admin/devices?venue=${venue.id}`);
    await expect(entranceCard).toContainText('Chờ gửi (máy báo): 3', { timeout: 2000 });
  }).toPass({ timeout: 30_000 });
  await expect(entranceCard).toContainText(`Phiên bản: ${version}`);

  // Uploads go through again: the entrance's three are in the venue's figure.
  await page.unroute(UPLOAD);
  await expect(async () => {
    await networkBack(page);
    await expect(page.getByTestId('status-pending').locator('b')).toHaveText('0', {
      timeout: 2000,
    });
  }).toPass({ timeout: 30_000 });
  await expect(insideChip(page)).toHaveText('Bên trong: 3 (cả địa điểm)', { timeout: 20_000 });

  // The exit door, a second kiosk of the venue: one person leaves there.
  const exitContext = await browser.newContext();
  const exit = await exitContext.newPage();
  await enrollKiosk(exit, 'Cửa ra', (await server.admin.newEnrollmentCode(venue.id)).code);
  const out = exit.getByRole('button', { name: 'RA', exact: true });
  await out.click();
  // The button shows the direction once it is saved; a code read before that is logged "in".
  await expect(out).toHaveAttribute('aria-pressed', 'true');
  await pasteCheckIn(exit, codes[0]!);
  await pasteCheckIn(exit, codes[1]!);
  // Its own log holds only exits (its estimate 0); the venue's figure counts both doors.
  await expect(insideChip(exit)).toHaveText('Bên trong: 1 (cả địa điểm)', { timeout: 20_000 });
  await expect(insideChip(exit)).toHaveAttribute('data-scope', 'venue');
  // On the row itself, not only behind the details (chips that do not fit are left out).
  await expect(insideChip(exit)).toBeInViewport();
  await exit.locator('.status__row').click();
  await expect(exit.getByTestId('status-inside-detail')).toContainText(
    '1 · Cả địa điểm (mọi cửa, theo máy chủ',
  );
  await expect(exit.locator('#status-details dt:text-is("Máy này ước tính") + dd')).toHaveText('0');

  // Someone else comes in at the entrance: 4 in, 2 out, across the two doors.
  await pasteCheckIn(page, codes[3]!);
  await expect(insideChip(page)).toHaveText('Bên trong: 2 (cả địa điểm)', { timeout: 20_000 });
  await expect(page.getByTestId('status-today').locator('b')).toHaveText('4');

  // The entrance loses its network: it falls back to its own estimate (4 in, none out there).
  await page.context().setOffline(true);
  await page.evaluate("window.dispatchEvent(new Event('offline'))");
  await expect(insideChip(page)).toHaveText('Bên trong: 4 (máy này ước tính)');
  await expect(insideChip(page)).toHaveAttribute('data-scope', 'device');
  await page.locator('.status__row').click();
  await expect(page.getByTestId('status-inside-detail')).toContainText(
    '4 · Máy này ước tính, chỉ từ các lượt vào/ra ở máy này',
  );
  await statusFitsOnPhone(page);
  await page.context().setOffline(false);

  await ownerPage.goto(`/admin?venue=${venue.id}`);
  const entranceRow = ownerPage.locator('table.devices tr', { hasText: 'Cửa vào' });
  await expect(entranceRow).toContainText(version);
  await Promise.all([owner.close(), exitContext.close()]);
});

test('a trust bundle the kiosk refuses is on its status bar with why, and on the owner page', async ({
  page,
  browser,
}) => {
  const server = e2eServer();
  const { venue, enrollment } = await server.admin.createVenue(unique('Khóa lạ'));
  // Enrolled with the server's bundle; then its first round fetches one signed by a root the
  // kiosk never pinned (a server, or someone between, handing out the wrong bundle).
  const now = Date.now();
  const forged = buildTrustBundle(
    {
      seq: 9999,
      issuedAt: now - 60_000,
      expiresAt: now + 86_400_000,
      issuers: [],
      revokedPasses: [],
    },
    generateKeyPair(),
  );
  await page.route('**/api/bundle', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      headers: { etag: '"forged"' },
      body: JSON.stringify(forged),
    }),
  );
  await enrollKiosk(page, 'Quầy lễ tân', enrollment.code);
  await expect(page.getByTestId('status-bundle-refused')).toHaveText('Từ chối khóa mới', {
    timeout: 20_000,
  });
  await page.locator('.status__row').click();
  await expect(page.getByTestId('status-bundle-refusal')).toContainText(
    'dữ liệu được ký bằng một khóa gốc mà máy này không tin',
  );
  // The kiosk still verifies with the bundle it holds.
  await expect(page.getByTestId('status-bundle')).toHaveClass(/chip--bundle-fresh/);
  await statusFitsOnPhone(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByTestId('status-bundle-refused')).toHaveText('New keys refused');
  await expect(page.getByTestId('status-bundle-refusal')).toContainText(
    'signed by a root key this kiosk does not trust',
  );

  // The refusal makes a status report due at once: the owner reads it beside the device.
  const owner = await browser.newContext();
  const ownerPage = await owner.newPage();
  await signInPage(ownerPage, await account({ role: 'owner', venues: [venue.id] }));
  await expect(async () => {
    await ownerPage.goto(`/admin?venue=${venue.id}`);
    await expect(ownerPage.getByTestId('bundle-refusal')).toContainText('Đã từ chối gói khóa mới', {
      timeout: 1000,
    });
  }).toPass({ timeout: 20_000 });
  await expect(ownerPage.getByTestId('bundle-refusal')).toContainText(
    'ký bằng khóa gốc mà máy không tin',
  );
  await owner.close();
});
