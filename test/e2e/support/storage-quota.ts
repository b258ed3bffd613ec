// A real full disk for the kiosk's origin: the quota is lowered through the DevTools protocol
// (Storage.overrideQuotaForOrigin) to what is already used, so the next IndexedDB write fails
// with a genuine QuotaExceededError from Chromium, not one the app was told to fake.
//
// Chromium's IndexedDB does not ask the quota manager on every commit: it trusts the space it
// was last granted, decaying to nothing over 30 s (kBucketSpaceCacheTimeLimit in
// content/browser/indexed_db/instance/bucket_context.h). So after lowering the quota we write a
// tiny probe record, in a database of its own, until Chromium refuses it: from then on every
// write of the origin is refused, the kiosk's included, until the quota is given back.
import type { CDPSession, Page } from '@playwright/test';

const PROBE_DB = 'drill-quota-probe';

/** Opens the probe database while there is still room (creating it is a write too). */
export function prepareQuotaProbe(page: Page): Promise<void> {
  return page.evaluate(
    (name) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open(name, 1);
        open.onupgradeneeded = () => open.result.createObjectStore('probe');
        open.onsuccess = () => {
          open.result.close();
          resolve();
        };
        open.onerror = () => reject(open.error);
      }),
    PROBE_DB,
  );
}

/** One small write to the probe database: 'ok', or the name of the error that refused it. */
function probeWrite(page: Page, n: number): Promise<string> {
  return page.evaluate(
    ([name, n]) =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open(name);
        open.onerror = () => resolve(open.error?.name ?? 'open-failed');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('probe', 'readwrite');
          tx.objectStore('probe').put('x'.repeat(64), n);
          tx.oncomplete = () => (db.close(), resolve('ok'));
          tx.onabort = () => (db.close(), resolve(tx.error?.name ?? 'aborted'));
        };
      }),
    [PROBE_DB, n] as const,
  );
}

/**
 * Lowers the origin's quota to its usage and resolves once Chromium's IndexedDB refuses writes
 * with QuotaExceededError (at most ~30 s, see above). Returns the usage the quota was set to.
 */
export async function fillTheDisk(
  page: Page,
  cdp: CDPSession,
  origin: string,
  timeoutMs = 45_000,
): Promise<number> {
  const { usage } = await cdp.send('Storage.getUsageAndQuota', { origin });
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage });
  const deadline = Date.now() + timeoutMs;
  for (let n = 0; Date.now() < deadline; n++) {
    const result = await probeWrite(page, n);
    if (result === 'QuotaExceededError') return usage;
    if (result !== 'ok') throw new Error(`quota probe failed with ${result}`);
    await page.waitForTimeout(500);
  }
  throw new Error(`Chromium still accepted writes ${timeoutMs} ms after the quota was lowered`);
}

/** Gives the origin its normal quota back. */
export async function freeTheDisk(cdp: CDPSession, origin: string): Promise<void> {
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
}
