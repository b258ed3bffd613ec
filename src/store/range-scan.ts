// Reading a long time span in chunks, each in its own short transaction. One transaction held
// across a whole export would make every check-in write wait behind it; between chunks the
// kiosk's writes go through. The `by-time` key ends with the id, so each chunk resumes exactly
// after the last record of the one before, even when many entries share a millisecond.
import type { KioskDb, EntryRecord } from './schema';
import { timeRange } from './key-ranges';

export const SCAN_CHUNK = 5000;

/**
 * The entries of [from, to), oldest first, `chunk` records at a time. The next chunk is
 * already being read while the caller works on the current one.
 */
export async function* scanTimeRange(
  db: KioskDb,
  from: number,
  to: number,
  chunk = SCAN_CHUNK,
): AsyncGenerator<EntryRecord[]> {
  const read = (range: IDBKeyRange | null): Promise<EntryRecord[]> => {
    if (!range) return Promise.resolve([]);
    const request = db.getAllFromIndex('entries', 'by-time', range, chunk);
    // Awaited below; this only keeps a read the caller no longer wants from going unhandled.
    request.catch(() => undefined);
    return request;
  };
  let next = read(timeRange(from, to));
  for (;;) {
    const records = await next;
    const last = records[records.length - 1];
    if (!last) return;
    next = read(
      records.length === chunk ? IDBKeyRange.bound([last.at, last.id], [to], true, true) : null,
    );
    yield records;
  }
}
