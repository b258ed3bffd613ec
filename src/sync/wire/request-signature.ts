// Signed requests: every sync call carries the device id, a timestamp, a fresh nonce and an
// Ed25519 signature over the signing string below, so the server can refuse forged,
// replayed, stale and altered requests. Both sides build the string with this one module.
import { sha256 } from '@noble/hashes/sha2.js';
import { encodeB64u } from '../../core/b64u';
import { utf8 } from '../../core/text';

export const SIGNATURE_VERSION = 'kiosk-sync-v1';

/** Header names, lower case as Node reports them (HTTP header names are case-insensitive). */
export const SIGNATURE_HEADERS = {
  device: 'x-kiosk-device',
  timestamp: 'x-kiosk-timestamp',
  nonce: 'x-kiosk-nonce',
  signature: 'x-kiosk-signature',
} as const;

/** A request whose timestamp is further than this from the server's clock is refused. */
export const MAX_CLOCK_SKEW_MS = 5 * 60_000;

const NONCE = /^[A-Za-z0-9_-]{22}$/;
const SIGNATURE = /^[A-Za-z0-9_-]{86}$/;
const DEVICE_ID = /^[0-9a-f-]{36}$/;
const TIMESTAMP = /^\d{1,16}$/;

export interface SignedParts {
  method: string;
  /** The request target as sent: path and query, without scheme or host. */
  path: string;
  deviceId: string;
  /** Epoch milliseconds. */
  timestamp: number;
  /** b64u of 16 random bytes, never reused by a device. */
  nonce: string;
  /** `bodyHashOf` the exact body bytes (of an empty body for a GET). */
  bodyHash: string;
}

/** b64u SHA-256 of the body bytes. */
export function bodyHashOf(body: Uint8Array): string {
  return encodeB64u(sha256(body));
}

/**
 * The bytes the device signs: one field per line, in this order.
 *
 *     kiosk-sync-v1\nPOST\n/api/sync/entries\n<deviceId>\n<timestamp>\n<nonce>\n<bodyHash>
 */
export function signingBytes(p: SignedParts): Uint8Array {
  return utf8(
    [
      SIGNATURE_VERSION,
      p.method.toUpperCase(),
      p.path,
      p.deviceId,
      String(p.timestamp),
      p.nonce,
      p.bodyHash,
    ].join('\n'),
  );
}

/** The text a new device signs at enrollment, proving it holds the key it enrolls. */
export function enrollmentProofBytes(code: string, publicKey: string): Uint8Array {
  return utf8(['kiosk-enroll-v1', code, publicKey].join('\n'));
}

export interface SignatureHeaders {
  deviceId: string;
  timestamp: number;
  nonce: string;
  signature: string;
}

export function signatureHeaders(h: SignatureHeaders): Record<string, string> {
  return {
    [SIGNATURE_HEADERS.device]: h.deviceId,
    [SIGNATURE_HEADERS.timestamp]: String(h.timestamp),
    [SIGNATURE_HEADERS.nonce]: h.nonce,
    [SIGNATURE_HEADERS.signature]: h.signature,
  };
}

/** Reads the four headers; null when any is missing or malformed. */
export function readSignatureHeaders(
  get: (name: string) => string | undefined,
): SignatureHeaders | null {
  const deviceId = get(SIGNATURE_HEADERS.device);
  const timestamp = get(SIGNATURE_HEADERS.timestamp);
  const nonce = get(SIGNATURE_HEADERS.nonce);
  const signature = get(SIGNATURE_HEADERS.signature);
  if (!deviceId || !DEVICE_ID.test(deviceId) || !timestamp || !TIMESTAMP.test(timestamp))
    return null;
  if (!nonce || !NONCE.test(nonce) || !signature || !SIGNATURE.test(signature)) return null;
  return { deviceId, timestamp: Number(timestamp), nonce, signature };
}

/** A fresh nonce: b64u of 16 random bytes. */
export function newNonce(): string {
  return encodeB64u(crypto.getRandomValues(new Uint8Array(16)));
}
