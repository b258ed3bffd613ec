// A kiosk ready to scan, for the failure drills: Debian Chromium (optionally with a fake
// camera), a fresh profile, the standalone set-up done, and a DevTools session on the page for
// what only the protocol can do (quota, heap).
import { test, type Browser, type CDPSession, type Page } from '@playwright/test';
import { completeStandaloneSetup } from './admin-steps';
import { launchChromium, type CameraOptions } from './chromium';
import { kioskData } from './kiosk-data';

export interface DrillKiosk {
  browser: Browser;
  page: Page;
  cdp: CDPSession;
  /** The kiosk's origin, as the Storage domain names it. */
  origin: string;
}

export async function openDrillKiosk(
  opts: CameraOptions & { data?: ReturnType<typeof kioskData> } = {},
): Promise<DrillKiosk> {
  const browser = await launchChromium(opts);
  const baseURL = test.info().project.use.baseURL!;
  const context = await browser.newContext({ viewport: { width: 360, height: 640 }, baseURL });
  const page = await context.newPage();
  await page.goto('/');
  await completeStandaloneSetup(page, opts.data ?? kioskData());
  const cdp = await context.newCDPSession(page);
  return { browser, page, cdp, origin: new URL(baseURL).origin };
}
