// Drill: the camera disappears in the middle of scanning (a USB camera pulled out, a cable
// knocked, the OS taking the camera away). The guard must see a clear "camera disconnected"
// screen at once, and scanning must come back by itself when the camera does: a code held up
// afterwards gets its verdict and its entry, with nobody touching the kiosk.
//
// The fake camera plays a Y4M that starts with ~4 s of empty frames and then a code, and it
// starts the file again each time the camera is opened: the drills pull the camera during the
// empty lead-in, so the first code the kiosk can see is the one after it comes back.
import { expect, test, type Page } from '@playwright/test';
import {
  bringCameraBack,
  keepCameraAway,
  unplugCamera,
  waitForLiveCamera,
} from './support/camera-control';
import { openDrillKiosk, type DrillKiosk } from './support/drill-kiosk';
import { kioskData, readEntries } from './support/kiosk-data';
import { codeVideo } from './support/y4m';

const data = kioskData();
let kiosk: DrillKiosk | null = null;
test.afterEach(async () => {
  await kiosk?.browser.close();
  kiosk = null;
});

async function scanningKiosk(video: string): Promise<Page> {
  kiosk = await openDrillKiosk({ video, data });
  await waitForLiveCamera(kiosk.page);
  return kiosk.page;
}

async function expectDisconnectedScreen(page: Page) {
  const panel = page.locator('[data-problem="lost"]');
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Mất kết nối camera' })).toBeVisible();
  await expect(panel).toContainText('Kiosk sẽ tự quét lại khi camera có lại');
  // The other ways in stay at hand while the camera is down.
  await expect(page.getByRole('button', { name: 'Nhập mã' })).toBeVisible();
}

async function expectCameraVerdictAndEntry(page: Page) {
  const verdict = page.locator('.verdict');
  await expect(verdict).toHaveAttribute('data-tone', 'admit', { timeout: 20_000 });
  await expect(page.getByTestId('holder-name')).toHaveText('NGUYEN LE KHA HAN');
  const entries = await readEntries(page);
  expect(entries).toHaveLength(1);
  expect(entries[0]).toMatchObject({ source: 'camera', verdict: 'admit', color: 'green' });
}

test('camera pulled mid-scan: "camera disconnected", then scanning resumes by itself', async ({}, testInfo) => {
  const page = await scanningKiosk(
    codeVideo(testInfo.outputPath('camera.y4m'), [data.code('green')], { blank: 120, hold: 45 }),
  );
  await unplugCamera(page);
  await expectDisconnectedScreen(page);
  await expect(page.locator('.verdict')).toHaveCount(0);

  // Back without any tap: the panel goes, live video again, and the code on camera is checked.
  await expect(page.locator('[data-problem]')).toHaveCount(0, { timeout: 10_000 });
  await waitForLiveCamera(page);
  await expectCameraVerdictAndEntry(page);
});

test('camera away for a while: the screen says so until it returns, then scanning resumes', async ({}, testInfo) => {
  const page = await scanningKiosk(
    codeVideo(testInfo.outputPath('camera.y4m'), [data.code('green')], { blank: 120, hold: 45 }),
  );
  await keepCameraAway(page);
  await unplugCamera(page);
  await expectDisconnectedScreen(page);

  // Its retries fail while the camera is away: a camera problem stays on screen, never a
  // blank viewfinder, and nothing is scanned.
  const down = page.locator('.camera-problem[role="alert"]');
  for (let i = 0; i < 8; i++) {
    await expect(down).toBeVisible();
    await expect(down).toHaveAttribute('data-problem', /^(lost|none)$/);
    await page.waitForTimeout(1_000);
  }
  await expect(page.locator('.verdict')).toHaveCount(0);
  expect(await readEntries(page)).toHaveLength(0);

  await bringCameraBack(page);
  await expect(page.locator('[data-problem]')).toHaveCount(0, { timeout: 10_000 });
  await waitForLiveCamera(page);
  await expectCameraVerdictAndEntry(page);
});
