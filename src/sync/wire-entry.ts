// From a stored entry to what is uploaded. The type checks below fail to compile if the
// store's Entry and the wire's WireEntry ever drift apart (a field added to one only).
import type { Entry } from '../store/types';
import type { WireEntry } from './wire';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape: Same<Omit<Entry, 'syncedAt'>, WireEntry> = true;
void sameShape;

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
