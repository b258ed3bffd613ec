// The kiosk's log reaching the server exactly once, through the real UI, service worker and
// sync server: offline all day then online, the server down then back, the page closed in
// the middle of an upload, and the same batch delivered twice.
import { expect, test, type Page } from '@playwright/test';
import { formatEnrollmentText } from '../../src/sync';
import { e2eServer } from '../sync/support/e2e-server';
import { wizardToModeChoice } from './support/admin-steps';
import { launchChromium } from './support/chromium';
import { readEntries } from './support/kiosk-data';
import { codeVideo } from './support/y4m';
import { demoCodes, enrollKiosk, pasteCheckIn, serverEntryIds } from './support/sync-steps';

const UPLOAD = '**/api/sync/entries';

async function pendingOnScreen(page: Page) {
  return Number(await page.getByTestId('status-pending').locator('b').textContent());
}

/** The kiosk's ids, and that the server holds each of them exactly once. */
async function expectExactlyOnce(page: Page, before: string[]) {
  const kiosk = (await readEntries(page)).map((e) => e.id).sort();
  await expect
    .poll(async () => (await readEntries(page)).every((e) => e.syncedAt !== null), {
      timeout: 20_000,
    })
    .toBe(true);
  const held = (await serverEntryIds()).filter((id) => !before.includes(id));
  expect(held.length).toBe(new Set(held).size); // no duplicates on the server
  expect(held.sort()).toEqual(kiosk);
  await expect.poll(() => pendingOnScreen(page)).toBe(0);
}

test('enrolled, scanning offline, back online: every entry reaches the server exactly once', async ({
  page,
  context,
}) => {
  const before = await serverEntryIds();
  await enrollKiosk(page);
  await context.setOffline(true);
  await page.reload(); // the kiosk starts from the service worker cache
  await expect(page.getByRole('button', { name: 'Quản lý' })).toBeVisible();
  for (const code of demoCodes(6, 'OFFLINE')) await pasteCheckIn(page, code);
  await expect.poll(() => pendingOnScreen(page)).toBe(6);
  expect(await serverEntryIds()).toEqual(before);
  await context.setOffline(false);
  await page.evaluate("window.dispatchEvent(new Event('online'))");
  await expectExactlyOnce(page, before);
});

test('the server down for a long while, then back: nothing lost, nothing twice', async ({
  page,
}) => {
  const before = await serverEntryIds();
  await enrollKiosk(page);
  let refused = 0;
  await page.route(UPLOAD, (route) => {
    refused++;
    return route.abort('connectionrefused');
  });
  for (const code of demoCodes(5, 'DOWN')) await pasteCheckIn(page, code);
  await expect.poll(() => refused, { timeout: 15_000 }).toBeGreaterThan(0);
  // The status bar counts the last entries a moment after their verdicts (it was read once,
  // and came out 3 or 4 under load); nothing can leave while uploads are refused.
  await expect.poll(() => pendingOnScreen(page)).toBe(5);
  await page.unroute(UPLOAD);
  // The guard's "sync now" (admin screen) or the network coming back: here, the online event.
  await page.evaluate("window.dispatchEvent(new Event('online'))");
  await expectExactlyOnce(page, before);
});

test('the page closed in the middle of an upload, and a batch delivered twice: counts still match', async ({
  page,
  context,
}) => {
  const before = await serverEntryIds();
  await enrollKiosk(page);
  // The server stores the batch, but the kiosk closes before the answer arrives.
  let stored = 0;
  await page.route(UPLOAD, async (route) => {
    await route.fetch();
    stored++;
    await new Promise(() => {}); // never answer: the page is closed meanwhile
  });
  for (const code of demoCodes(4, 'CLOSED')) await pasteCheckIn(page, code);
  await expect.poll(() => stored, { timeout: 15_000 }).toBeGreaterThan(0);
  await page.close();

  // Reopened: the same entries are still pending and go again, and the network delivers each
  // request twice. The server holds each entry once (and refuses the copy as a replay).
  const again = await context.newPage();
  let copies = 0;
  await again.route(UPLOAD, async (route) => {
    const first = await route.fetch();
    const copy = await route.fetch();
    if (copy.status() === 401) copies++;
    await route.fulfill({ response: first });
  });
  await again.goto('/');
  await expect(again.getByRole('button', { name: 'Quản lý' })).toBeVisible();
  await again.evaluate("window.dispatchEvent(new Event('online'))");
  await expectExactlyOnce(again, before);
  expect(copies).toBeGreaterThan(0);
});

test('a kiosk enrolls by scanning the enrollment QR with its camera', async ({}, testInfo) => {
  const server = e2eServer();
  const ticket = await server.newEnrollmentCode();
  const video = codeVideo(
    testInfo.outputPath('enroll.y4m'),
    [formatEnrollmentText(server.url, ticket.code)],
    { blank: 10, hold: 60 },
  );
  const browser = await launchChromium({ video });
  try {
    const page = await browser.newPage({ baseURL: server.url });
    await page.goto('/');
    await wizardToModeChoice(page);
    await page.getByTestId('mode-enroll').click();
    await page.getByRole('button', { name: 'Quét mã QR đăng ký' }).click();
    await expect(page.getByTestId('enroll-filled')).toBeVisible({ timeout: 15_000 });
    await expect(page.getByLabel('Mã đăng ký')).toHaveValue(ticket.code);
    await page.getByLabel('Tên thiết bị').fill('Cửa sau');
    await page.getByRole('button', { name: 'Đăng ký', exact: true }).click();
    await expect(page.getByTestId('setup-bundle')).toBeVisible({ timeout: 15_000 });
  } finally {
    await browser.close();
  }
});
