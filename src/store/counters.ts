// Figures over time spans, from the maintained 15-minute tallies (tallies.ts): a day is 96
// small records whatever the number of entries. A span that does not start or end on a bucket
// boundary is still exact: its ragged edges (under 15 minutes each) are counted from the
// entries themselves.
import type { Counters, EntryTotals } from '../model';
import type { KioskDb } from './schema';
import { localHourBoundaries, timeRange } from './key-ranges';
import { BUCKET_MS, PENDING_KEY, emptyTally, slotOf, slotParts } from './tallies';

type Span = readonly [from: number, to: number];

/** Counts per slot for each span, all read in one transaction so they agree with each other. */
async function tallySpans(
  db: KioskDb,
  spans: readonly Span[],
): Promise<{ tallies: number[][]; pending: number }> {
  const tx = db.transaction(['entries', 'tallies']);
  const tallyStore = tx.objectStore('tallies');
  const byTime = tx.objectStore('entries').index('by-time');
  const lo = Math.min(...spans.map(([from]) => from));
  const hi = Math.max(...spans.map(([, to]) => to));
  // Numeric bucket keys only: the string PENDING_KEY sorts after every number.
  const bucketRange =
    lo < hi ? IDBKeyRange.bound(Math.floor(lo / BUCKET_MS), Math.ceil(hi / BUCKET_MS)) : null;
  const edgeCounts = (from: number, to: number) => {
    const range = timeRange(from, to);
    return range ? byTime.getAll(range).then(countSlots) : Promise.resolve(emptyTally());
  };
  const [keys, values, pending, ...edges] = await Promise.all([
    bucketRange ? tallyStore.getAllKeys(bucketRange) : [],
    bucketRange ? tallyStore.getAll(bucketRange) : [],
    tallyStore.get(PENDING_KEY),
    ...spans.flatMap(([from, to]) => {
      const { first, end } = wholeBuckets(from, to);
      return first < end
        ? [edgeCounts(from, first * BUCKET_MS), edgeCounts(end * BUCKET_MS, to)]
        : [edgeCounts(from, to), Promise.resolve(emptyTally())];
    }),
  ]);
  const tallies = spans.map(([from, to], i) => {
    const { first, end } = wholeBuckets(from, to);
    const sum = addTallies(edges[2 * i]!, edges[2 * i + 1]!);
    keys.forEach((key, k) => {
      if (typeof key === 'number' && key >= first && key < end)
        sum.forEach((_, s) => (sum[s]! += values[k]![s] ?? 0));
    });
    return sum;
  });
  return { tallies, pending: pending?.[0] ?? 0 };
}

/** The buckets [first, end) lying wholly inside [from, to). */
function wholeBuckets(from: number, to: number): { first: number; end: number } {
  return { first: Math.ceil(from / BUCKET_MS), end: Math.floor(to / BUCKET_MS) };
}

function countSlots(entries: readonly Parameters<typeof slotOf>[0][]): number[] {
  const tally = emptyTally();
  for (const e of entries) tally[slotOf(e)]!++;
  return tally;
}

function addTallies(a: readonly number[], b: readonly number[]): number[] {
  return a.map((n, i) => n + (b[i] ?? 0));
}

function summarise(tally: readonly number[]): EntryTotals {
  const t: EntryTotals = { admit: 0, review: 0, deny: 0, admitted: 0, in: 0, out: 0 };
  tally.forEach((n, slot) => {
    const { direction, outcome } = slotParts(slot);
    t[outcome === 'review-admitted' ? 'review' : outcome] += n;
    if (outcome === 'admit' || outcome === 'review-admitted') {
      t.admitted += n;
      t[direction] += n;
    }
  });
  return t;
}

/** Entries in [dayStart, dayEnd), people inside that day, and everything pending. */
export async function countersFor(
  db: KioskDb,
  dayStart: number,
  dayEnd: number,
): Promise<Counters> {
  const { tallies, pending } = await tallySpans(db, [[dayStart, dayEnd]]);
  const day = summarise(tallies[0]!);
  // People who came in on an earlier day and leave today would make it negative.
  return {
    today: day.admit + day.review + day.deny,
    inside: Math.max(0, day.in - day.out),
    pending,
  };
}

/** By verdict, and people through by direction (see EntryTotals). */
export async function totals(db: KioskDb, from: number, to: number): Promise<EntryTotals> {
  const { tallies } = await tallySpans(db, [[from, to]]);
  return summarise(tallies[0]!);
}

/** 24 counts, one per local clock hour of the day containing `dayStart`. */
export async function hourlyCounts(db: KioskDb, dayStart: number): Promise<number[]> {
  const bounds = localHourBoundaries(dayStart);
  const hours = bounds.slice(0, 24).map((start, h): Span => [start, bounds[h + 1]!]);
  const { tallies } = await tallySpans(db, hours);
  return tallies.map((tally) => tally.reduce((a, b) => a + b, 0));
}
