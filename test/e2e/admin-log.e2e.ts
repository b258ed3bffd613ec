// The admin log over the real store: today's entries masked, totals by verdict and the guard's
// call, the hourly chart's summary, search, CSV export (BOM, Vietnamese), and the retention
// purge that deletes old synced entries and keeps old unsynced ones.
import { readFile } from 'node:fs/promises';
import { plausibleEntry } from '../support/make-entry';
import { expect, test, type Page } from '@playwright/test';
import { toEntryRecord } from '../../src/store/entry-record';
import type { Entry } from '../../src/model';
import {
  checkInTyped,
  completeStandaloneSetup,
  dismissVerdict,
  openAdmin,
} from './support/admin-steps';
import { kioskData, readEntries } from './support/kiosk-data';

const DAY = 86_400_000;

test("today's log: totals, chart, masked names, search and CSV export", async ({ page }) => {
  const data = kioskData();
  await page.goto('/');
  await completeStandaloneSetup(page, data);

  await checkInTyped(page, data.code('green'));
  await dismissVerdict(page);
  await checkInTyped(page, data.code('yellow'));
  await dismissVerdict(page);
  await checkInTyped(page, data.code('red'));
  await dismissVerdict(page);
  await checkInTyped(page, data.code('unsigned'));
  await page.locator('.verdict').getByRole('button', { name: 'Cho vào' }).click();
  await checkInTyped(page, data.code('cccd'));
  await page.locator('.verdict').getByRole('button', { name: 'Từ chối' }).click();
  await expect(page.locator('.verdict')).toHaveCount(0);

  await openAdmin(page);
  await expect(page.getByTestId('total-admit').locator('dd')).toHaveText('2');
  await expect(page.getByTestId('total-review').locator('dd')).toHaveText('2');
  await expect(page.getByTestId('total-review-admitted').locator('dd')).toHaveText('1');
  await expect(page.getByTestId('total-review-other').locator('dd')).toHaveText('1');
  await expect(page.getByTestId('total-deny').locator('dd')).toHaveText('1');
  await expect(page.getByTestId('total-admitted').locator('dd')).toHaveText('3');
  await expect(page.getByTestId('total-in').locator('dd')).toHaveText('3');
  await expect(page.getByTestId('hourly-summary')).toContainText('Hôm nay có 5 lượt');
  await expect(page.locator('.hourly__bar[data-count="5"]')).toHaveCount(1);

  const list = page.getByTestId('entries');
  await expect(list.locator('li')).toHaveCount(5);
  await expect(list).toContainText('N. L. K. HAN');
  await expect(list).toContainText('N. L. K. Hân');
  await expect(list).not.toContainText('NGUYEN LE KHA HAN');
  await expect(list).toContainText('Kiểm tra → cho vào');
  await expect(list).toContainText('Kiểm tra → từ chối');

  await page.getByLabel('Tìm theo tên hoặc số giấy tờ').fill('binh');
  await expect(list.locator('li')).toHaveCount(1);
  await expect(list).toContainText('T. V. BINH');

  const download = page.waitForEvent('download');
  await page.getByTestId('export-csv').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^kiosk-log-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = await readFile((await file.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8');
  expect(text).toContain('N. L. K. Hân');
  expect(text.trim().split('\r\n')).toHaveLength(6);
  await expect(page.getByText('Đã tải file')).toBeVisible();
});

/** Writes entries straight into the kiosk's IndexedDB, in the store's own record form. */
async function putOldEntries(page: Page, entries: Entry[]): Promise<void> {
  const records = entries.map(toEntryRecord);
  await page.evaluate(
    (records) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('kiosk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('entries', 'readwrite');
          for (const r of records) tx.objectStore('entries').put(r);
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      }),
    records,
  );
}

function oldEntry(i: number, at: number, syncedAt: number | null): Entry {
  return plausibleEntry(at, i, {
    passId: `qid:old${i}`,
    maskedName: `N. V. CU${i}`,
    birthYear: 1980,
    maskedId: '******000000',
    kid: null,
    syncedAt,
  });
}

test('retention purge deletes old synced entries and keeps old unsynced ones', async ({ page }) => {
  const data = kioskData();
  await page.goto('/');
  await completeStandaloneSetup(page, data);
  await checkInTyped(page, data.code('green'));
  await dismissVerdict(page);

  const now = Date.now();
  const old = now - 30 * DAY;
  await putOldEntries(page, [
    oldEntry(1, old, old + 60_000),
    oldEntry(2, old + 1000, old + 60_000),
    oldEntry(3, old + 2000, old + 60_000),
    oldEntry(4, old + 3000, null),
    oldEntry(5, old + 4000, null),
  ]);

  await openAdmin(page);
  await expect(page.getByText('cũ hơn 21 ngày')).toBeVisible();
  await page.getByTestId('purge').click();
  await expect(page.getByTestId('purge-result')).toHaveText(
    'Đã xóa 3 lượt cũ. Giữ lại 2 lượt cũ vì chưa gửi lên máy chủ.',
  );

  const left = await readEntries(page);
  expect(left.map((e) => e.maskedName).sort()).toEqual(['N. L. K. HAN', 'N. V. CU4', 'N. V. CU5']);
});
