// The vocabulary of spec §5: what a verification says, in the spec's own words.

export type Format = 'pqr-signed' | 'pqr-unsigned' | 'cccd' | 'dcc' | 'unknown';
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

/** A DCC's kind (eu-dcc.md §3): vaccination, test or recovery. */
export type CertificateType = 'v' | 't' | 'r';

/**
 * The deciding entry of a DCC, as facts for the verdict screen ("Tiêm chủng 2/2, ngày …",
 * "Xét nghiệm âm tính RAT, lấy mẫu lúc …", "Khỏi bệnh, hiệu lực đến …"). Days are the instant
 * they start in Vietnam (UTC+7). Read from the certificate as it is: on a failed signature
 * they are what the code claims, not what an issuer said. `covid19` is false when the entry
 * is about another disease (`tg`), which proves nothing here.
 */
export type DccCertificateFacts =
  | {
      type: 'vaccination';
      covid19: boolean;
      /** `dn` of `sd`; a booster has dose > of. */
      dose: number;
      of: number;
      date: number;
      /** `mp`, cleaned for display; empty when absent. */
      product: string;
    }
  | {
      type: 'test';
      covid19: boolean;
      /** Null when `tr` is neither "not detected" nor "detected". */
      result: 'negative' | 'positive' | null;
      /** PCR (NAAT) or RAT (rapid antigen); null for another test type. */
      test: 'PCR' | 'RAT' | null;
      sampledAt: number;
    }
  | {
      type: 'recovery';
      covid19: boolean;
      /** Day of the first positive result (`fr`). */
      firstPositive: number;
      /** `df` and `du`: valid from the first day through the last day (inclusive). */
      validFrom: number;
      validUntil: number;
    };

/**
 * What a code says about its document beyond its format, as facts (never words): the
 * verdict screen puts them into the guard's language.
 */
export type CodeDetails =
  | { kind: 'id-card'; card: IdCardKind }
  | {
      kind: 'dcc';
      /** The issuing country as the certificate states it (CWT `iss`), cleaned; may be empty. */
      country: string;
      certificate: DccCertificateFacts;
      /** How many entries the certificate holds (older issuers put several of one kind). */
      entries: number;
    };

export interface CheckResult {
  format: Format;
  verdict: Verdict;
  color: Color;
  /** The deciding reason first. */
  reasons: ReasonCode[];
  holder: Holder | null;
  /**
   * Raw identity for duplicate suppression: `qid:…` (1405), `cccd:…` (ID cards), `dcc:…` (the
   * holder hash of eu-dcc.md §3). The kiosk pseudonymises it before storing (pseudonym.ts).
   */
  passId: string | null;
  /** Pass hash (personal-qr.md §2.1; a DCC's deciding entry, eu-dcc.md §3), for signed codes that parse. */
  passHash: string | null;
  /** Signer key id of a signed code (an 8-byte DCC kid as b64u); null when it has none usable. */
  kid: string | null;
  /** Facts about the document, when the code was read (absent on results made elsewhere). */
  details?: CodeDetails | null;
}
