// Test data for end-to-end runs, valid at the real current time: the fixture keys, a bundle
// around now, and the labelled sample codes. Plus a read of the kiosk's own IndexedDB log.
import type { Page } from '@playwright/test';
import { encodeB64u } from '../../../src/core';
import { sampleCodes, type SampleKind } from '../../../src/issuer/sample-codes';
import type { Entry } from '../../../src/model';
import { fixtureEnvelope, issuerKey, rootKey } from '../../support/world';

export function kioskData(now = Date.now()) {
  const samples = sampleCodes(issuerKey, now);
  return {
    rootKey: encodeB64u(rootKey.publicKey),
    bundle: JSON.stringify(fixtureEnvelope(1, now)),
    code: (kind: SampleKind) => samples.find((s) => s.kind === kind)!.text,
    samples,
  };
}

/** Every entry in the kiosk's IndexedDB, read with the raw API (the page's own origin). */
export function readEntries(page: Page): Promise<Entry[]> {
  return page.evaluate(
    () =>
      new Promise<Entry[]>((resolve, reject) => {
        const open = indexedDB.open('kiosk');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction('entries').objectStore('entries').getAll();
          req.onsuccess = () => {
            db.close();
            resolve(req.result as Entry[]);
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
}
