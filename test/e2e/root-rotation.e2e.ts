// Drill in Chromium (docs/spec/root-rotation.md): a kiosk enrolled through the wizard takes a
// bundle that names a new root, then one signed only by the new root, through its own sync,
// with no hand step; it pins the new root, unpins the old, keeps both across a reload, and
// still admits the demo issuer's codes. The server is shared by the whole run, so the test
// rotates back to the demo root at the end, leaving it as the other tests expect.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { DAY_MS, decodeB64uExact, encodeB64u } from '../../src/core';
import { generateKeyPair, keyPairFromSecret, type KeyPair } from '../../src/issuer/keys';
import { buildTrustBundle } from '../../src/issuer/trust-bundle-builder';
import { e2eServer } from '../sync/support/e2e-server';
import { readEntries } from './support/kiosk-data';
import { demoCodes, enrollKiosk, pasteCheckIn } from './support/sync-steps';

function demoKeys(): { root: KeyPair; issuer: KeyPair } {
  const saved = JSON.parse(readFileSync(join(e2eServer().dataDir, 'demo', 'keys.json'), 'utf8'));
  return {
    root: keyPairFromSecret(decodeB64uExact(saved.root, 32)!),
    issuer: keyPairFromSecret(decodeB64uExact(saved.issuer, 32)!),
  };
}

function bundle(seq: number, root: KeyPair, issuer: KeyPair, nextRoot?: KeyPair): string {
  const now = Date.now();
  return JSON.stringify(
    buildTrustBundle(
      {
        seq,
        issuedAt: now - 60_000,
        expiresAt: now + 14 * DAY_MS,
        issuers: [
          { ...issuer, name: 'Demo', validFrom: now - 30 * DAY_MS, validUntil: now + 365 * DAY_MS },
        ],
        nextRoot: nextRoot && { ...nextRoot, validFrom: now - 60_000 },
      },
      root,
    ),
  );
}

/** The held bundle's seq and the pinned roots, read from the kiosk's own IndexedDB. */
function kioskTrust(page: Page): Promise<{ seq: number | null; pinned: string[] }> {
  return page.evaluate(
    () =>
      new Promise<{ seq: number | null; pinned: string[] }>((resolve, reject) => {
        const open = indexedDB.open('kiosk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['bundle', 'settings']);
          const bundle = tx.objectStore('bundle').get('current');
          const settings = tx.objectStore('settings').get('current');
          tx.oncomplete = () => {
            open.result.close();
            resolve({
              seq: bundle.result?.held?.seq ?? null,
              pinned: settings.result?.pinnedRoots ?? [],
            });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** The kiosk's own sync round, as when the network comes back. */
async function syncUntil(page: Page, want: { seq: number; pinned: string[] }) {
  await expect
    .poll(
      async () => {
        await page.evaluate("window.dispatchEvent(new Event('online'))");
        return kioskTrust(page);
      },
      { timeout: 20_000 },
    )
    .toEqual(want);
}

test('a new root reaches an enrolled kiosk with no hand step, and back again', async ({ page }) => {
  const server = e2eServer();
  const { root: demoRoot, issuer } = demoKeys();
  const newRoot = generateKeyPair();
  const key = (k: KeyPair) => encodeB64u(k.publicKey);
  await enrollKiosk(page);
  const start = await kioskTrust(page);
  expect(start.pinned).toEqual([key(demoRoot)]);
  const seq = start.seq!;

  // The announcement, signed by the demo root, then the handover, signed by the new root only.
  expect(
    await server.admin.publishBundle(bundle(seq + 1, demoRoot, issuer, newRoot)),
  ).toMatchObject({ nextRoot: newRoot.kid });
  await syncUntil(page, { seq: seq + 1, pinned: [key(demoRoot), key(newRoot)] });
  expect(await server.admin.publishBundle(bundle(seq + 2, newRoot, issuer))).toMatchObject({
    retiredRoot: demoRoot.kid,
  });
  await syncUntil(page, { seq: seq + 2, pinned: [key(newRoot)] });

  // After a reload (the service worker's copy, a fresh start of the services) the kiosk verifies
  // with the new root's bundle.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Quản lý' })).toBeVisible();
  expect(await kioskTrust(page)).toEqual({ seq: seq + 2, pinned: [key(newRoot)] });
  await expect(page.getByTestId('status-bundle')).toBeVisible();
  await pasteCheckIn(page, demoCodes(1, 'ROTATED')[0]!);
  const last = (await readEntries(page)).at(-1)!;
  expect(last).toMatchObject({ verdict: 'admit', bundleSeq: seq + 2 });

  // Rotating back to the demo root, the same way.
  await server.admin.publishBundle(bundle(seq + 3, newRoot, issuer, demoRoot));
  await syncUntil(page, { seq: seq + 3, pinned: [key(newRoot), key(demoRoot)] });
  await server.admin.publishBundle(bundle(seq + 4, demoRoot, issuer));
  await syncUntil(page, { seq: seq + 4, pinned: [key(demoRoot)] });
  expect((await server.admin.listRoots()).map((r) => r.kid)).toEqual([demoRoot.kid]);
});
