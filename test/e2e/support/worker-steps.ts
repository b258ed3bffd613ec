// Steps the upgrade and rollback drills share: asking the browser for a new worker, reading
// the registration's state and the kiosk database's version on disk.
import { expect, type Page } from '@playwright/test';

/** Asks the registration to check sw.js now (what the kiosk does every hour by itself). */
export async function checkForWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await (await navigator.serviceWorker.getRegistration())!.update().catch(() => undefined);
  });
}

/**
 * Asks for a new worker and waits for its install to end: 'installed' (it waits), 'redundant'
 * (its install failed), or 'none' (sw.js had not changed).
 */
export function installNewWorker(page: Page): Promise<'installed' | 'redundant' | 'none'> {
  return page.evaluate(async () => {
    const registration = (await navigator.serviceWorker.getRegistration())!;
    await registration.update().catch(() => undefined);
    const worker = registration.installing;
    if (!worker) return registration.waiting ? 'installed' : 'none';
    return new Promise((resolve) => {
      const settle = () => {
        if (worker.state === 'installed' || worker.state === 'redundant') resolve(worker.state);
      };
      worker.addEventListener('statechange', settle);
      settle();
    });
  });
}

export async function waitForWaitingWorker(page: Page): Promise<void> {
  await expect
    .poll(() =>
      page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting),
    )
    .toBe(true);
}

export async function waitForController(page: Page): Promise<void> {
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
}

/** The version of the kiosk's database on disk (null: none). */
export function kioskDbVersion(page: Page): Promise<number | null> {
  return page.evaluate(
    async () => (await indexedDB.databases()).find((d) => d.name === 'kiosk')?.version ?? null,
  );
}

/** A reload loses this marker: its presence shows the page has not reloaded. */
export const setMarker = (page: Page) =>
  page.evaluate(() => ((window as unknown as { marker: string }).marker = 'before'));
export const marker = (page: Page) =>
  page.evaluate(() => (window as unknown as { marker?: string }).marker);
