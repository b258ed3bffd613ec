// The admin log: a time span, newest first, optionally narrowed by a search over the masked
// name and ID (the only identity the log keeps).
import type { Entry } from '../model';
import type { KioskDb } from './schema';
import { fromEntryRecord } from './entry-record';
import { timeRange } from './key-ranges';
import { scanTimeRange } from './range-scan';
import { matcherFor } from './search-text';

export interface ListQuery {
  from: number;
  to: number;
  search?: string;
  /** At most this many, newest first (default 200, at most 5000). */
  limit?: number;
}

export const DEFAULT_LIST_LIMIT = 200;
const MAX_LIST_LIMIT = 5000;

export async function listEntries(db: KioskDb, query: ListQuery): Promise<Entry[]> {
  const limit = Math.max(
    1,
    Math.min(MAX_LIST_LIMIT, Math.floor(query.limit ?? DEFAULT_LIST_LIMIT)),
  );
  const range = timeRange(query.from, query.to);
  if (!range) return [];
  if (!query.search?.trim()) {
    // Without a search, the newest `limit` are read backwards and nothing else.
    const found: Entry[] = [];
    const index = db.transaction('entries').store.index('by-time');
    let cursor = await index.openCursor(range, 'prev');
    while (cursor) {
      found.push(fromEntryRecord(cursor.value));
      if (found.length >= limit) break;
      cursor = await cursor.continue();
    }
    return found;
  }
  // With a search, every entry of the span is looked at, in chunks (see range-scan.ts); only
  // the newest `limit` matches are kept.
  const matches = matcherFor(query.search);
  let kept: Entry[] = [];
  for await (const records of scanTimeRange(db, query.from, query.to)) {
    for (const r of records) if (matches(r.maskedName, r.maskedId)) kept.push(fromEntryRecord(r));
    if (kept.length > limit * 2) kept = kept.slice(-limit);
  }
  return kept.slice(-limit).reverse();
}
