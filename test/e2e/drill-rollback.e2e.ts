// Rollbacks. (1) The server goes back to the previous release (0.1.0) after this one ran: the
// browser installs 0.1.0's worker by itself, but this release never applies it (it does not
// say what it is, and the data is already of this release's version), says so in words, and
// the kiosk goes on scanning and saving, reload or not. (2) This build meets data of a newer
// release (a future rollback): the database is upgraded under the running kiosk by a newer
// version, the kiosk stops at once ("Đang cập nhật…") and reloads, then refuses to start,
// saying what to do; and its service worker refuses to install over that data. No entry is
// lost and no raw error is shown.
import { expect, test, type Page } from '@playwright/test';
import { SCHEMA_VERSION } from '../../src/model';
import { checkInTyped, completeStandaloneSetup, dismissVerdict } from './support/admin-steps';
import { chromiumLaunchOptions } from './support/chromium';
import { kioskData, readEntries } from './support/kiosk-data';
import {
  CURRENT_BUILD,
  PREVIOUS_RELEASE,
  startReleaseSite,
  type ReleaseSite,
} from './support/release-site';
import {
  checkForWorker,
  installNewWorker,
  kioskDbVersion,
  marker,
  setMarker,
  waitForController,
  waitForWaitingWorker,
} from './support/worker-steps';

test.use({ launchOptions: chromiumLaunchOptions({ camera: 'none' }) });

let site: ReleaseSite;
test.beforeEach(async () => void (site = await startReleaseSite(CURRENT_BUILD)));
test.afterEach(() => site.close());

/** This release, set up, with three entries. */
async function kioskWithEntries(page: Page): Promise<ReturnType<typeof kioskData>> {
  const data = kioskData();
  await page.goto(`${site.origin}/`);
  await completeStandaloneSetup(page, data);
  await waitForController(page);
  for (const kind of ['green', 'red', 'cccd'] as const) {
    await checkInTyped(page, data.code(kind));
    await dismissVerdict(page);
  }
  expect(await readEntries(page)).toHaveLength(3);
  return data;
}

/** Every heading the page shows, kept in sessionStorage so that it outlives a reload. */
async function recordHeadings(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen = () => JSON.parse(sessionStorage.getItem('headings') ?? '[]') as string[];
    new MutationObserver(() => {
      const now = Array.from(document.querySelectorAll('h1')).map((h) => h.textContent ?? '');
      const all = seen();
      for (const h of now) if (h && all[all.length - 1] !== h) all.push(h);
      sessionStorage.setItem('headings', JSON.stringify(all));
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

test('the server back on 0.1.0: this release keeps running, never applies it, and says so', async ({
  page,
}) => {
  await page.clock.install();
  const data = await kioskWithEntries(page);
  await setMarker(page);

  site.serve(PREVIOUS_RELEASE);
  await checkForWorker(page);
  await waitForWaitingWorker(page); // the browser installed 0.1.0's worker by itself
  await expect(page.getByTestId('older-build-offered')).toContainText(
    'Máy chủ đang phục vụ phiên bản kiosk cũ hơn',
  );
  await expect(page.getByTestId('update-banner')).toHaveCount(0);
  await page.clock.fastForward('10:00'); // far past the quiet time an update waits for
  expect(await marker(page)).toBe('before');

  // The guard reloads (or the tablet restarts the page): still this release, still scanning.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Quản lý' })).toBeVisible();
  expect(await kioskDbVersion(page)).toBe(SCHEMA_VERSION);
  await checkInTyped(page, data.code('can-cuoc'));
  await expect(page.locator('.verdict__warning')).toHaveCount(0); // saved
  await dismissVerdict(page);
  expect(await readEntries(page)).toHaveLength(4);

  // The server serves this release again: the older worker is replaced and forgotten.
  site.serve(CURRENT_BUILD);
  site.bumpWorker();
  await checkForWorker(page);
  await expect(page.getByTestId('older-build-offered')).toHaveCount(0);
  await expect(page.getByTestId('update-banner')).toBeVisible();
});

test('data of a newer release: the kiosk stops, reloads, refuses in words; its worker will not install', async ({
  page,
}) => {
  await recordHeadings(page);
  await kioskWithEntries(page);
  const ids = (await readEntries(page)).map((e) => e.id).sort();

  // A newer build (another tab) upgrades the database under the running kiosk. (Any page of
  // the origin will do; /demo is not a kiosk page, so it does not start a kiosk of its own.)
  const newer = await page.context().newPage();
  await newer.goto(`${site.origin}/demo`);
  await Promise.all([
    page.waitForEvent('load'),
    newer.evaluate(
      (version) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('kiosk', version);
          open.onsuccess = () => (open.result.close(), resolve());
          open.onerror = () => reject(open.error);
        }),
      SCHEMA_VERSION + 1,
    ),
  ]);
  await newer.close();
  const refusal = page.getByRole('alert');
  await expect(refusal).toContainText('Phiên bản kiosk này cũ hơn dữ liệu trên máy');
  await expect(refusal).toContainText(`dữ liệu bản ${SCHEMA_VERSION + 1}`);
  await expect(refusal.getByRole('button', { name: 'Thử lại / Retry' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Quản lý' })).toHaveCount(0);
  await expect(page.getByText('VersionError')).toHaveCount(0);
  // It stopped at once, saying so, before the reload.
  const headings = await page.evaluate(() => sessionStorage.getItem('headings'));
  expect(JSON.parse(headings!)).toContain('Đang cập nhật…');

  // This build's worker, published again, refuses to install over that data.
  site.bumpWorker();
  expect(await installNewWorker(page)).toBe('redundant');
  const registration = await page.evaluate(async () => {
    const r = (await navigator.serviceWorker.getRegistration())!;
    return { waiting: !!r.waiting, installing: !!r.installing, active: r.active?.state };
  });
  expect(registration).toEqual({ waiting: false, installing: false, active: 'activated' });

  // Nothing was lost: the newer release will find every entry.
  expect((await readEntries(page)).map((e) => e.id).sort()).toEqual(ids);
});
