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

/**
 * Which ID card a `cccd` code comes from: the chip CCCD ("Căn cước công dân", 2021 to June
 * 2024: 6 or 7 fields) or the "Căn cước" card issued since 1 July 2024 (11 fields).
 */
export type IdCardKind = 'cccd-chip' | 'can-cuoc-2024';

/**
 * What a code says about its document beyond its format, as facts (never words): the
 * verdict screen puts them into the guard's language.
 */
export type CodeDetails = { kind: 'id-card'; card: IdCardKind };

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
  /** Facts about the document, when the code was read (absent on results made elsewhere). */
  details?: CodeDetails | null;
}
