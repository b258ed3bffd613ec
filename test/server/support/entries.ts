// Well-formed entries as a kiosk makes them, for the server and sync tests.
import { plausibleEntry } from '../../support/make-entry';
import type { Entry } from '../../../src/model';

let n = 0;
/** Entries are a millisecond apart from ten minutes ago on: in time order, as a kiosk logs them. */
const start = Date.now() - 10 * 60_000;

export function makeEntry(over: Partial<Entry> = {}): Entry {
  const at = over.at ?? start + n++;
  return plausibleEntry(at, n, { passHash: 'AAAAAAAAAAAAAAAAAAAAAA', ...over });
}

export function makeEntries(count: number, over: Partial<Entry> = {}): Entry[] {
  return Array.from({ length: count }, () => makeEntry(over));
}
