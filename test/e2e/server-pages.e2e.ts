// The owner, authority and operator pages in Chromium, against the real server: an invite
// link that works once, the walls between owners, logout, an audited tracing query, retention
// and erasure. Data is planted through signed uploads, as kiosks send it.
import { expect, test } from '@playwright/test';
import { vietnamDayOf } from '../../server/pages/vietnam-day';
import {
  account,
  plant,
  signInPage,
  TEST_PASSWORD,
  unique,
  venueWithDevice,
} from './support/account-steps';

const H = 3_600_000;
const DAY = 24 * H;

test('an invite link made on the operator page works once', async ({ browser }) => {
  const venue = await venueWithDevice(unique('Quán mời'));
  const operator = await browser.newContext();
  const op = await operator.newPage();
  await signInPage(op, await account({ role: 'operator' }));
  await op.getByRole('link', { name: 'Tài khoản người dùng' }).click();
  await op.getByLabel('Vai trò').selectOption('owner');
  await op.locator(`input[name=venue][value="${venue.id}"]`).check();
  await op.getByRole('button', { name: 'Tạo liên kết mời' }).click();
  const link = (await op.getByTestId('invite-link').textContent())!;
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);

  const owner = await browser.newContext();
  const page = await owner.newPage();
  await page.goto(link);
  await page.getByLabel('Tên đăng nhập').fill(unique('chu'));
  await page.locator('input[name=password]').fill(TEST_PASSWORD);
  await page.locator('input[name=password2]').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Tạo tài khoản và đăng nhập' }).click();
  await expect(page.getByRole('heading', { name: 'Nhật ký check-in' })).toBeVisible();

  const again = await (await browser.newContext()).newPage();
  const second = await again.goto(link);
  expect(second!.status()).toBe(410);
  await expect(again.getByText('Liên kết mời này đã được dùng')).toBeVisible();
  await Promise.all([operator.close(), owner.close(), again.context().close()]);
});

test("an owner of venue A gets 403 for venue B's entries, export and devices; logout ends the session", async ({
  page,
  context,
}) => {
  const a = await venueWithDevice(unique('Quán A'));
  const b = await venueWithDevice(unique('Quán B'));
  await plant(b.device, [{ maskedName: 'B. ONLY' }]);
  await plant(a.device, [{ maskedName: 'A. GUEST' }]);
  await signInPage(page, await account({ role: 'owner', venues: [a.id] }));
  await expect(page.getByText('A. GUEST')).toBeVisible();
  for (const path of [
    `/admin?venue=${b.id}`,
    `/admin/export.csv?venue=${b.id}`,
    `/admin/devices?venue=${b.id}`,
  ]) {
    const res = await context.request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(403);
    expect(await res.text()).not.toContain('B. ONLY');
  }
  const shown = await page.goto(`/admin?venue=${b.id}`);
  expect(shown!.status()).toBe(403);
  await expect(page.getByRole('heading', { name: 'Không được phép' })).toBeVisible();

  const session = (await context.cookies()).find((c) => c.name === 'kiosk_session')!;
  await page.goto('/admin');
  await page.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(page.getByText('Bạn đã đăng xuất.')).toBeVisible();
  // The old cookie, put back by hand, opens nothing: the session is gone from the server.
  await context.addCookies([session]);
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/login\?next=/);
});

