// Chromium only: a real QuotaExceededError from IndexedDB, not an injected one. The origin's
// quota is lowered through the DevTools protocol until the entries no longer fit.
import { RUNTIME } from './support/indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// Types only: the provider's augmentation of `cdp()` with Playwright's `send`.
import type {} from '@vitest/browser-playwright';
import { addEntry, getEntry, pendingCount } from '../../src/store';
import { StoreError, type Entry } from '../../src/model';
import { useFreshDb } from './support/fresh-db';
import { makeEntry } from './support/make-entry';

const t = useFreshDb();

/** Text that does not compress: hex of random bytes. */
function noise(chars: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(chars / 2));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

describe.runIf(RUNTIME === 'chromium')('a real full disk in Chromium', () => {
  // The quota is lowered before this file opens any database: opening one writes (schema 4
  // makes the pass key), and Chromium then trusts the room it saw then for up to 30 s, so an
  // override made after the first write would not be seen by the writes that follow.
  // 100 kB of room over the usage Chromium reports.
  let lift = async () => {};
  beforeAll(async () => {
    const { cdp } = await import('vitest/browser');
    const session = cdp();
    const origin = location.origin;
    const { usage } = await session.send('Storage.getUsageAndQuota', { origin });
    await session.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage + 100_000 });
    lift = async () => void (await session.send('Storage.overrideQuotaForOrigin', { origin }));
  });
  afterAll(() => lift());

  it('runs against the native IndexedDB, not the fake', () => {
    expect(Object.prototype.toString.call(indexedDB)).toBe('[object IDBFactory]');
    expect(indexedDB.constructor.name).toBe('IDBFactory');
  });

  it('a write over the quota is StoreError("quota") and earlier entries stay', async () => {
    const saved: Entry[] = [];
    let failure: unknown;
    let refused: Entry | undefined;
    try {
      // The room is filled with 20 kB records of random text (LevelDB compresses, so repeated
      // text would hardly count). The usage can run off (databases the other tests deleted),
      // so the loop allows far more writes than needed.
      while (!failure && saved.length < 2000) {
        const entry = makeEntry({ maskedName: noise(20_000) });
        await addEntry(t.db, entry).then(
          () => saved.push(entry),
          (e: unknown) => ((failure = e), (refused = entry)),
        );
      }
      expect(failure).toBeInstanceOf(StoreError);
      expect((failure as StoreError).kind).toBe('quota');
      expect(saved.length).toBeGreaterThan(0);
      expect(await getEntry(t.db, refused!.id)).toBeUndefined();
      expect(await pendingCount(t.db)).toBe(saved.length);
      const stored = await Promise.all(saved.map((e) => getEntry(t.db, e.id)));
      expect(stored).toEqual(saved);
    } finally {
      await lift();
    }
    // With room again, writes go through.
    const later = makeEntry();
    await addEntry(t.db, later);
    expect(await getEntry(t.db, later.id)).toEqual(later);
  });
});
