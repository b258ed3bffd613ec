// The kiosk screen and a verdict at phone and tablet sizes, both ways up: nothing wider than
// the screen, touch targets at least 48 px, and the verdict's words and buttons on screen.
import { expect, test } from '@playwright/test';
import { checkInTyped, completeStandaloneSetup, dismissVerdict } from './support/admin-steps';
import { kioskData } from './support/kiosk-data';

const SIZES = [
  { width: 360, height: 640 },
  { width: 640, height: 360 },
  { width: 800, height: 1280 },
  { width: 1280, height: 800 },
];

test('phone and tablet, portrait and landscape', async ({ page }) => {
  const data = kioskData();
  await page.setViewportSize(SIZES[0]!);
  await page.goto('/');
  await completeStandaloneSetup(page, data);
  for (const [i, size] of SIZES.entries()) {
    await page.setViewportSize(size);
    const label = `${size.width}×${size.height}`;
    const overflow = await page.evaluate(
      'document.documentElement.scrollWidth - document.documentElement.clientWidth',
    );
    expect(overflow, `${label}: wider than the screen`).toBeLessThanOrEqual(0);
    for (const name of ['Nhập mã', 'Ghi thủ công', 'Quản lý', 'VÀO', 'RA']) {
      const box = (await page.getByRole('button', { name, exact: true }).boundingBox())!;
      expect(box.height, `${label}: ${name} height`).toBeGreaterThanOrEqual(48);
      expect(box.x + box.width, `${label}: ${name} inside`).toBeLessThanOrEqual(size.width);
    }
    await expect(page.getByTestId('status-bundle')).toBeInViewport();

    // A different card each time, so that none is a duplicate of the one before.
    await checkInTyped(page, data.code('cccd').replace('001093029317', `00109302931${i}`));
    await expect(page.getByRole('heading', { name: 'KIỂM TRA GIẤY TỜ' })).toBeInViewport({
      ratio: 1,
    });
    for (const name of ['Cho vào', 'Từ chối']) {
      const button = page.getByRole('button', { name });
      await expect(button, `${label}: ${name}`).toBeInViewport({ ratio: 1 });
      expect((await button.boundingBox())!.height).toBeGreaterThanOrEqual(48);
    }
    await page.screenshot({ path: test.info().outputPath(`review-${label}.png`) });
    await dismissVerdict(page);
  }
});
