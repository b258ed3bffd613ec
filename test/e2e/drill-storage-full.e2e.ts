// Drill: the device's storage is full. Chromium refuses the kiosk's next IndexedDB write with a
// real QuotaExceededError (the origin's quota lowered to its usage through the DevTools
// protocol). The guard must still get the verdict, must be told in large type that this entry
// (or this decision on a review on screen) was NOT saved, and nothing already saved may be
// harmed. With room again, entries are saved.
import { expect, test } from '@playwright/test';
import { issueSignedCode } from '../../src/issuer/personal-code';
import { checkInTyped, dismissVerdict, openAdmin } from './support/admin-steps';
import { openDrillKiosk, type DrillKiosk } from './support/drill-kiosk';
import { kioskData, readEntries } from './support/kiosk-data';
import { fillTheDisk, freeTheDisk, prepareQuotaProbe } from './support/storage-quota';
import { issuerKey } from '../support/world';

const data = kioskData();
const NOT_SAVED_QUOTA = 'Bộ nhớ máy đã đầy: lượt này CHƯA được lưu. Hãy báo quản lý.';
const DECISION_NOT_SAVED_QUOTA = 'Bộ nhớ máy đã đầy: quyết định CHƯA được lưu. Hãy báo quản lý.';

/** A green pass of someone not seen yet (a new QID), so it cannot be a duplicate. */
function newGreenPass(qid: string, now = Date.now()): string {
  return issueSignedCode(
    {
      documentNumber: `0010${qid.slice(-8)}`,
      name: 'DO THI MAI',
      birthDate: '1992-05-06',
      declaredBy: '0',
      qid,
      gender: '2',
    },
    {
      issuedAt: now - 2 * 86_400_000,
      vaccination: `2,2,${new Date(now - 60 * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '')},AZ`,
    },
    issuerKey,
  );
}

let kiosk: DrillKiosk | null = null;
test.afterEach(async () => {
  await kiosk?.browser.close();
  kiosk = null;
});

test('storage full: the verdict says NOT saved, saved entries are intact, and saving resumes', async () => {
  test.setTimeout(120_000); // Chromium may take up to 30 s to notice the lowered quota
  kiosk = await openDrillKiosk({ camera: 'none', data });
  const { page, cdp, origin } = kiosk;
  const verdict = page.locator('.verdict');

  // A review's verdict stays up while the disk fills (up to 30 s): the longest auto-return.
  await openAdmin(page);
  await page.getByRole('tab', { name: 'Cài đặt' }).click();
  const otherReturn = page.getByLabel('Quay lại màn hình quét sau kết quả khác (giây)');
  await otherReturn.fill('120');
  await otherReturn.press('Enter');
  await expect(page.getByText('Đã lưu').first()).toBeVisible();
  await page.getByTestId('admin-close').click();

  for (const kind of ['green', 'yellow', 'cccd'] as const) {
    await checkInTyped(page, data.code(kind));
    await expect(verdict.getByRole('alert')).toHaveCount(0); // saved: no warning
    if (kind !== 'cccd') await dismissVerdict(page);
  }
  const saved = await readEntries(page);
  expect(saved).toHaveLength(3);

  await prepareQuotaProbe(page);
  await fillTheDisk(page, cdp, origin);

  // The guard decides on the review still on screen: the decision cannot be stored, the guard
  // is told so and the verdict stays (a tap takes it away); the entry stays undecided.
  await expect(verdict).toHaveAttribute('data-tone', 'review');
  await page.getByRole('button', { name: 'Cho vào' }).click();
  await expect(page.getByTestId('decision-not-saved')).toHaveText(DECISION_NOT_SAVED_QUOTA);
  await expect(verdict).toHaveAttribute('data-tone', 'review');
  expect(await readEntries(page)).toEqual(saved);
  await dismissVerdict(page);

  // An admit: the guard still lets the person in, and is told the entry is missing.
  await checkInTyped(page, newGreenPass('880000000001'));
  await expect(verdict).toHaveAttribute('data-tone', 'admit');
  await expect(verdict.getByRole('alert')).toHaveText(NOT_SAVED_QUOTA);
  await expect(page.locator('.sr-only[aria-live]')).toContainText('CHƯA được lưu');
  await dismissVerdict(page);

  // A review: the guard's decision on an entry that does not exist changes nothing.
  await checkInTyped(page, data.code('unsigned'));
  await expect(verdict).toHaveAttribute('data-tone', 'review');
  await expect(verdict.getByRole('alert')).toHaveText(NOT_SAVED_QUOTA);
  await page.getByRole('button', { name: 'Cho vào' }).click();
  await expect(verdict).toHaveCount(0);

  // Nothing saved before was lost or changed, and nothing half-written appeared.
  expect(await readEntries(page)).toEqual(saved);
  await expect(page.getByTestId('status-today')).toContainText('3');
  await expect(page.getByTestId('status-pending')).toContainText('3');

  // Room again: the next check-in is saved, with no warning.
  await freeTheDisk(cdp, origin);
  await checkInTyped(page, newGreenPass('880000000002'));
  await expect(verdict).toHaveAttribute('data-tone', 'admit');
  await expect(verdict.getByRole('alert')).toHaveCount(0);
  const after = await readEntries(page);
  expect(after).toHaveLength(4);
  expect(after.slice(0, 3)).toEqual(saved);
  expect(after[3]).toMatchObject({ verdict: 'admit', source: 'typed', maskedName: 'D. T. MAI' });
});
