// Keyed pseudonyms of pass identities (Law 91/2025 on personal data): what the kiosk stores and
// sends instead of an ID number or a QID. The kiosk keys them with its venue's secret (given at
// enrollment; a local secret on a standalone kiosk), so the same person at the same venue
// gets the same pseudonym (duplicate rules, venue occupancy) while the log itself holds no
// identifier. The server holds the venue secrets apart from the entries and can recompute a
// pseudonym from an identifier for an audited tracing query. HMAC from @noble/hashes: never
// hand-written, and synchronous, since it sits on the scan path.
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { decodeB64uExact, encodeB64u } from './b64u';
import { utf8 } from './text';

/** Marks a pseudonym (version 1) so that it can never be taken for a raw pass identity. */
export const PSEUDONYM_PREFIX = 'p1:';
/** A venue or local secret: 32 random bytes, b64u (43 characters) where it is stored as text. */
export const PSEUDONYM_SECRET_BYTES = 32;

/**
 * `p1:` + b64u of the first 16 bytes of HMAC-SHA-256(secret, UTF-8 of the raw pass identity).
 * The raw identity is the adapter's `passId`: `qid:<QID>`, `cccd:<12 digits>`,
 * `manual:<ID as typed, spaces removed, upper case>`, or `dcc:<holder hash>` (eu-dcc.md §3).
 */
export function passPseudonym(secret: Uint8Array, passId: string): string {
  if (secret.length !== PSEUDONYM_SECRET_BYTES)
    throw new RangeError(`pseudonym secret must be ${PSEUDONYM_SECRET_BYTES} bytes`);
  return PSEUDONYM_PREFIX + encodeB64u(hmac(sha256, secret, utf8(passId)).subarray(0, 16));
}

/** True for a well-formed pseudonym: the prefix and exactly 16 bytes of strict b64u. */
export function isPassPseudonym(value: string): boolean {
  return (
    value.startsWith(PSEUDONYM_PREFIX) &&
    decodeB64uExact(value.slice(PSEUDONYM_PREFIX.length), 16) !== null
  );
}

/** A secret stored as b64u text, or null when it is not exactly 32 bytes. */
export function readPseudonymSecret(text: string): Uint8Array | null {
  return decodeB64uExact(text, PSEUDONYM_SECRET_BYTES);
}
