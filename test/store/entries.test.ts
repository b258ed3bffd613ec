import './support/indexeddb';
import { describe, expect, it, onTestFinished } from 'vitest';
import {
  addEntries,
  addEntry,
  createStore,
  getEntry,
  lastEntryFor,
  openKioskDb,
  pendingCount,
} from '../../src/store';
import { StoreError, type Entry } from '../../src/model';
import { encodeB64u, passPseudonym } from '../../src/core';
import { withWriteFaults } from '../support/faulty-db';
import { useFreshDb } from './support/fresh-db';
import { DAY, HOUR, makeEntry, pseudo } from './support/make-entry';

const t = useFreshDb();

/** Watches every transaction the code under test opens, below idb, in either runtime. */
function watchTransactions(): {
  opened: { mode: string; durability: string | undefined; completed: boolean }[];
} {
  const log: { mode: string; durability: string | undefined; completed: boolean }[] = [];
  const original = IDBDatabase.prototype.transaction;
  IDBDatabase.prototype.transaction = function (
    this: IDBDatabase,
    ...args: Parameters<IDBDatabase['transaction']>
  ) {
    const tx = original.apply(this, args);
    const row = { mode: tx.mode, durability: args[2]?.durability, completed: false };
    tx.addEventListener('complete', () => (row.completed = true));
    log.push(row);
    return tx;
  };
  onTestFinished(() => void (IDBDatabase.prototype.transaction = original));
  return { opened: log };
}

async function rejection(p: Promise<unknown>): Promise<StoreError> {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StoreError);
  return error as StoreError;
}

describe('adding entries', () => {
  it('resolves only after the transaction has committed, with strict durability', async () => {
    const watch = watchTransactions();
    const entry = makeEntry();
    await addEntry(t.db, entry);
    const writes = watch.opened.filter((tx) => tx.mode === 'readwrite');
    expect(writes).toEqual([{ mode: 'readwrite', durability: 'strict', completed: true }]);
    expect(await getEntry(t.db, entry.id)).toEqual(entry);
  });

  it('a written entry is there for a second connection and after reopening', async () => {
    const entry = makeEntry({ maskedName: 'N. V. ÂN' });
    await addEntry(t.db, entry);
    const other = await openKioskDb(t.name, { persist: false });
    expect(await getEntry(other, entry.id)).toEqual(entry);
    other.close();
  });

  it('a quota failure rejects with StoreError("quota") and harms nothing already saved', async () => {
    const saved = [makeEntry(), makeEntry(), makeEntry()];
    for (const e of saved) await addEntry(t.db, e);
    const faulty = withWriteFaults(t.db, 'quota');
    const lost = makeEntry();
    const error = await rejection(addEntry(faulty.db, lost));
    expect(error.kind).toBe('quota');
    expect(await getEntry(t.db, lost.id)).toBeUndefined();
    for (const e of saved) expect(await getEntry(t.db, e.id)).toEqual(e);
    expect(await pendingCount(t.db)).toBe(3);
    // The fault was for one write: the next one goes through.
    await addEntry(faulty.db, lost);
    expect(await getEntry(t.db, lost.id)).toEqual(lost);
  });

  it('a fault can last for several writes and be cleared', async () => {
    const faulty = withWriteFaults(t.db, 'write', 5);
    expect((await rejection(addEntry(faulty.db, makeEntry()))).kind).toBe('write');
    expect((await rejection(addEntry(faulty.db, makeEntry()))).kind).toBe('write');
    faulty.clear();
    await addEntry(faulty.db, makeEntry());
    expect(await pendingCount(t.db)).toBe(1);
  });

  it('a second entry with the same id is refused and the first is kept', async () => {
    const first = makeEntry();
    await addEntry(t.db, first);
    const error = await rejection(addEntry(t.db, { ...first, verdict: 'deny', maskedName: 'X' }));
    expect(error.kind).toBe('write');
    expect(await getEntry(t.db, first.id)).toEqual(first);
  });

  it('a batch is all or nothing', async () => {
    const kept = makeEntry();
    await addEntry(t.db, kept);
    const batch = [makeEntry(), makeEntry(), { ...kept }];
    expect((await rejection(addEntries(t.db, batch))).kind).toBe('write');
    for (const e of batch.slice(0, 2)) expect(await getEntry(t.db, e.id)).toBeUndefined();
    await addEntries(t.db, batch.slice(0, 2));
    expect(await pendingCount(t.db)).toBe(3);
  });

  it('a closed database rejects with StoreError("unavailable")', async () => {
    t.db.close();
    expect((await rejection(addEntry(t.db, makeEntry()))).kind).toBe('unavailable');
  });
});

