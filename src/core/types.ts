// The vocabulary of spec §5: what a verification says, in the spec's own words.

export type Format = 'pqr-signed' | 'pqr-unsigned' | 'cccd' | 'unknown';
export type Verdict = 'admit' | 'review' | 'deny';
export type Color = 'green' | 'yellow' | 'red' | 'none';

export type FailureReason =
  | 'FORMAT_UNKNOWN'
  | 'FORMAT_MALFORMED'
  | 'KEY_UNKNOWN'
  | 'KEY_REVOKED'
  | 'SIG_INVALID'
  | 'KEY_NOT_VALID'
  | 'PASS_REVOKED'
  | 'PASS_EXPIRED'
  | 'PASS_NOT_YET_VALID';

export type ColorReason =
  | 'TEST_POSITIVE'
  | 'VACCINATED_FULL'
  | 'RECOVERED'
  | 'VACCINATED_PARTIAL'
  | 'TEST_NEGATIVE'
  | 'NO_VALID_STATUS';

/**
 * BUNDLE_MISSING and INTERNAL_ERROR are ours, not the spec's: a kiosk with no trust
 * bundle yet must never admit, and a fault in our own code must never look like a pass.
 */
export type ReasonCode =
  | FailureReason
  | ColorReason
  | 'IDENTITY_ONLY'
  | 'BUNDLE_STALE'
  | 'CLOCK_BEHIND'
  | 'BUNDLE_MISSING'
  | 'INTERNAL_ERROR';

export interface VenuePolicy {
  admitColors: Color[];
  unsigned: Verdict;
  staleBundle: Verdict;
}

export const DEFAULT_POLICY: VenuePolicy = {
  admitColors: ['green', 'yellow'],
  unsigned: 'review',
  staleBundle: 'review',
};

/** What the door may show of a person: enough to compare with an ID card, no more. */
export interface Holder {
  name: string;
  birthYear: number | null;
  maskedId: string;
}

export interface CheckResult {
  format: Format;
  verdict: Verdict;
  color: Color;
  /** The deciding reason first. */
  reasons: ReasonCode[];
  holder: Holder | null;
  /** Identity for duplicate suppression: `qid:…` for 1405 codes, `cccd:…` for chip cards. */
  passId: string | null;
  /** Spec §2.1 pass hash, for signed codes that parse. */
  passHash: string | null;
  /** Issuer key id of a signed code. */
  kid: string | null;
}
