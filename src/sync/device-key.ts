// The kiosk's own Ed25519 key, made on the device at enrollment. WebCrypto keeps the private
// key non-extractable where the browser supports Ed25519 (it cannot be read out, only used);
// elsewhere @noble/ed25519 signs with a seed kept in IndexedDB. Never hand-rolled.
import * as ed from '@noble/ed25519';
import { sha512 } from '@noble/hashes/sha2.js';
import { decodeB64uExact, encodeB64u } from '../core';

ed.hashes.sha512 = sha512;

const ED25519 = { name: 'Ed25519' };

export interface DeviceKey {
  /** b64u raw 32-byte public key. */
  publicKey: string;
  /** A non-extractable WebCrypto key, or the b64u seed where WebCrypto lacks Ed25519. */
  privateKey: CryptoKey | string;
}

async function webCryptoKey(): Promise<DeviceKey | null> {
  try {
    const pair = (await crypto.subtle.generateKey(ED25519, false, [
      'sign',
      'verify',
    ])) as CryptoKeyPair;
    const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
    // Some engines generate a key but cannot sign with it; make sure before relying on it.
    await crypto.subtle.sign(ED25519, pair.privateKey, new Uint8Array(1));
    return { publicKey: encodeB64u(raw), privateKey: pair.privateKey };
  } catch {
    return null;
  }
}

function nobleKey(): DeviceKey {
  const { secretKey, publicKey } = ed.keygen();
  return { publicKey: encodeB64u(publicKey), privateKey: encodeB64u(secretKey) };
}

/** `auto` prefers WebCrypto; `noble` forces the fallback (tests, old browsers). */
export async function createDeviceKey(kind: 'auto' | 'noble' = 'auto'): Promise<DeviceKey> {
  return (kind === 'auto' && (await webCryptoKey())) || nobleKey();
}

export async function signWithDeviceKey(
  privateKey: CryptoKey | string,
  message: Uint8Array,
): Promise<Uint8Array> {
  if (typeof privateKey !== 'string') {
    return new Uint8Array(
      await crypto.subtle.sign(ED25519, privateKey, message as Uint8Array<ArrayBuffer>),
    );
  }
  const seed = decodeB64uExact(privateKey, 32);
  if (!seed) throw new Error('device key: the stored seed is not 32 bytes');
  return ed.sign(message, seed);
}
