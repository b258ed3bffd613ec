import './support/indexeddb';
import { describe, expect, it } from 'vitest';
import {
  addEntries,
  countersFor,
  hourlyCounts,
  markSynced,
  setDecision,
  totals,
} from '../../src/store';
import { wasAdmitted } from '../../src/model';
import { useFreshDb } from './support/fresh-db';
import { DAY, HOUR, NEXT_DAY, makeEntry } from './support/make-entry';

const t = useFreshDb();

describe('counters for a day', () => {
  it('counts entries in [dayStart, dayEnd), people inside and everything pending', async () => {
    const yesterday = makeEntry({ at: DAY - 1 });
    const tomorrow = makeEntry({ at: NEXT_DAY });
    const today = [
      makeEntry({ at: DAY }),
      makeEntry({ at: DAY + 10 * HOUR }),
      makeEntry({ at: DAY + 10 * HOUR, verdict: 'deny', color: 'red' }),
      makeEntry({ at: DAY + 11 * HOUR, verdict: 'review' }),
      makeEntry({ at: DAY + 12 * HOUR, direction: 'out' }),
      makeEntry({ at: NEXT_DAY - 1, syncedAt: NEXT_DAY }),
    ];
    await addEntries(t.db, [yesterday, tomorrow, ...today]);
    // in: 3 admitted (the deny and the undecided review did not go in); out: 1.
    expect(await countersFor(t.db, DAY, NEXT_DAY)).toEqual({ today: 6, inside: 2, pending: 7 });

    await setDecision(t.db, today[3]!.id, 'admit');
    await markSynced(t.db, [yesterday.id, tomorrow.id]);
    expect(await countersFor(t.db, DAY, NEXT_DAY)).toEqual({ today: 6, inside: 3, pending: 5 });
  });

  it('inside never goes below zero when yesterday’s visitors leave today', async () => {
    await addEntries(t.db, [
      makeEntry({ at: DAY - HOUR }),
      makeEntry({ at: DAY + HOUR, direction: 'out' }),
      makeEntry({ at: DAY + HOUR, direction: 'out' }),
    ]);
    expect(await countersFor(t.db, DAY, NEXT_DAY)).toMatchObject({ today: 2, inside: 0 });
  });

  it('an empty or reversed span counts nothing', async () => {
    await addEntries(t.db, [makeEntry({ at: DAY })]);
    expect(await countersFor(t.db, DAY, DAY)).toEqual({ today: 0, inside: 0, pending: 1 });
    expect(await countersFor(t.db, NEXT_DAY, DAY)).toEqual({ today: 0, inside: 0, pending: 1 });
  });
});

describe('hourly counts', () => {
  it('gives 24 counts by local clock hour', async () => {
    const hours = [0, 0, 7, 8, 8, 8, 12, 23];
    await addEntries(t.db, [
      ...hours.map((h, i) => makeEntry({ at: DAY + h * HOUR + i * 60_000 })),
      makeEntry({ at: DAY - 1 }),
      makeEntry({ at: NEXT_DAY }),
      makeEntry({ at: DAY + 9 * HOUR - 1 }),
    ]);
    const expected = Array.from({ length: 24 }, (_, h) => hours.filter((x) => x === h).length);
    expected[8]! += 1;
    expect(await hourlyCounts(t.db, DAY)).toEqual(expected);
    expect(await hourlyCounts(t.db, NEXT_DAY)).toEqual([1, ...Array(23).fill(0)]);
  });
});

describe('totals', () => {
  it('counts by verdict and people through by direction', async () => {
    const entries = [
      makeEntry({ verdict: 'admit' }),
      makeEntry({ verdict: 'admit' }),
      makeEntry({ verdict: 'deny' }),
      makeEntry({ verdict: 'review', decision: 'admit' }),
      makeEntry({ verdict: 'review', decision: 'refuse' }),
      makeEntry({ verdict: 'review' }),
      makeEntry({ verdict: 'admit', direction: 'out' }),
      makeEntry({ verdict: 'deny', direction: 'out' }),
      makeEntry({ verdict: 'admit', at: NEXT_DAY }),
    ];
    await addEntries(t.db, entries);
    const day = entries.filter((e) => e.at < NEXT_DAY);
    const through = (dir: string) =>
      day.filter((e) => e.direction === dir && wasAdmitted(e)).length;
    const result = await totals(t.db, DAY, NEXT_DAY);
    expect(result).toEqual({ admit: 3, review: 3, deny: 2, admitted: 4, in: 3, out: 1 });
    expect(result.in).toBe(through('in'));
    expect(result.out).toBe(through('out'));
    expect(await totals(t.db, DAY, NEXT_DAY + 1)).toMatchObject({ admit: 4, in: 4 });
  });
});
