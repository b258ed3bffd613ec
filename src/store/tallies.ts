// Counts kept up to date with every write, so the status bar, hourly chart and totals never
// count entries one by one (Chromium's IDBIndex.count walks its range: ~5 µs an entry, too
// slow for a busy day). Each 15-minute bucket holds one count per (direction, outcome) slot;
// every UTC offset in use is a multiple of 15 minutes, so local midnights and hours fall on
// bucket boundaries. The number of unsynced entries is kept under its own key.
import type { IDBPObjectStore, StoreNames } from 'idb';
import type { Direction, Entry } from '../model';
import type { KioskSchema } from './schema';

export const BUCKET_MS = 15 * 60_000;
export const PENDING_KEY = 'pending';

/** Slot order within a bucket: in, then out, each by outcome. */
export const OUTCOMES = ['admit', 'review-admitted', 'review', 'deny'] as const;
export const DIRECTIONS: readonly Direction[] = ['in', 'out'];
export const SLOT_COUNT = DIRECTIONS.length * OUTCOMES.length;
export type Outcome = (typeof OUTCOMES)[number];

export function slotOf(e: Pick<Entry, 'direction' | 'verdict' | 'decision'>): number {
  const outcome: Outcome =
    e.verdict === 'review' ? (e.decision === 'admit' ? 'review-admitted' : 'review') : e.verdict;
  return DIRECTIONS.indexOf(e.direction) * OUTCOMES.length + OUTCOMES.indexOf(outcome);
}

export function slotParts(slot: number): { direction: Direction; outcome: Outcome } {
  return {
    direction: DIRECTIONS[Math.floor(slot / OUTCOMES.length)]!,
    outcome: OUTCOMES[slot % OUTCOMES.length]!,
  };
}

export const bucketOf = (at: number) => Math.floor(at / BUCKET_MS);
export const emptyTally = () => new Array<number>(SLOT_COUNT).fill(0);

/** One entry entering (+1) or leaving (-1) a slot at its time. */
export interface TallyChange {
  at: number;
  slot: number;
  delta: number;
}

type TallyStore = IDBPObjectStore<
  KioskSchema,
  ArrayLike<StoreNames<KioskSchema>>,
  'tallies',
  'readwrite' | 'versionchange'
>;

/**
 * Applies the changes to the buckets, and `pendingDelta` to the pending count, inside the
 * caller's write transaction: they commit or fail together with the entries they describe.
 */
export async function applyTallies(
  store: TallyStore,
  changes: readonly TallyChange[],
  pendingDelta: number,
): Promise<void> {
  const byBucket = new Map<number, number[]>();
  for (const { at, slot, delta } of changes) {
    const bucket = bucketOf(at);
    const tally = byBucket.get(bucket) ?? emptyTally();
    tally[slot]! += delta;
    byBucket.set(bucket, tally);
  }
  const buckets = [...byBucket.keys()];
  const [stored, pending] = await Promise.all([
    Promise.all(buckets.map((b) => store.get(b))),
    pendingDelta ? store.get(PENDING_KEY) : undefined,
  ]);
  const writes = buckets.map((bucket, i) => {
    const sum = byBucket.get(bucket)!.map((n, slot) => n + (stored[i]?.[slot] ?? 0));
    return sum.every((n) => n === 0) ? store.delete(bucket) : store.put(sum, bucket);
  });
  if (pendingDelta) writes.push(store.put([(pending?.[0] ?? 0) + pendingDelta], PENDING_KEY));
  await Promise.all(writes);
}
