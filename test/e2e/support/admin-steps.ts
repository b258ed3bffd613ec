// Steps the admin, setup, offline and update end-to-end tests share: going through the setup
// wizard (standalone), the PIN keypad, opening the admin screen, and typing a code in.
import { expect, type Page } from '@playwright/test';
import { kioskData } from './kiosk-data';

export const ADMIN_PIN = '2580';

/** Taps a PIN on the on-screen keypad (the digits are buttons named by their digit). */
export async function tapPin(page: Page, pin: string): Promise<void> {
  for (const digit of pin) await page.getByRole('button', { name: digit, exact: true }).click();
}

/** First run up to the choice of mode: Vietnamese, then the admin PIN twice. */
export async function wizardToModeChoice(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Tiếng Việt' }).click();
  for (let i = 0; i < 2; i++) {
    await tapPin(page, ADMIN_PIN);
    await page.getByRole('button', { name: 'Tiếp tục' }).click();
  }
}

/** First run, in Vietnamese: PIN twice, then a root key and a bundle file, then "start". */
export async function completeStandaloneSetup(page: Page, data = kioskData()): Promise<void> {
  await wizardToModeChoice(page);
  await page.getByTestId('mode-standalone').click();
  await page.getByLabel('Khóa gốc (43 ký tự base64url)').fill(data.rootKey);
  await page.locator('#standalone-bundle').setInputFiles({
    name: 'bundle.json',
    mimeType: 'application/json',
    buffer: Buffer.from(data.bundle),
  });
  await page.getByRole('button', { name: 'Kiểm tra và dùng' }).click();
  await expect(page.getByTestId('setup-bundle')).toBeVisible();
  await page.getByTestId('setup-finish').click();
  await expect(page.getByRole('button', { name: 'Quản lý' })).toBeVisible();
}

/** From the kiosk screen: the admin button, then the PIN. */
export async function openAdmin(page: Page, pin = ADMIN_PIN): Promise<void> {
  await page.getByRole('button', { name: 'Quản lý' }).click();
  await tapPin(page, pin);
  await page.getByRole('button', { name: 'Mở', exact: true }).click();
  await expect(page.getByRole('tab', { name: 'Nhật ký' })).toBeVisible();
}

/** Types a code's text into the kiosk's "enter code" dialog; resolves when the verdict shows. */
export async function checkInTyped(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: 'Nhập mã' }).click();
  await page.getByLabel('Nội dung mã QR').fill(text);
  await page.getByRole('button', { name: 'Kiểm tra' }).click();
  await expect(page.locator('.verdict')).toBeVisible();
}

/**
 * Takes the verdict away and waits for the scanning screen: a tap, or on a review that waits
 * for the guard (a tap does not take it away), the guard's `decision`.
 */
export async function dismissVerdict(
  page: Page,
  decision: 'Cho vào' | 'Từ chối' = 'Từ chối',
): Promise<void> {
  const verdict = page.locator('.verdict');
  if ((await verdict.getAttribute('data-waiting')) === 'true')
    await verdict.getByRole('button', { name: decision }).click();
  else await verdict.click({ position: { x: 5, y: 5 } });
  await expect(verdict).toHaveCount(0);
}
