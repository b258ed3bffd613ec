// Well-formed entries as a kiosk makes them, for the server and sync tests.
import { uuidv7 } from '../../../src/core';
import type { Entry } from '../../../src/store/types';

let n = 0;
/** Entries are a millisecond apart from ten minutes ago on: in time order, as a kiosk logs them. */
const start = Date.now() - 10 * 60_000;

export function makeEntry(over: Partial<Entry> = {}): Entry {
  const at = over.at ?? start + n++;
  return {
    id: uuidv7(at),
    at,
    direction: 'in',
    source: 'camera',
    format: 'pqr-signed',
    verdict: 'admit',
    decision: null,
    color: 'green',
    reasons: ['VACCINATED_FULL'],
    passId: `qid:1629793885861711${String(n % 100).padStart(2, '0')}`,
    passHash: 'AAAAAAAAAAAAAAAAAAAAAA',
    maskedName: 'N. L. K. HAN',
    birthYear: 1987,
    maskedId: '********9317',
    kid: 'ZI7LP39r3qs',
    bundleSeq: 1,
    syncedAt: null,
    ...over,
  };
}

export function makeEntries(count: number, over: Partial<Entry> = {}): Entry[] {
  return Array.from({ length: count }, () => makeEntry(over));
}
