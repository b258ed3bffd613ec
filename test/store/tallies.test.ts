// The maintained counts must always equal a count of the entries themselves, through every
// kind of write, for aligned days and for spans with ragged edges.
import './support/indexeddb';
import { describe, expect, it } from 'vitest';
import {
  addEntries,
  addEntry,
  countersFor,
  hourlyCounts,
  markSynced,
  pendingCount,
  purgeExpired,
  setDecision,
  totals,
} from '../../src/store';
import { wasAdmitted, type Entry, type EntryTotals } from '../../src/model';
import { fromEntryRecord } from '../../src/store/entry-record';
import { useFreshDb } from './support/fresh-db';
import { DAY, HOUR, NEXT_DAY, makeEntry } from './support/make-entry';

const t = useFreshDb();

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

function bruteTotals(entries: Entry[], from: number, to: number): EntryTotals {
  const span = entries.filter((e) => e.at >= from && e.at < to);
  const through = (dir: string) => span.filter((e) => e.direction === dir && wasAdmitted(e)).length;
  return {
    admit: span.filter((e) => e.verdict === 'admit').length,
    review: span.filter((e) => e.verdict === 'review').length,
    deny: span.filter((e) => e.verdict === 'deny').length,
    admitted: through('in') + through('out'),
    in: through('in'),
    out: through('out'),
  };
}

async function expectCountsMatchEntries(rand: () => number): Promise<void> {
  const entries = (await t.db.getAll('entries')).map(fromEntryRecord);
  const pending = entries.filter((e) => e.syncedAt === null).length;
  expect(await pendingCount(t.db)).toBe(pending);
  const day = bruteTotals(entries, DAY, NEXT_DAY);
  expect(await countersFor(t.db, DAY, NEXT_DAY)).toEqual({
    today: day.admit + day.review + day.deny,
    inside: Math.max(0, day.in - day.out),
    pending,
  });
  const hourly = Array.from(
    { length: 24 },
    (_, h) => entries.filter((e) => e.at >= DAY + h * HOUR && e.at < DAY + (h + 1) * HOUR).length,
  );
  expect(await hourlyCounts(t.db, DAY)).toEqual(hourly);
  expect(await totals(t.db, -Infinity, Infinity)).toEqual(
    bruteTotals(entries, -Infinity, Infinity),
  );
  const wideFrom = DAY - 31 * 24 * HOUR + Math.floor(rand() * HOUR);
  expect(await totals(t.db, wideFrom, NEXT_DAY + 7)).toEqual(
    bruteTotals(entries, wideFrom, NEXT_DAY + 7),
  );
  for (let i = 0; i < 6; i++) {
    const from = DAY - HOUR + Math.floor(rand() * 30 * HOUR);
    const to = from + Math.floor(rand() * 20 * HOUR);
    expect(await totals(t.db, from, to)).toEqual(bruteTotals(entries, from, to));
  }
}

describe('maintained counts', () => {
  it('agree with the entries after adds, decisions, syncs and purges', async () => {
    const rand = random(1405);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    const made = () =>
      makeEntry({
        at: DAY - 30 * 24 * HOUR + Math.floor(rand() * 32 * 24 * HOUR),
        direction: pick(['in', 'in', 'out'] as const),
        verdict: pick(['admit', 'admit', 'review', 'deny'] as const),
        syncedAt: rand() < 0.3 ? 1 : null,
      });
    const dayEntry = () => ({ ...made(), at: DAY + Math.floor(rand() * 24 * HOUR) });
    await addEntries(
      t.db,
      Array.from({ length: 300 }, () => (rand() < 0.5 ? made() : dayEntry())),
    );
    for (let i = 0; i < 20; i++) await addEntry(t.db, dayEntry());
    await expectCountsMatchEntries(rand);

    const all = (await t.db.getAll('entries')).map(fromEntryRecord);
    for (const e of all.filter((x) => x.verdict === 'review').slice(0, 40)) {
      await setDecision(t.db, e.id, rand() < 0.5 ? 'admit' : 'refuse');
    }
    await expectCountsMatchEntries(rand);

    await markSynced(
      t.db,
      all.filter(() => rand() < 0.6).map((e) => e.id),
      5,
    );
    await expectCountsMatchEntries(rand);

    await purgeExpired(t.db, DAY, 10);
    await expectCountsMatchEntries(rand);
  });

  it('a failed write changes no count', async () => {
    await addEntry(t.db, makeEntry({ at: DAY + HOUR }));
    const before = await countersFor(t.db, DAY, NEXT_DAY);
    const duplicate = makeEntry({ at: DAY + 2 * HOUR });
    await addEntry(t.db, duplicate);
    await expect(
      addEntries(t.db, [makeEntry({ at: DAY + 3 * HOUR }), duplicate]),
    ).rejects.toMatchObject({ kind: 'write' });
    expect(await countersFor(t.db, DAY, NEXT_DAY)).toEqual({
      ...before,
      today: 2,
      inside: 2,
      pending: 2,
    });
  });
});
