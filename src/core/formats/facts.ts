// What a format adapter reads out of a code. The colour rules and the verdict work on these
// facts only, never on the scanned text, so a new format (the EU DCC next) is one more adapter.
import type { CodeDetails, Format } from '../types';

export interface IdentityFacts {
  /** As read; displayText() before showing. */
  name: string;
  birthYear: number | null;
  documentNumber: string;
  /** Stable identity for duplicate suppression, or null when the code carries none usable. */
  passId: string | null;
}

export interface VaccinationFact {
  dose: number;
  of: number;
  /** Start (Vietnam time) of the day of the last dose. */
  lastDoseAt: number;
  product: string;
}

export interface TestFact {
  positive: boolean;
  sampledAt: number;
  type: 'PCR' | 'RAT';
}

export interface HealthFacts {
  vaccination: VaccinationFact | null;
  test: TestFact | null;
  /** Start of the day of the positive test a recovery refers to. */
  recoveredFrom: number | null;
}

/** Proof that an issuer key vouches for the code: spec §2.1. */
export interface Ed25519Proof {
  kid: string;
  signature: Uint8Array;
  signedBytes: Uint8Array;
  issuedAt: number;
  expiresAt: number | null;
}

export type CodeReading =
  | { kind: 'unknown' }
  /** The format was recognised but the code breaks its grammar. */
  | { kind: 'malformed'; format: Format; identity: IdentityFacts | null }
  | {
      kind: 'read';
      format: Format;
      identity: IdentityFacts;
      /** Null for identity-only formats: they must never yield a health colour. */
      health: HealthFacts | null;
      proof: Ed25519Proof | null;
      /** What the code says about its document beyond the format, for the verdict screen. */
      details?: CodeDetails;
    };

export interface FormatAdapter {
  /** Returns null when the text is not this format at all, so the next adapter may try. */
  read(text: string): CodeReading | null;
}
