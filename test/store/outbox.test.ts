import './support/indexeddb';
import { describe, expect, it } from 'vitest';
import {
  MAX_SYNC_BATCH,
  addEntries,
  addEntry,
  getEntry,
  markSynced,
  pendingCount,
  setDecision,
  takeUnsynced,
} from '../../src/store';
import { useFreshDb } from './support/fresh-db';
import { DAY, HOUR, makeEntry } from './support/make-entry';

const t = useFreshDb();

describe('the sync outbox', () => {
  it('lists unsynced entries oldest first, in batches of at most 500', async () => {
    // Written out of time order, with some already synced in between.
    const entries = Array.from({ length: 1203 }, (_, i) =>
      makeEntry({
        at: DAY + ((i * 7919) % 1203) * 1000,
        syncedAt: i % 10 === 0 ? DAY + HOUR : null,
      }),
    );
    await addEntries(t.db, entries);
    const unsynced = entries.filter((e) => e.syncedAt === null).sort((a, b) => a.at - b.at);
    expect(await pendingCount(t.db)).toBe(unsynced.length);

    const first = await takeUnsynced(t.db);
    expect(first).toHaveLength(MAX_SYNC_BATCH);
    expect(first.map((e) => e.id)).toEqual(unsynced.slice(0, 500).map((e) => e.id));
    expect(await takeUnsynced(t.db, 5000)).toHaveLength(500);
    expect(await takeUnsynced(t.db, 3)).toEqual(unsynced.slice(0, 3));

    // Draining batch by batch reaches every unsynced entry exactly once.
    const seen: string[] = [];
    for (let batch = await takeUnsynced(t.db); batch.length; batch = await takeUnsynced(t.db)) {
      seen.push(...batch.map((e) => e.id));
      expect(
        await markSynced(
          t.db,
          batch.map((e) => e.id),
          DAY + 2 * HOUR,
        ),
      ).toBe(batch.length);
    }
    expect(seen).toEqual(unsynced.map((e) => e.id));
    expect(await pendingCount(t.db)).toBe(0);
  });

  it('marks only the ids given, once', async () => {
    const [a, b, c] = [makeEntry(), makeEntry(), makeEntry()];
    await addEntries(t.db, [a!, b!, c!]);
    expect(await markSynced(t.db, [a!.id, c!.id, 'no-such-id', a!.id], 1000)).toBe(2);
    expect(await markSynced(t.db, [a!.id], 2000)).toBe(0);
    expect((await getEntry(t.db, a!.id))?.syncedAt).toBe(1000);
    expect((await getEntry(t.db, b!.id))?.syncedAt).toBeNull();
    expect(await takeUnsynced(t.db)).toEqual([b]);
    expect(await pendingCount(t.db)).toBe(1);
    expect(await markSynced(t.db, [])).toBe(0);
  });

  it('a review decision makes a synced entry pending again', async () => {
    const review = makeEntry({ verdict: 'review', color: 'none', reasons: ['IDENTITY_ONLY'] });
    await addEntry(t.db, review);
    await markSynced(t.db, [review.id], 1000);
    expect(await pendingCount(t.db)).toBe(0);

    const decided = await setDecision(t.db, review.id, 'refuse');
    expect(decided).toEqual({ ...review, decision: 'refuse', syncedAt: null });
    expect(await getEntry(t.db, review.id)).toEqual(decided);
    expect(await takeUnsynced(t.db)).toEqual([decided]);
    expect(await pendingCount(t.db)).toBe(1);
  });

  it('a decision is made once, and only on a review', async () => {
    const review = makeEntry({ verdict: 'review' });
    const admit = makeEntry();
    await addEntries(t.db, [review, admit]);
    await markSynced(t.db, [review.id, admit.id], 1000);
    await setDecision(t.db, review.id, 'admit');
    expect(await setDecision(t.db, review.id, 'refuse')).toMatchObject({ decision: 'admit' });
    expect(await setDecision(t.db, admit.id, 'refuse')).toEqual({ ...admit, syncedAt: 1000 });
    expect(await setDecision(t.db, 'no-such-id', 'admit')).toBeUndefined();
    expect((await takeUnsynced(t.db)).map((e) => e.id)).toEqual([review.id]);
  });

  it('an acknowledgement of the entry as sent before a decision leaves it pending', async () => {
    const review = makeEntry({ verdict: 'review' });
    await addEntry(t.db, review);
    const [sent] = await takeUnsynced(t.db);
    // The guard decides while that upload is in flight; the server then acknowledges it.
    await setDecision(t.db, review.id, 'admit');
    expect(await markSynced(t.db, [sent!], 1000)).toBe(0);
    const [again] = await takeUnsynced(t.db);
    expect(again?.decision).toBe('admit');
    expect(await markSynced(t.db, [again!], 2000)).toBe(1);
    expect(await pendingCount(t.db)).toBe(0);
  });
});
