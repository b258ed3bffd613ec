// What a verification is made against: the held bundle, the venue's policy, the time and the
// Ed25519 back end. Its own file so that verify-code.ts and check-pass.ts share it without
// importing each other.
import type { Ed25519Verifier } from './ed25519';
import type { TrustBundle } from './trust-bundle';
import type { VenuePolicy } from './types';

export interface VerifyContext {
  bundle: TrustBundle | null;
  policy: VenuePolicy;
  /** Epoch milliseconds. */
  now: number;
  verifier: Ed25519Verifier;
}
