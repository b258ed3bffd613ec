// What a format adapter reads out of a code. The colour rules and the verdict work on these
// facts only, never on the scanned text or its structure, so that each format (1405, the ID
// cards, the EU DCC) is one adapter and nothing else knows its shape.
import type { CertificateType, CodeDetails, Format } from '../types';

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
  /**
   * The recovery's own validity, where the certificate states one (a DCC's `df` to `du`):
   * from ≤ now < until, in addition to the bundle's recoveryValidDays.
   */
  recoveryWindow: { from: number; until: number } | null;
}

/** Proof that an issuer key vouches for a personal QR: personal-qr.md §2.1. */
export interface Ed25519Proof {
  scheme: 'ed25519';
  kid: string;
  signature: Uint8Array;
  signedBytes: Uint8Array;
  issuedAt: number;
  /** The first instant at which the pass is no longer valid (EXP), or null. */
  expiresAt: number | null;
}

/** Proof that a DCC signer vouches for a certificate: eu-dcc.md §2–3. */
export interface CoseProof {
  scheme: 'cose';
  alg: 'ES256' | 'PS256';
  /** b64u of the kid bytes as found: one of another length than 8 bytes is never in a bundle. */
  kid: string;
  signature: Uint8Array;
  signedBytes: Uint8Array;
  issuedAt: number;
  /** The first instant at which the certificate is no longer valid (just after `exp`). */
  expiresAt: number;
  /** Checked against the signer's usage. */
  certificateType: CertificateType;
  /** The pass hash of every entry (any one revoked revokes the certificate), the deciding first. */
  passHashes: string[];
}

export type Proof = Ed25519Proof | CoseProof;

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
      proof: Proof | null;
      /** What the code says about its document beyond the format, for the verdict screen. */
      details?: CodeDetails;
    };

export interface FormatAdapter {
  /** Returns null when the text is not this format at all, so the next adapter may try. */
  read(text: string): CodeReading | null;
}