test('a tracing query finds the planted contacts, gives a CSV, and lands in the audit log', async ({
  browser,
}) => {
  const cccd = `0010${String(Date.now()).slice(-8)}`;
  const venue = await venueWithDevice(unique('Quán truy vết'));
  const t0 = Date.now() - 2 * DAY;
  await plant(venue.device, [
    { at: t0, passId: `cccd:${cccd}`, format: 'cccd', maskedName: 'X. TRACED' },
    { at: t0 + H, passId: 'qid:C1', maskedName: 'C. NEARBY' },
    { at: t0 - 30 * 60_000, passId: 'qid:C2', maskedName: 'D. NEARBY' },
    { at: t0 + 5 * H, passId: 'qid:C3', maskedName: 'E. LATER' },
  ]);
  const authority = await browser.newContext();
  const page = await authority.newPage();
  const login = await account({ role: 'authority' });
  await signInPage(page, login);
  await expect(page.getByRole('heading', { name: 'Tra cứu tiếp xúc' })).toBeVisible();
  await page.getByLabel('Số CCCD / Căn cước').fill(cccd);
  await page.getByLabel('Từ ngày').fill(vietnamDayOf(t0 - DAY));
  await page.getByLabel('Đến ngày').fill(vietnamDayOf(Date.now()));
  await page.getByLabel('Cộng trừ (giờ)').fill('2');
  await page.getByRole('button', { name: 'Tra cứu', exact: true }).click();
  await expect(page.getByText('Lần tra cứu này đã được ghi vào nhật ký.')).toBeVisible();
  await expect(page.getByText('X. TRACED')).toBeVisible();
  await expect(page.getByText('C. NEARBY')).toBeVisible();
  await expect(page.getByText('D. NEARBY')).toBeVisible();
  await expect(page.getByText('E. LATER')).toHaveCount(0);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Tải CSV' }).click(),
  ]);
  const csv = await (await download.createReadStream()).toArray();
  const text = Buffer.concat(csv).toString('utf8');
  expect(text.match(/^contact,/gm)).toHaveLength(2);

  const owner = await browser.newContext();
  const ownerPage = await owner.newPage();
  await signInPage(ownerPage, await account({ role: 'owner', venues: [venue.id] }));
  await ownerPage.getByRole('link', { name: 'Nhật ký tra cứu' }).click();
  const rows = ownerPage.locator('tr[data-action^="trace"]');
  await expect(rows).toHaveCount(2); // the page and the CSV: two audited queries
  await expect(rows.first()).toContainText(login);
  await expect(rows.first()).toContainText('********' + cccd.slice(-4));
  await Promise.all([authority.close(), owner.close()]);
});

test('retention removes old entries and nothing newer; erasure removes one person', async ({
  browser,
}) => {
  const venue = await venueWithDevice(unique('Quán lưu trữ'));
  const cccd = `0020${String(Date.now()).slice(-8)}`;
  await plant(venue.device, [
    { at: Date.now() - 40 * DAY, maskedName: 'OLD. GUEST' },
    { at: Date.now() - DAY, passId: `cccd:${cccd}`, format: 'cccd', maskedName: 'ERASE. ME' },
    { at: Date.now() - DAY + 1000, maskedName: 'KEEP. ME' },
  ]);
  const owner = await browser.newContext();
  const ownerPage = await owner.newPage();
  await signInPage(ownerPage, await account({ role: 'owner', venues: [venue.id] }));
  const range = `venue=${venue.id}&from=${vietnamDayOf(Date.now() - 45 * DAY)}&to=${vietnamDayOf(Date.now())}`;
  const names = async () => {
    const csv = await (await owner.request.get(`/admin/export.csv?${range}`)).text();
    return ['OLD. GUEST', 'ERASE. ME', 'KEEP. ME'].filter((n) => csv.includes(n));
  };

  const operator = await browser.newContext();
  const op = await operator.newPage();
  await signInPage(op, await account({ role: 'operator' }));
  await op.getByRole('button', { name: 'Xóa dữ liệu quá hạn ngay' }).click();
  await expect(op.getByText(/Đã xóa \d+ lượt quét quá hạn/)).toBeVisible();
  expect(await names()).toEqual(['ERASE. ME', 'KEEP. ME']);

  await ownerPage.getByRole('link', { name: 'Xóa dữ liệu một người' }).click();
  await ownerPage.getByLabel('Số CCCD / Căn cước').fill(cccd);
  await ownerPage.getByRole('button', { name: 'Tìm' }).click();
  await expect(ownerPage.getByText('Tìm thấy 1 lượt quét của người này.')).toBeVisible();
  await ownerPage.getByRole('button', { name: 'Xóa vĩnh viễn 1 lượt quét' }).click();
  await expect(ownerPage.getByText('Đã xóa 1 lượt quét.')).toBeVisible();
  expect(await names()).toEqual(['KEEP. ME']);
  await ownerPage.getByRole('link', { name: 'Nhật ký tra cứu' }).click();
  await expect(ownerPage.locator('tr[data-action="erase.person"]')).toHaveCount(1);
  await Promise.all([owner.close(), operator.close()]);
});
