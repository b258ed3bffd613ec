// Well-formed entries as a kiosk makes them, for the server and sync tests.
import { randomBytes } from 'node:crypto';
import { plausibleEntry } from '../../support/make-entry';
import type { Entry } from '../../../src/model';

let n = 0;
/** Entries are a millisecond apart from ten minutes ago on: in time order, as a kiosk logs them. */
const start = Date.now() - 10 * 60_000;

/** A UUIDv7 of exactly this time (uuidv7() keeps ids increasing, so it will not go back). */
export function uuidAt(ms: number): string {
  const h = ms.toString(16).padStart(12, '0');
  const r = randomBytes(10).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8)}-7${r.slice(0, 3)}-8${r.slice(3, 6)}-${r.slice(6, 18)}`;
}

/** An entry; one given a time gets an id of that time, as the kiosk made it when it scanned
 * (the server refuses an id whose time is far from `at`, and partitions by id time). */
export function makeEntry(over: Partial<Entry> = {}): Entry {
  const at = over.at ?? start + n++;
  const id = over.at !== undefined ? { id: uuidAt(at) } : {};
  return plausibleEntry(at, n, { passHash: 'AAAAAAAAAAAAAAAAAAAAAA', ...id, ...over });
}

export function makeEntries(count: number, over: Partial<Entry> = {}): Entry[] {
  return Array.from({ length: count }, () => makeEntry(over));
}
