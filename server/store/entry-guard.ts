// The server's own last check on each entry before it reaches the database, whatever the wire
// check let through (it is shared with kiosks of every version, and may be looser than the
// database): text the database cannot store (a lone UTF-16 surrogate, which PostgreSQL's JSON
// parser refuses; U+0000, which no PostgreSQL text can hold), text longer than any real entry,
// and an id whose UUIDv7 time does not match the entry's time. One bad entry is named and
// refused (400 ENTRY_MALFORMED with its id), never a 500 for the whole batch.
import type { WireEntry } from '../../src/sync/wire';

/** Longest text a real entry carries in any field (names are cut to 120 by the kiosk). */
const MAX_TEXT = 200;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * An entry's id is uuidv7(at) on the kiosk: the same millisecond. The kiosk keeps ids in order,
 * so after its clock is set back its ids run ahead of `at` until the clock catches up (never
 * behind). Partitions and retention go by id time, so an id behind `at` would let an entry be
 * dropped before its time: refused. Ahead is allowed up to a month (a clock corrected by weeks).
 */
export const ID_TIME_BEHIND_MS = 60_000;
export const ID_TIME_AHEAD_MS = 31 * 24 * 60 * 60_000;

export class EntryRefused extends Error {
  constructor(
    readonly index: number,
    readonly id: string | undefined,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`entries[${index}].${field}: ${problem}`);
  }
}

/** The time (epoch ms) in a UUIDv7, or null when the text is not one. */
export function uuidv7Time(id: string): number | null {
  const m = /^([0-9a-f]{8})-([0-9a-f]{4})-7/.exec(id);
  return m ? parseInt(m[1]! + m[2]!, 16) : null;
}

/** The smallest UUID whose v7 time is `ms` or later: a partition or range bound. */
export function uuidFloor(ms: number): string {
  const h = Math.max(0, Math.floor(ms)).toString(16).padStart(12, '0');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-0000-0000-000000000000`;
}

function textProblem(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  if (value.length > MAX_TEXT) return `longer than ${MAX_TEXT} characters`;
  if (value.includes('\u0000')) return 'contains U+0000, which the database cannot store';
  if (LONE_SURROGATE.test(value)) return 'contains a lone UTF-16 surrogate (not Unicode text)';
  return null;
}

/** Throws EntryRefused for the first entry the database would refuse or must not hold. */
export function guardEntries(entries: readonly WireEntry[]): void {
  entries.forEach((entry, index) => {
    const e = entry as unknown as Record<string, unknown>;
    for (const [field, value] of Object.entries(e)) {
      const values = Array.isArray(value) ? value : [value];
      for (const v of values) {
        const problem = textProblem(v);
        if (problem) throw new EntryRefused(index, entry.id, field, problem);
      }
    }
    const idTime = uuidv7Time(entry.id);
    if (idTime === null) throw new EntryRefused(index, entry.id, 'id', 'not a UUIDv7');
    if (idTime < entry.at - ID_TIME_BEHIND_MS || idTime > entry.at + ID_TIME_AHEAD_MS)
      throw new EntryRefused(
        index,
        entry.id,
        'id',
        `its time (${new Date(idTime).toISOString()}) does not match at (${new Date(entry.at).toISOString()})`,
      );
  });
}
