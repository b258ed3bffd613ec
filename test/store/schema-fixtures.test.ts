// Every shipped schema's fixture (test/fixtures/idb/, made by that version's own code with
// test/fixtures/schema/make-schema-fixtures.ts) opens with today's code with all its data:
// every entry id and its content, the settings (the PIN still opens), the device identity,
// the held bundle and its last refusal, the sync record, the PIN lock, and counts that agree
// with the entries. Runs in Node (fake-indexeddb) and in Chromium (the real IndexedDB).
import './support/indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyPin } from '../../src/admin/pin-hash';
import type { Entry } from '../../src/model';
import {
  SCHEMA_VERSION,
  countersFor,
  createStore,
  deleteKioskDb,
  getEntry,
  openKioskDb,
  type KioskDb,
} from '../../src/store';
import v1 from '../fixtures/idb/schema-v1.json';
import v2 from '../fixtures/idb/schema-v2.json';
import v3 from '../fixtures/idb/schema-v3.json';
import { passPseudonym, readPseudonymSecret } from '../../src/core';
import { dumpDatabase } from '../support/idb-dump';
import { loadDatabase, type DatabaseDump } from '../support/idb-dump';
import { uniqueDbName } from './support/fresh-db';

interface SchemaFixture {
  schema: number;
  release: string;
  commit: string;
  pin: string;
  database: DatabaseDump;
}

/** One per shipped schema version; a release that raises the version adds its own. */
const FIXTURES = [v1, v2, v3] as unknown as SchemaFixture[];

const recordsOf = (fixture: SchemaFixture, store: string) =>
  fixture.database.stores[store]?.records ?? [];
const record = (fixture: SchemaFixture, store: string) =>
  recordsOf(fixture, store).find(([key]) => key === 'current')?.[1] as
    Record<string, unknown> | undefined;

/**
 * A later schema step may re-key stored pass ids into keyed pseudonyms (`p1:…`): the pass id
 * is then checked to be one, and every other field to be as stored.
 */
function expectSameEntry(stored: Entry | undefined, original: Entry, key: Uint8Array): void {
  expect(stored, `entry ${original.id}`).toBeDefined();
  const { passId, ...rest } = stored!;
  const { passId: originalPass, ...originalRest } = original;
  expect(rest).toEqual(originalRest);
  // Schema 4 keyed every raw identity with the key it made (the same person, the same pseudonym).
  expect(passId).toBe(originalPass === null ? null : passPseudonym(key, originalPass));
}

let name = '';
let db: KioskDb | undefined;
afterEach(async () => {
  await deleteKioskDb(name, db);
  db = undefined;
});

describe('shipped schema fixtures', () => {
  it('there is one for every version before this build, made from its own commit', () => {
    expect(FIXTURES.map((f) => f.schema)).toEqual(
      Array.from({ length: SCHEMA_VERSION - 1 }, (_, i) => i + 1),
    );
    for (const f of FIXTURES) {
      expect(f.database.version).toBe(f.schema);
      expect(f.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(recordsOf(f, 'entries').length).toBe(10);
    }
  });

  for (const fixture of FIXTURES) {
    it(`version ${fixture.schema} (${fixture.release}) opens with all its data`, async () => {
      name = uniqueDbName();
      await loadDatabase(name, fixture.database);
      db = await openKioskDb(name, { persist: false });
      expect(db.version).toBe(SCHEMA_VERSION);
      const store = createStore(db);
      const passKey = await store.getPassKey();
      expect(passKey.source).toBe('local');
      const key = readPseudonymSecret(passKey.secret)!;

      // Every entry, by id, as it was (the derived index field aside).
      const entries = recordsOf(fixture, 'entries').map(([, value]) => {
        const { pendingAt: _derived, ...entry } = value as Entry & { pendingAt?: number };
        return entry;
      });
      for (const original of entries)
        expectSameEntry(await getEntry(db, original.id), original, key);
      const all = await store.readAll();
      expect(all.entries.map((e) => e.id).sort()).toEqual(entries.map((e) => e.id).sort());

      // The outbox and the counts agree with the entries.
      const unsynced = entries.filter((e) => e.syncedAt === null);
      expect(await store.pendingCount()).toBe(unsynced.length);
      expect((await store.takeUnsynced()).map((e) => e.id).sort()).toEqual(
        unsynced.map((e) => e.id).sort(),
      );
      const span = await countersFor(db, 0, Date.UTC(2100, 0, 1));
      expect(span.today).toBe(entries.length);
      expect(await store.localOnly(0)).toEqual({
        count: unsynced.length,
        oldestAt: Math.min(...unsynced.map((e) => e.at)),
      });

      // Settings, the PIN, the device, the bundle, the sync record, the PIN lock.
      const settings = await store.getSettings();
      const storedSettings = record(fixture, 'settings')!;
      for (const [key, value] of Object.entries(storedSettings))
        expect(settings[key as keyof typeof settings], `settings.${key}`).toEqual(value);
      expect(await verifyPin(fixture.pin, settings.adminPin!)).toBe(true);
      expect(await store.getDevice()).toEqual(record(fixture, 'device'));
      const bundle = record(fixture, 'bundle') as { held: object; lastRefusal: unknown };
      expect(await store.getHeldBundle()).toEqual({
        ...bundle.held,
        lastRefusal: bundle.lastRefusal,
      });
      const sync = record(fixture, 'syncState')!;
      expect(await store.getSyncState()).toEqual({
        ...sync,
        lastError: { code: 'unknown', detail: sync.lastError },
      });
      const lock = record(fixture, 'pinLock') ?? { failures: 0, lockedUntil: null };
      expect(await store.getPinLock()).toEqual(lock);
      // A database from before version 3 has no storage record yet: the kiosk makes it.
      const storage = record(fixture, 'storage') ?? null;
      expect(await store.getStorageState()).toEqual(storage);

      // No raw pass identity is left anywhere in the database (the fixture had them).
      const before = JSON.stringify(fixture.database);
      const raw = entries.flatMap((e) => (e.passId ? [e.passId.replace(/^\w+:/, '')] : []));
      expect(raw.length).toBeGreaterThan(0);
      for (const id of raw) expect(before).toContain(id);
      db.close();
      const after = JSON.stringify(await dumpDatabase(name));
      db = await openKioskDb(name, { persist: false });
      for (const id of raw) expect(after, id).not.toContain(id);
    });
  }
});
