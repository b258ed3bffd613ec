// A plausible kiosk entry (a signed admit) for tests of every layer; each suite overrides what
// it is about.
import { uuidv7 } from '../../src/core/uuid7';
import type { Entry } from '../../src/model/entry';

export function plausibleEntry(at: number, serial: number, over: Partial<Entry> = {}): Entry {
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
    passId: `qid:${100000 + serial}`,
    passHash: null,
    maskedName: 'N. L. K. HAN',
    birthYear: 1987,
    maskedId: '********9317',
    kid: 'ZI7LP39r3qs',
    bundleSeq: 1,
    syncedAt: null,
    ...over,
  };
}
