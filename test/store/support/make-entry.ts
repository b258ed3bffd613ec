// Entries for the store tests: a plausible signed admit unless told otherwise.
import { plausibleEntry } from '../../support/make-entry';
import type { Entry } from '../../../src/model';
import { passPseudonym } from '../../../src/core';

/** Keys the store tests' pass ids: the log keeps pseudonyms (schema 4), never raw identities. */
export const TEST_PASS_SECRET = new Uint8Array(32).fill(7);
export const pseudo = (passId: string) => passPseudonym(TEST_PASS_SECRET, passId);

/** 20 Oct 2021, 09:00 on the device's clock: a local day the tests can reason about. */
export const DAY = new Date(2021, 9, 20).getTime();
export const NEXT_DAY = new Date(2021, 9, 21).getTime();
export const HOUR = 3_600_000;

let serial = 0;

export function makeEntry(fields: Partial<Entry> = {}): Entry {
  const at = fields.at ?? DAY + 9 * HOUR + serial;
  serial++;
  return plausibleEntry(at, serial, {
    kid: 'kid-issuer1',
    bundleSeq: 7,
    passId: pseudo(`qid:${100000 + serial}`),
    ...fields,
  });
}
