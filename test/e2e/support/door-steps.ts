// Steps of the door tests (re-entry, reviews, unverified codes, connection, layout): a kiosk
// in its own Chromium with a fake camera (or none), settings written as a venue would have
// saved them, and a record of every verdict the screen showed.
import { test, type Browser, type Page } from '@playwright/test';
import type { Settings } from '../../../src/model';
import { completeStandaloneSetup } from './admin-steps';
import { launchChromium, type CameraOptions } from './chromium';
import { kioskData } from './kiosk-data';

export const PHONE = { width: 360, height: 640 };

/**
 * A browser with its own camera, its page set up standalone; closed by the caller. `settings`
 * are in place before the kiosk screen first opens (the wizard's first save merges them), so
 * the camera never sees a code under other settings; `record` notes every verdict shown.
 */
export async function openDoorKiosk(
  opts: CameraOptions & {
    data?: ReturnType<typeof kioskData>;
    viewport?: typeof PHONE;
    settings?: Partial<Settings>;
    record?: boolean;
    /**
     * Playwright's clock from the first script on, so `page.clock` moves Date.now too; a number
     * starts it at that instant (time then runs on, timers fire as usual).
     */
    clock?: boolean | number;
  } = {},
): Promise<{ browser: Browser; page: Page }> {
  const { data = kioskData(), viewport = PHONE, settings, record, clock, ...camera } = opts;
  const browser = await launchChromium(camera);
  const context = await browser.newContext({ viewport, baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  if (record) await page.addInitScript(recordVerdictsInPage);
  if (clock !== undefined && clock !== false)
    await page.clock.install(clock === true ? {} : { time: clock });
  await page.goto('/');
  await page.getByRole('button', { name: 'Tiếng Việt' }).waitFor();
  if (settings) await writeSettings(page, settings);
  await completeStandaloneSetup(page, data);
  return { browser, page };
}

/** Merges `patch` into the stored settings record (the kiosk reads it when it saves or starts). */
function writeSettings(page: Page, patch: Partial<Settings>): Promise<void> {
  return page.evaluate(
    (patch) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('kiosk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('settings', 'readwrite');
          const store = tx.objectStore('settings');
          const get = store.get('current');
          get.onsuccess = () => store.put({ ...(get.result ?? {}), ...patch }, 'current');
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    patch,
  );
}

/**
 * Merges `patch` into the stored settings, as the admin screen saves them, and reloads so
 * the kiosk starts with them (the settings screen itself is tested in admin-settings.e2e.ts).
 */
export async function patchSettings(page: Page, patch: Partial<Settings>): Promise<void> {
  await writeSettings(page, patch);
  await page.reload();
  await page.getByRole('button', { name: 'Quản lý' }).waitFor();
}

declare global {
  interface Window {
    __verdictsShown?: string[];
  }
}

/** Runs in the page: notes the tone of every verdict that appears. */
function recordVerdictsInPage(): void {
  const shown: string[] = (window.__verdictsShown = []);
  new MutationObserver((records) => {
    for (const r of records)
      r.addedNodes.forEach((node) => {
        if (node instanceof HTMLElement && node.matches('.verdict'))
          shown.push(node.dataset.tone ?? '?');
      });
  }).observe(document, { childList: true, subtree: true });
}

/** The tones of the verdicts shown since the page last loaded (with `record`). */
export function verdictsShown(page: Page): Promise<string[]> {
  return page.evaluate(() => window.__verdictsShown ?? []);
}
