// One check-in as the kiosk records it: stored in IndexedDB and, without `syncedAt`, uploaded
// to the sync server. Pure types (no DOM), so that the wire format shared with the server
// (src/sync/wire) is this very type rather than a copy of it.
import type { Color, Format, ReasonCode, Verdict } from '../core/types';

export type Direction = 'in' | 'out';
/** How the text reached the kiosk: `typed` is a code's text typed into the dialog; `manual` is a name and ID typed by the guard (identity only). */
export type EntrySource = 'camera' | 'wedge' | 'paste' | 'typed' | 'manual';
/**
 * The guard's call on a `review` verdict: `admit` or `refuse`; `none` when the review was
 * closed without one (the venue's review timeout ran out: "không quyết định", recorded as
 * such); null while undecided (and for admit/deny).
 */
export type GuardDecision = 'admit' | 'refuse' | 'none' | null;

export interface Entry {
  /** UUIDv7: time-ordered and unique across devices; the server's idempotency key. */
  id: string;
  /** Epoch ms of the scan. */
  at: number;
  direction: Direction;
  source: EntrySource;
  format: Format | 'manual';
  verdict: Verdict;
  decision: GuardDecision;
  color: Color;
  reasons: ReasonCode[];
  /** `qid:…` / `cccd:…` / `manual:…`, or null. */
  passId: string | null;
  passHash: string | null;
  /** Masked for storage: e.g. `N. L. K. HAN`. The full name is only ever on screen. */
  maskedName: string;
  birthYear: number | null;
  maskedId: string;
  /** Issuer key id of a signed code. */
  kid: string | null;
  /** Seq of the trust bundle the verdict was made with. */
  bundleSeq: number | null;
  /** Set only from the server's answer listing this id; null = waiting to sync. */
  syncedAt: number | null;
}

/** Whether the person went through: admit, or review decided admit. */
export function wasAdmitted(e: Pick<Entry, 'verdict' | 'decision'>): boolean {
  return e.verdict === 'admit' || (e.verdict === 'review' && e.decision === 'admit');
}
