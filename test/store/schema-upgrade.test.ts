import './support/indexeddb';
import { openDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import type { KioskSchema } from '../../src/store/schema';
import { UPGRADE_STEPS } from '../../src/store/upgrade';
import {
  SCHEMA_VERSION,
  addEntry,
  countersFor,
  createStore,
  deleteKioskDb,
  getEntry,
  getHeldBundle,
  getSettings,
  hourlyCounts,
  lastEntryFor,
  openKioskDb,
  pendingCount,
  takeUnsynced,
  type KioskDb,
} from '../../src/store';
import { passPseudonym, readPseudonymSecret } from '../../src/core';
import { uniqueDbName } from './support/fresh-db';
import { DAY, HOUR, NEXT_DAY, makeEntry } from './support/make-entry';

let name = '';
let db: KioskDb | undefined;
afterEach(async () => {
  await deleteKioskDb(name, db);
  db = undefined;
});

/** A database as the first release left it: version 1, written with version 1's layout. */
async function createVersion1(
  dbName: string,
  write: (v1: KioskDb) => Promise<void>,
): Promise<void> {
  const v1 = await openDB<KioskSchema>(dbName, 1, {
    upgrade: (upgrading, _old, _new, tx) => void UPGRADE_STEPS[0]!(upgrading, tx),
  });
  await write(v1);
  v1.close();
}

describe('schema upgrades', () => {
  it('a new database gets every version and every store', async () => {
    name = uniqueDbName();
    db = await openKioskDb(name, { persist: false });
    expect(db.version).toBe(SCHEMA_VERSION);
    expect(SCHEMA_VERSION).toBeGreaterThanOrEqual(2);
    expect([...db.objectStoreNames].sort()).toEqual([
      'bundle',
      'device',
      'entries',
      'passKey',
      'pinLock',
      'settings',
      'storage',
      'syncState',
      'tallies',
    ]);
    expect([...db.transaction('entries').store.indexNames].sort()).toEqual([
      'by-pass',
      'by-time',
      'outbox',
    ]);
  });

  it('upgrades a version 1 database with its entries and records intact', async () => {
    name = uniqueDbName();
    const unsynced = makeEntry({ at: DAY + 8 * HOUR, passId: 'qid:1' });
    const synced = makeEntry({ at: DAY + 9 * HOUR, passId: 'qid:2', syncedAt: DAY + 10 * HOUR });
    const leaving = makeEntry({ at: DAY + 11 * HOUR, passId: 'qid:1', direction: 'out' });
    const decided = makeEntry({
      at: DAY + 12 * HOUR,
      verdict: 'review',
      decision: 'admit',
      passId: null,
    });
    const v1Entries = [unsynced, synced, leaving, decided];
    await createVersion1(name, async (v1) => {
      const tx = v1.transaction(['entries', 'settings', 'bundle'], 'readwrite');
      // Version 1 stored the bare Entry, with none of the derived index fields.
      await Promise.all([
        ...v1Entries.map((e) => tx.objectStore('entries').put(e as never)),
        tx
          .objectStore('settings')
          .put({ venueName: 'Quán Phở Hà Nội', retentionDays: 14 }, 'current'),
        tx
          .objectStore('bundle')
          .put(
            { held: { envelope: '{"payload":"x"}', seq: 7, receivedAt: DAY }, lastRefusal: null },
            'current',
          ),
        tx.done,
      ]);
    });

    db = await openKioskDb(name, { persist: false });
    expect(db.version).toBe(SCHEMA_VERSION);
    // Version 4 keyed the raw identities with a new local key.
    const key = readPseudonymSecret((await createStore(db).getPassKey()).secret)!;
    const keyed = (passId: string | null) => passId && passPseudonym(key, passId);
    for (const e of v1Entries)
      expect(await getEntry(db, e.id)).toEqual({ ...e, passId: keyed(e.passId) });
    // The new indexes see the old entries.
    expect(await pendingCount(db)).toBe(3);
    expect((await takeUnsynced(db)).map((e) => e.id)).toEqual([
      unsynced.id,
      leaving.id,
      decided.id,
    ]);
    expect((await lastEntryFor(db, keyed('qid:1')!, 'in', DAY))?.id).toBe(unsynced.id);
    expect(await lastEntryFor(db, 'qid:1', 'in', DAY)).toBeUndefined();
    // ...and the counts are made from them.
    expect(await countersFor(db, DAY, NEXT_DAY)).toEqual({ today: 4, inside: 2, pending: 3 });
    expect((await hourlyCounts(db, DAY)).slice(8, 13)).toEqual([1, 1, 0, 1, 1]);
    const settings = await getSettings(db);
    expect(settings.venueName).toBe('Quán Phở Hà Nội');
    expect(settings.retentionDays).toBe(14);
    expect(settings.duplicateWindowSec).toBe(300); // never saved: today's default
    expect(await getHeldBundle(db)).toEqual({
      envelope: '{"payload":"x"}',
      seq: 7,
      receivedAt: DAY,
      lastRefusal: null,
    });
  });

  it('opening again at the current version changes nothing', async () => {
    name = uniqueDbName();
    db = await openKioskDb(name, { persist: false });
    const entry = makeEntry({ at: DAY + 9 * HOUR });
    await addEntry(db, entry);
    db.close();
    db = await openKioskDb(name, { persist: false });
    expect(await getEntry(db, entry.id)).toEqual(entry);
    expect(await countersFor(db, DAY, NEXT_DAY)).toEqual({ today: 1, inside: 1, pending: 1 });
  });
});