describe('pass identities', () => {
  it('a raw identity is keyed in the writing transaction, never stored as it is', async () => {
    const raw = [
      makeEntry({ passId: 'cccd:001093029317' }),
      makeEntry({ passId: 'qid:987654321' }),
      makeEntry({ passId: 'manual:B1234567' }),
      makeEntry({ passId: null }),
    ];
    await addEntries(t.db, raw);
    const store = createStore(t.db);
    for (const e of raw) {
      const stored = await getEntry(t.db, e.id);
      expect(stored).toEqual({
        ...e,
        passId: e.passId && (await store.pseudonymOf(e.passId)),
      });
    }
    const dump = JSON.stringify(await createStore(t.db).readAll());
    for (const id of ['001093029317', '987654321', 'B1234567']) expect(dump).not.toContain(id);
  });

  it('the venue secret replaces the local key; pseudonyms follow it', async () => {
    const store = createStore(t.db);
    const local = await store.getPassKey();
    expect(local.source).toBe('local');
    const before = await store.pseudonymOf('qid:1');
    expect(await store.pseudonymOf(before)).toBe(before);
    const secret = encodeB64u(new Uint8Array(32).fill(9));
    expect(await store.adoptVenueSecret('venue-1', secret)).toBe(true);
    expect(await store.adoptVenueSecret('venue-1', secret)).toBe(false);
    expect(await store.getPassKey()).toMatchObject({ source: 'venue', venueId: 'venue-1', secret });
    expect(await store.pseudonymOf('qid:1')).toBe(
      passPseudonym(new Uint8Array(32).fill(9), 'qid:1'),
    );
    await expect(store.adoptVenueSecret('venue-1', 'short')).rejects.toThrow();
  });
});

describe('duplicate look-up', () => {
  const scan = (passId: string, at: number, fields: Partial<Entry> = {}) =>
    makeEntry({ passId: pseudo(passId), at, ...fields });

  it('finds the most recent entry for a pass and direction since a time', async () => {
    const early = scan('qid:7', DAY + 9 * HOUR);
    const late = scan('qid:7', DAY + 9 * HOUR + 4000);
    const out = scan('qid:7', DAY + 9 * HOUR + 6000, { direction: 'out' });
    const other = scan('qid:8', DAY + 9 * HOUR + 5000);
    for (const e of [late, early, out, other]) await addEntry(t.db, e);
    expect((await lastEntryFor(t.db, pseudo('qid:7'), 'in', DAY))?.id).toBe(late.id);
    expect((await lastEntryFor(t.db, pseudo('qid:7'), 'out', DAY))?.id).toBe(out.id);
    expect((await lastEntryFor(t.db, pseudo('qid:7'), null, DAY))?.id).toBe(out.id);
    // `since` is inclusive, and nothing before it counts.
    expect((await lastEntryFor(t.db, pseudo('qid:7'), 'in', late.at))?.id).toBe(late.id);
    expect(await lastEntryFor(t.db, pseudo('qid:7'), 'in', late.at + 1)).toBeUndefined();
    expect(await lastEntryFor(t.db, pseudo('qid:9'), 'in', 0)).toBeUndefined();
  });

  it('entries without a pass identity are never duplicates of anything', async () => {
    await addEntry(t.db, scan('qid:1', DAY, { passId: null }));
    expect(await lastEntryFor(t.db, 'null', 'in', 0)).toBeUndefined();
    expect(await lastEntryFor(t.db, '', 'in', 0)).toBeUndefined();
  });
});
