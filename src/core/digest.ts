// SHA-256 derived identifiers of spec §1 and §2.1. Synchronous (noble-hashes) because they
// sit on the scan path, where an async WebCrypto digest per scan would cost more than it saves.
import { sha256 } from '@noble/hashes/sha2.js';
import { encodeB64u } from './b64u';

/** Key id: b64u of the first 8 bytes of SHA-256 of the raw 32-byte public key. */
export function kidOf(publicKey: Uint8Array): string {
  return encodeB64u(sha256(publicKey).subarray(0, 8));
}

/** Pass hash: b64u of the first 16 bytes of SHA-256 of the signed bytes. */
export function passHashOf(signedBytes: Uint8Array): string {
  return encodeB64u(sha256(signedBytes).subarray(0, 16));
}
