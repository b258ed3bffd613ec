// The first-run wizard, standalone path: language, PIN twice (a mismatch starts over), a
// bundle refused under the wrong root key with the reason in plain Vietnamese, then accepted
// under the right one. Setup then holds across a reload, and the kiosk admits a valid code.
import { expect, test } from '@playwright/test';
import { encodeB64u } from '../../src/core';
import { keyPairFromSecret } from '../../src/issuer/keys';
import { ADMIN_PIN, checkInTyped, tapPin, wizardToModeChoice } from './support/admin-steps';
import { kioskData } from './support/kiosk-data';

test('standalone setup: PIN twice, bundle checked against the root key, then the kiosk admits', async ({
  page,
}) => {
  const data = kioskData();
  await page.goto('/');
  await expect(page.getByTestId('setup-progress')).toHaveText('Bước 1/5');
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();

  await expect(page.getByRole('heading', { name: 'Đặt mã PIN quản lý' })).toBeVisible();
  const next = page.getByRole('button', { name: 'Tiếp tục' });
  await tapPin(page, '123');
  await expect(next).toBeDisabled();
  await tapPin(page, '4');
  await next.click();
  await expect(page.getByRole('heading', { name: 'Nhập lại mã PIN để xác nhận' })).toBeVisible();
  await tapPin(page, '1235');
  await next.click();
  await expect(page.getByRole('alert')).toHaveText(
    'Hai lần nhập không giống nhau. Hãy đặt lại mã PIN.',
  );
  await tapPin(page, ADMIN_PIN);
  await next.click();
  await tapPin(page, ADMIN_PIN);
  await next.click();

  await expect(page.getByTestId('setup-progress')).toHaveText('Bước 3/5');
  await page.getByTestId('mode-standalone').click();
  const otherRoot = encodeB64u(keyPairFromSecret(new Uint8Array(32).fill(9)).publicKey);
  await page.getByLabel('Tên địa điểm (không bắt buộc)').fill('Nhà sách Đồng Xuân');
  await page.getByLabel('Khóa gốc (43 ký tự base64url)').fill('không phải khóa');
  await page.getByRole('button', { name: 'Kiểm tra và dùng' }).click();
  await expect(page.getByTestId('standalone-problem')).toContainText('Khóa không hợp lệ');

  await page.getByLabel('Khóa gốc (43 ký tự base64url)').fill(otherRoot);
  await page.locator('#standalone-bundle').setInputFiles({
    name: 'bundle.json',
    mimeType: 'application/json',
    buffer: Buffer.from(data.bundle),
  });
  await expect(page.getByText('Đã chọn: bundle.json')).toBeVisible();
  await page.getByRole('button', { name: 'Kiểm tra và dùng' }).click();
  await expect(page.getByTestId('standalone-problem')).toHaveText(
    'Không nhận file này. File được ký bằng một khóa gốc mà máy này không tin. Hãy kiểm tra khóa gốc, hoặc xin đúng file từ nơi quản lý.',
  );

  await page.getByLabel('Khóa gốc (43 ký tự base64url)').fill(data.rootKey);
  await page.getByRole('button', { name: 'Kiểm tra và dùng' }).click();
  await expect(page.getByTestId('setup-bundle')).toContainText(
    'Đã có dữ liệu khóa tin cậy, phiên bản 1',
  );
  await page.getByTestId('setup-finish').click();

  await expect(page.getByRole('button', { name: 'Quản lý' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Quản lý' })).toBeVisible();
  await expect(page.getByText('Nhà sách Đồng Xuân')).toBeVisible();
  await checkInTyped(page, data.code('green'));
  await expect(page.locator('.verdict')).toHaveAttribute('data-tone', 'admit');
});

test('the wizard says which step it is on in English too', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByTestId('setup-progress')).toHaveText('Step 2 of 5');
  await expect(page.getByRole('heading', { name: 'Set the admin PIN' })).toBeVisible();
});

test('enrolling: the QR text fills both fields; bad input and an unreachable server are explained', async ({
  page,
}) => {
  await page.goto('/');
  await wizardToModeChoice(page);
  await page.getByTestId('mode-enroll').click();
  const server = page.getByLabel('Địa chỉ máy chủ');
  const code = page.getByLabel('Mã đăng ký');
  const enroll = page.getByRole('button', { name: 'Đăng ký', exact: true });
  const problem = page.getByTestId('enroll-problem');
  // The page's own origin is offered first: the venue's server usually serves the kiosk too.
  await expect(server).toHaveValue(new URL(page.url()).origin);

  await server.fill('ftp://kiosk');
  await code.fill('7KD2M-QX9WE');
  await enroll.click();
  await expect(problem).toHaveText('Địa chỉ máy chủ không hợp lệ. Ví dụ: https://kiosk.congty.vn');
  await server.fill('kiosk.example.vn');
  await code.fill('ABCD-1234');
  await enroll.click();
  await expect(problem).toHaveText('Mã đăng ký không đúng. Hãy kiểm tra lại từng ký tự.');

  // An enrollment QR's text pasted into either field fills both (the code as people write it).
  await code.fill('KIOSK-ENROLL|http://127.0.0.1:9|7kd2m qx9we');
  await expect(server).toHaveValue('http://127.0.0.1:9');
  await expect(code).toHaveValue('7KD2M-QX9WE');
  await expect(page.getByTestId('enroll-filled')).toBeVisible();
  await enroll.click();
  await expect(problem).toHaveText('Hãy đặt tên cho thiết bị này, ví dụ: Cửa chính.');
  await page.getByLabel('Tên thiết bị').fill('Cửa chính');
  await enroll.click();
  await expect(problem).toHaveText(
    'Không kết nối được máy chủ. Hãy kiểm tra mạng và địa chỉ máy chủ rồi thử lại.',
  );

  // The request may have reached the server before the network failed: after a reload the
  // kiosk asks again, with the same code, name and key, instead of starting over.
  await page.reload();
  await expect(page.getByTestId('setup-progress')).toHaveText('Bước 4/5');
  await expect(code).toHaveValue('7KD2M-QX9WE');
  await expect(page.getByLabel('Tên thiết bị')).toHaveValue('Cửa chính');
  await expect(problem).toHaveText(
    'Không kết nối được máy chủ. Hãy kiểm tra mạng và địa chỉ máy chủ rồi thử lại.',
  );
});

test('the offline note of the first install never moves the PIN keys under a finger', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  const key = page.getByRole('button', { name: '2', exact: true });
  // The install finishes while the PIN is typed: the note comes (and goes 8 s later).
  await expect(page.getByTestId('offline-ready')).toBeVisible({ timeout: 20_000 });
  const withNote = await key.boundingBox();
  await page.getByRole('button', { name: 'Đã hiểu' }).click();
  await expect(page.getByTestId('offline-ready')).toHaveCount(0);
  expect(await key.boundingBox()).toEqual(withNote);
});
