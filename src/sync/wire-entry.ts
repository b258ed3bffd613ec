// From a stored entry to what is uploaded: every field but the local sync mark, listed one
// by one so that nothing the store may add later (or an IndexedDB index field) leaks out.
import type { Entry } from '../model';
import type { WireEntry } from './wire';

/** Everything but the local sync mark, in the wire's field order. */
export function toWireEntry(entry: Entry): WireEntry {
  return {
    id: entry.id,
    at: entry.at,
    direction: entry.direction,
    source: entry.source,
    format: entry.format,
    verdict: entry.verdict,
    decision: entry.decision,
    color: entry.color,
    reasons: entry.reasons,
    passId: entry.passId,
    passHash: entry.passHash,
    maskedName: entry.maskedName,
    birthYear: entry.birthYear,
    maskedId: entry.maskedId,
    kid: entry.kid,
    bundleSeq: entry.bundleSeq,
  };
}
