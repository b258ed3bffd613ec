// Steps of the sync end-to-end tests: enrolling a kiosk through the wizard with a fresh code,
// issuing codes the demo bundle trusts, and reading what the server holds (owner CSV).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { decodeB64uExact } from '../../../src/core';
import { keyPairFromSecret } from '../../../src/issuer/keys';
import { issueSignedCode } from '../../../src/issuer/personal-code';
import { getPage } from '../../server/support/page-client';
import { e2eServer } from '../../sync/support/e2e-server';
import { wizardToModeChoice } from './admin-steps';

/** First run, enrolling as `label` with `code` (by default a fresh one of the demo venue). */
export async function enrollKiosk(page: Page, label = 'Cửa chính', code?: string): Promise<void> {
  const ticket = code ? { code } : await e2eServer().newEnrollmentCode();
  await page.goto('/');
  await wizardToModeChoice(page);
  await page.getByTestId('mode-enroll').click();
  await page.getByLabel('Mã đăng ký').fill(ticket.code);
  await page.getByLabel('Tên thiết bị').fill(label);
  await page.getByRole('button', { name: 'Đăng ký', exact: true }).click();
  await expect(page.getByTestId('setup-bundle')).toBeVisible({ timeout: 15_000 });
  await page.getByTestId('setup-finish').click();
  await expect(page.getByRole('button', { name: 'Quản lý' })).toBeVisible();
}

/** Distinct green codes from the demo issuer (whose key the server keeps in its data folder). */
export function demoCodes(n: number, tag: string): string[] {
  const keys = JSON.parse(readFileSync(join(e2eServer().dataDir, 'demo', 'keys.json'), 'utf8')) as {
    issuer: string;
  };
  const issuer = keyPairFromSecret(decodeB64uExact(keys.issuer, 32)!);
  const now = Date.now();
  const lastDose = new Date(now - 40 * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
  return Array.from({ length: n }, (_, i) =>
    issueSignedCode(
      {
        documentNumber: `00109${String(1_000_000 + i)}`,
        name: 'NGUYEN VAN AN',
        birthDate: '1990-01-01',
        declaredBy: '0',
        qid: `${tag}${i}`,
      },
      { issuedAt: now - 86_400_000, vaccination: `2,2,${lastDose},AZ` },
      issuer,
    ),
  );
}

/** Checks a code in through a paste (the quickest real input path) and taps the verdict away. */
export async function pasteCheckIn(page: Page, text: string): Promise<void> {
  await page.evaluate(`(() => {
    const data = new DataTransfer();
    data.setData('text/plain', ${JSON.stringify(text)});
    window.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data }));
  })()`);
  await expect(page.locator('.verdict')).toBeVisible();
  await page.locator('.verdict').click({ position: { x: 5, y: 5 } });
  await expect(page.locator('.verdict')).toHaveCount(0);
}

/** Entry ids the server holds for today (Vietnam day), from the owner's CSV export. */
export async function serverEntryIds(): Promise<string[]> {
  const server = e2eServer();
  const owner = await server.ownerSession();
  const csv = await (await getPage(owner, `/admin/export.csv?venue=${server.demoVenueId}`)).text();
  return csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .slice(1)
    .map((line) => line.split(',')[0]!);
}
