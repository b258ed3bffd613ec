// Entries for the store tests: a plausible signed admit unless told otherwise.
import { uuidv7 } from '../../../src/core/uuid7';
import type { Entry } from '../../../src/store';

/** 20 Oct 2021, 09:00 on the device's clock: a local day the tests can reason about. */
export const DAY = new Date(2021, 9, 20).getTime();
export const NEXT_DAY = new Date(2021, 9, 21).getTime();
export const HOUR = 3_600_000;

let serial = 0;

export function makeEntry(fields: Partial<Entry> = {}): Entry {
  const at = fields.at ?? DAY + 9 * HOUR + serial;
  serial++;
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
    kid: 'kid-issuer1',
    bundleSeq: 7,
    syncedAt: null,
    ...fields,
  };
}
