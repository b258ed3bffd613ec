// The guard taps "Cho vào" on a review and the browser dies the moment the verdict leaves the
// screen (SIGKILL to the whole browser, the tablet losing power): after a restart on the same
// profile, the decision is on disk, because the verdict goes only once it is stored. The kill
// follows the verdict's leaving by one DevTools message (a few ms). Once with storage as it
// is, once with the storage held busy for 200 ms by another transaction, as a slow tablet's
// flash is: the verdict then stays up, "Đang lưu…", until the decision is stored. Release
// 0.1.0 took the verdict away first and saved after, and loses the decision of the busy round
// (E2E_CURRENT_BUILD=test/fixtures/releases/0.1.0; its first round may win the race).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type ConsoleMessage, type Page } from '@playwright/test';
import { checkInTyped, completeStandaloneSetup } from './support/admin-steps';
import { kioskData, readEntries } from './support/kiosk-data';
import { launchKillable, type KillableChromium } from './support/killable-chromium';
import { CURRENT_BUILD, startReleaseSite, type ReleaseSite } from './support/release-site';
import { waitForController } from './support/worker-steps';

let site: ReleaseSite;
let profile = '';
let chromium: KillableChromium | null = null;
test.beforeAll(async () => {
  site = await startReleaseSite(CURRENT_BUILD);
  profile = mkdtempSync(join(tmpdir(), 'kiosk-kill-'));
});
test.afterAll(async () => {
  await chromium?.kill();
  await site.close();
  rmSync(profile, { recursive: true, force: true });
});

async function openKiosk(): Promise<Page> {
  chromium = await launchKillable(profile);
  const context = chromium.browser.contexts()[0]!;
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${site.origin}/`);
  return page;
}

/**
 * Arms the page before the review is scanned, so nothing stands between the verdict showing
 * and the tap but the tap itself (the review's own countdown is 6 s, which a loaded machine's
 * round trips could use up): resolves the moment a verdict, once shown, leaves the page (told
 * over the DevTools console). With `busyMs`, the tap on "Cho vào" first takes a readwrite
 * transaction on the entries for that long, in the capture phase, so it is queued before the
 * kiosk's own: a slow device's storage.
 */
async function armTap(page: Page, busyMs: number): Promise<{ gone: Promise<void> }> {
  const gone = new Promise<void>((resolve) => {
    const listener = (m: ConsoleMessage) => {
      if (m.text() !== 'kiosk-drill:verdict-gone') return;
      page.off('console', listener);
      resolve();
    };
    page.on('console', listener);
  });
  await page.evaluate(
    (busyMs) =>
      new Promise<void>((armed) => {
        let shown = false;
        new MutationObserver((_, observer) => {
          if (document.querySelector('.verdict')) shown = true;
          else if (shown) {
            console.log('kiosk-drill:verdict-gone');
            observer.disconnect();
          }
        }).observe(document.body, { subtree: true, childList: true });
        if (!busyMs) return armed();
        const open = indexedDB.open('kiosk');
        open.onsuccess = () => {
          const db = open.result;
          const hold = (e: Event) => {
            if (!(e.target as Element).closest?.('.verdict button')) return;
            document.removeEventListener('click', hold, true);
            const store = db.transaction('entries', 'readwrite').objectStore('entries');
            const until = performance.now() + busyMs;
            const spin = () => {
              if (performance.now() < until) store.count().onsuccess = spin;
              else db.close();
            };
            spin();
          };
          document.addEventListener('click', hold, true);
          armed();
        };
      }),
    busyMs,
  );
  // Wrapped: an async function returning the promise itself would wait for it.
  return { gone };
}

test('killed the moment the verdict leaves after "Cho vào": the decision is there after a restart', async () => {
  test.setTimeout(90_000);
  const data = kioskData();
  let page = await openKiosk();
  await completeStandaloneSetup(page, data);
  await waitForController(page);

  for (const [round, kind, busyMs] of [
    ['storage as it is', 'unsigned', 0],
    ['storage held busy 200 ms', 'cccd', 200],
  ] as const) {
    const known = new Set((await readEntries(page)).map((e) => e.id));
    const { gone } = await armTap(page, busyMs);
    await checkInTyped(page, data.code(kind));
    const tappedAt = Date.now();
    await page.locator('.verdict').getByRole('button', { name: 'Cho vào' }).click();
    await gone;
    await chromium!.kill();
    const killedAfterMs = Date.now() - tappedAt;
    test.info().annotations.push({ type: 'kill', description: `${round}: ${killedAfterMs} ms` });

    page = await openKiosk();
    await expect(page.getByRole('button', { name: 'Quản lý' })).toBeVisible();
    const added = (await readEntries(page)).filter((e) => !known.has(e.id));
    expect(
      added.map((e) => e.verdict),
      round,
    ).toEqual(['review']);
    expect(added[0]!.decision, `${round}, killed ${killedAfterMs} ms after the tap`).toBe('admit');
  }
});
