// When the database refuses a batch because of what one entry holds (a data exception such as
// text its JSON parser rejects, or a row no partition accepts), the server must name that
// entry and answer 400, not 500: a kiosk sets a refused entry aside and goes on, but retries a
// 500 for ever. The entry is found by halving the batch in trial transactions that are always
// rolled back — about 2·log2(500) ≈ 18 small transactions, only on this rare path.
import type { WireEntry } from '../../src/sync/wire';
import type { Database } from '../db/database';
import { EntryRefused } from './entry-guard';
import { ingestEntries } from './entries-ingest';

/** SQLSTATE classes that depend on the data sent: 22 data exception, 54 program limit, and
 * 23514 (check violation; also "no partition of relation found for row"). */
export function isDataFault(e: unknown): e is Error & { code: string } {
  const code = (e as { code?: unknown })?.code;
  return (
    typeof code === 'string' &&
    /^[0-9A-Z]{5}$/.test(code) &&
    (code.startsWith('22') || code.startsWith('54') || code === '23514')
  );
}

const ROLLBACK = Symbol('rollback');

/** Refuses (EntryRefused) the first entry the database will not store alone, if any. */
export async function findFaultyEntry(
  db: Database,
  device: { deviceId: string; venueId: string },
  entries: readonly WireEntry[],
  now: number,
): Promise<EntryRefused | null> {
  const fault = async (list: readonly WireEntry[]): Promise<Error | null> => {
    try {
      await db.transaction(async (tx) => {
        await ingestEntries(tx, device, list, now);
        throw ROLLBACK;
      });
    } catch (e) {
      if (e === ROLLBACK) return null;
      if (isDataFault(e) || e instanceof EntryRefused) return e;
      throw e;
    }
    return null;
  };
  if (!(await fault(entries))) return null;
  let lo = 0;
  let hi = entries.length;
  while (hi - lo > 1) {
    const mid = lo + Math.ceil((hi - lo) / 2);
    if (await fault(entries.slice(lo, mid))) hi = mid;
    else lo = mid;
  }
  const entry = entries[lo]!;
  const alone = await fault([entry]);
  if (alone instanceof EntryRefused)
    return new EntryRefused(lo, entry.id, alone.field, alone.problem);
  return new EntryRefused(
    lo,
    entry.id,
    'content',
    `the database refused it${alone ? ` (${alone.message})` : ' together with others in the batch'}`,
  );
}
