// Ed25519 key pairs for issuers, trust-bundle roots and kiosk devices (noble; never hand-rolled).
import * as ed from '@noble/ed25519';
import { sha512 } from '@noble/hashes/sha2.js';
import { encodeB64u } from '../core/b64u';
import { kidOf } from '../core/digest';

ed.hashes.sha512 = sha512;

export interface KeyPair {
  kid: string;
  /** The 32-byte seed. */
  secretKey: Uint8Array;
  publicKey: Uint8Array;
}

export function generateKeyPair(): KeyPair {
  const { secretKey, publicKey } = ed.keygen();
  return { kid: kidOf(publicKey), secretKey, publicKey };
}

export function keyPairFromSecret(secretKey: Uint8Array): KeyPair {
  const publicKey = ed.getPublicKey(secretKey);
  return { kid: kidOf(publicKey), secretKey, publicKey };
}

export function sign(message: Uint8Array, secretKey: Uint8Array): Uint8Array {
  return ed.sign(message, secretKey);
}

export function signB64u(message: Uint8Array, secretKey: Uint8Array): string {
  return encodeB64u(sign(message, secretKey));
}
