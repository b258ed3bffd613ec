import './support/indexeddb';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RETENTION_DAYS,
  addEntries,
  getEntry,
  pendingCount,
  purgeExpired,
  setDecision,
} from '../../src/store';
import { useFreshDb } from './support/fresh-db';
import { DAY, HOUR, makeEntry } from './support/make-entry';

const t = useFreshDb();
const DAYS = 24 * HOUR;
const NOW = DAY + 12 * HOUR;

describe('retention purge', () => {
  it('deletes synced entries older than the retention and keeps every unsynced one', async () => {
    expect(DEFAULT_RETENTION_DAYS).toBe(21);
    const oldSynced = [
      makeEntry({ at: NOW - 30 * DAYS, syncedAt: 1 }),
      makeEntry({ at: NOW - 21 * DAYS - 1, syncedAt: 1 }),
    ];
    const oldUnsynced = [makeEntry({ at: NOW - 40 * DAYS }), makeEntry({ at: NOW - 22 * DAYS })];
    const recent = [
      makeEntry({ at: NOW - 21 * DAYS, syncedAt: 1 }),
      makeEntry({ at: NOW - HOUR }),
      makeEntry({ at: NOW - DAYS, syncedAt: 1 }),
    ];
    await addEntries(t.db, [...oldSynced, ...oldUnsynced, ...recent]);

    expect(await purgeExpired(t.db, NOW)).toEqual({ deleted: 2, keptUnsynced: 2 });
    for (const e of oldSynced) expect(await getEntry(t.db, e.id)).toBeUndefined();
    for (const e of [...oldUnsynced, ...recent]) expect(await getEntry(t.db, e.id)).toEqual(e);
    // Nothing more to delete; the unsynced ones are still reported.
    expect(await purgeExpired(t.db, NOW)).toEqual({ deleted: 0, keptUnsynced: 2 });
  });

  it('honours a shorter retention, and an entry re-opened by a decision stays', async () => {
    const review = makeEntry({ at: NOW - 5 * DAYS, verdict: 'review', syncedAt: 1 });
    const synced = makeEntry({ at: NOW - 4 * DAYS, syncedAt: 1 });
    await addEntries(t.db, [review, synced]);
    await setDecision(t.db, review.id, 'admit');
    expect(await purgeExpired(t.db, NOW, 3)).toEqual({ deleted: 1, keptUnsynced: 1 });
    expect(await getEntry(t.db, review.id)).toMatchObject({ decision: 'admit', syncedAt: null });
  });

  it('works through more entries than one transaction deletes, skipping unsynced ones', async () => {
    const entries = Array.from({ length: 2600 }, (_, i) =>
      makeEntry({ at: NOW - 30 * DAYS + Math.floor(i / 3), syncedAt: i % 250 === 0 ? null : 1 }),
    );
    await addEntries(t.db, entries);
    const unsynced = entries.filter((e) => e.syncedAt === null);
    expect(await purgeExpired(t.db, NOW)).toEqual({
      deleted: 2600 - unsynced.length,
      keptUnsynced: unsynced.length,
    });
    expect(await pendingCount(t.db)).toBe(unsynced.length);
    for (const e of unsynced) expect(await getEntry(t.db, e.id)).toEqual(e);
  });

  it('never deletes an entry whose id sits among the expired ones', async () => {
    // Ids out of time order (another device's clock, a restore): a range delete over the old
    // entries' ids would take the recent and the unsynced entry with them.
    const old1 = makeEntry({ id: 'id-1', at: NOW - 40 * DAYS, syncedAt: 1 });
    const recent = makeEntry({ id: 'id-2', at: NOW - HOUR, syncedAt: 1 });
    const oldUnsynced = makeEntry({ id: 'id-3', at: NOW - 39 * DAYS });
    const old2 = makeEntry({ id: 'id-4', at: NOW - 38 * DAYS, syncedAt: 1 });
    await addEntries(t.db, [old1, recent, oldUnsynced, old2]);
    expect(await purgeExpired(t.db, NOW)).toEqual({ deleted: 2, keptUnsynced: 1 });
    expect(await getEntry(t.db, recent.id)).toEqual(recent);
    expect(await getEntry(t.db, oldUnsynced.id)).toEqual(oldUnsynced);
    expect(await getEntry(t.db, old1.id)).toBeUndefined();
    expect(await getEntry(t.db, old2.id)).toBeUndefined();
  });
});
