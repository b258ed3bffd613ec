// A live kiosk upgraded from the previous release (0.1.0, its committed build) to this one on
// one origin, with two kiosk tabs open, as an owner's server would be upgraded under them.
// The first tab applies the update (the guard's tap on 0.1.0's banner) and this release
// upgrades the database (schema 2 → this build's) while the second, still 0.1.0, lets go of
// it; the second reloads into this release and, the kiosk being open in the first, says so
// instead of scanning, until the guard moves the kiosk there. Every entry, decision, setting,
// the PIN and the trust bundle come through; both tabs' new check-ins are saved.
import { expect, test, type Page } from '@playwright/test';
import { SCHEMA_VERSION, type Entry } from '../../src/model';
import {
  ADMIN_PIN,
  checkInTyped,
  completeStandaloneSetup,
  dismissVerdict,
  openAdmin,
} from './support/admin-steps';
import { chromiumLaunchOptions } from './support/chromium';
import { kioskData, readEntries } from './support/kiosk-data';
import { issueSignedCode } from '../../src/issuer/personal-code';
import { issuerKey } from '../support/world';
import {
  CURRENT_BUILD,
  PREVIOUS_RELEASE,
  startReleaseSite,
  type ReleaseSite,
} from './support/release-site';
import {
  checkForWorker,
  kioskDbVersion,
  waitForController,
  waitForWaitingWorker,
} from './support/worker-steps';

// No camera: the codes are typed, and 0.1.0's decoder reading the fake camera's frames in
// two tabs would only load the machine.
test.use({ launchOptions: chromiumLaunchOptions({ camera: 'none' }) });

let site: ReleaseSite;
test.beforeAll(async () => void (site = await startReleaseSite(PREVIOUS_RELEASE)));
test.afterAll(() => site.close());

/** A green pass of someone not yet checked in (the samples' people were, moments ago). */
function freshGreenCode(qid: string): string {
  const now = Date.now();
  const dose = new Date(now - 40 * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
  return issueSignedCode(
    {
      documentNumber: '001090000001',
      name: 'TRAN THI BINH',
      birthDate: '1991-02-02',
      declaredBy: '0',
      qid,
    },
    { issuedAt: now - 86_400_000, vaccination: `2,2,${dose},AZ` },
    issuerKey,
  );
}

const kept = (entries: Entry[]) =>
  entries.map(({ id, verdict, decision }) => ({ id, verdict, decision }));

/** A review verdict decided by the guard (the 0.1.0 and today's screens alike). */
async function admitReview(page: Page, code: string): Promise<void> {
  await checkInTyped(page, code);
  await page.locator('.verdict').getByRole('button', { name: 'Cho vào' }).click();
  await expect(page.locator('.verdict')).toHaveCount(0);
}

test('two tabs on 0.1.0 upgrade to this release on one origin: nothing lost, one kiosk tab', async ({
  context,
  page: first,
}) => {
  const data = kioskData();

  // 0.1.0, set up and used: admits, a decided review, a denial.
  await first.goto(`${site.origin}/`);
  await completeStandaloneSetup(first, data);
  await waitForController(first);
  for (const kind of ['green', 'yellow', 'red'] as const) {
    await checkInTyped(first, data.code(kind));
    await dismissVerdict(first);
  }
  await admitReview(first, data.code('unsigned'));
  const second = await context.newPage();
  await second.goto(`${site.origin}/`);
  await expect(second.getByRole('button', { name: 'Quản lý' })).toBeVisible();
  const before = await readEntries(first);
  expect(before).toHaveLength(4);
  expect(await kioskDbVersion(first)).toBe(2);

  // The server now serves this release; the first tab finds it and the guard applies it.
  site.serve(CURRENT_BUILD);
  await checkForWorker(first);
  await waitForWaitingWorker(first);
  await expect(first.getByTestId('update-banner')).toBeVisible();
  await Promise.all([first.waitForEvent('load'), first.getByTestId('update-apply').click()]);
  await expect(first.getByRole('button', { name: 'Quản lý' })).toBeVisible({ timeout: 15_000 });
  expect(await kioskDbVersion(first)).toBe(SCHEMA_VERSION);

  // The second tab, still 0.1.0, was told a new version took over; its guard applies it too.
  // Reloaded into this release, it finds the kiosk open in the first tab and says so.
  await expect(second.getByTestId('update-banner')).toBeVisible();
  await Promise.all([second.waitForEvent('load'), second.getByTestId('update-apply').click()]);
  await expect(second.getByText('Kiosk đang mở ở cửa sổ khác')).toBeVisible();
  await expect(second.getByRole('button', { name: 'Quản lý' })).toHaveCount(0);

  // The first tab scans and saves with this release.
  await checkInTyped(first, data.code('cccd'));
  await first.locator('.verdict').getByRole('button', { name: 'Cho vào' }).click();
  await expect(first.locator('.verdict')).toHaveCount(0);

  // The guard moves the kiosk to the second tab: the first stops, the second scans.
  await second.getByTestId('take-over').click();
  await expect(first.getByText('Kiosk đã chuyển sang cửa sổ khác')).toBeVisible();
  await expect(second.getByRole('button', { name: 'Quản lý' })).toBeVisible();
  await checkInTyped(second, data.code('can-cuoc'));
  await dismissVerdict(second);

  // Every entry of 0.1.0, as it was, and both new ones.
  const after = await readEntries(second);
  expect(after).toHaveLength(6);
  expect(kept(after.filter((e) => before.some((b) => b.id === e.id)))).toEqual(
    expect.arrayContaining(kept(before)),
  );
  expect(after.filter((e) => e.decision === 'admit')).toHaveLength(2);

  // The PIN and settings of 0.1.0 still open the admin screen, which names this release.
  await openAdmin(second, ADMIN_PIN);
  await second.getByRole('tab', { name: 'Cài đặt' }).click();
  await expect(second.getByTestId('app-version')).toContainText(`(dữ liệu bản ${SCHEMA_VERSION})`);
  // The trust bundle came through: a green pass is admitted outright.
  await second.getByTestId('admin-close').click();
  await checkInTyped(second, freshGreenCode('987650001'));
  await expect(second.locator('.verdict')).toHaveAttribute('data-tone', 'admit');
});
