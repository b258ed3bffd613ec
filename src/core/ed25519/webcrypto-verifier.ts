// Ed25519 by the platform's WebCrypto (Chromium ≥ 137, Node ≥ 20): native and fast.
import { encodeB64u } from '../b64u';
import { wellFormed, type Ed25519Verifier } from './verifier';

const ALGORITHM = { name: 'Ed25519' };
/** A bundle holds a handful of issuer keys; the cap only guards against abuse. */
const MAX_CACHED_KEYS = 64;

// The key type differs between the DOM, Node and our core declarations; take it from `verify`.
type ImportedKey = Parameters<NonNullable<typeof crypto.subtle>['verify']>[1];
// WebCrypto wants buffers that are not shared; ours never are.
const bytes = (b: Uint8Array) => b as Uint8Array<ArrayBuffer>;

export function webCryptoAvailable(): boolean {
  return typeof crypto !== 'undefined' && crypto.subtle !== undefined;
}

/** Resolves true when this runtime's WebCrypto can import and use an Ed25519 key. */
export async function webCryptoHasEd25519(): Promise<boolean> {
  if (!webCryptoAvailable()) return false;
  try {
    // RFC 8032 test 1 public key: any valid point will do.
    const key = new Uint8Array([
      0xd7, 0x5a, 0x98, 0x01, 0x82, 0xb1, 0x0a, 0xb7, 0xd5, 0x4b, 0xfe, 0xd3, 0xc9, 0x64, 0x07,
      0x3a, 0x0e, 0xe1, 0x72, 0xf3, 0xda, 0xa6, 0x23, 0x25, 0xaf, 0x02, 0x1a, 0x68, 0xf7, 0x07,
      0x51, 0x1a,
    ]);
    const imported = await crypto.subtle!.importKey('raw', bytes(key), ALGORITHM, false, [
      'verify',
    ]);
    await crypto.subtle!.verify(
      ALGORITHM,
      imported,
      bytes(new Uint8Array(64)),
      bytes(new Uint8Array(0)),
    );
    return true;
  } catch {
    return false;
  }
}

export function createWebCryptoVerifier(): Ed25519Verifier {
  const subtle = crypto.subtle!;
  // Imported keys are cached by their bytes (not only kid), so a new bundle that reuses a
  // kid with another key can never be checked against the old one. The resolved key is
  // also kept by array identity: the bundle's issuer keys are the same arrays every scan,
  // so the hot path does neither an encoding nor an extra await.
  const byBytes = new Map<string, Promise<ImportedKey>>();
  const resolved = new WeakMap<Uint8Array, ImportedKey>();

  function importKey(publicKey: Uint8Array): Promise<ImportedKey> {
    const id = encodeB64u(publicKey);
    let key = byBytes.get(id);
    if (!key) {
      if (byBytes.size >= MAX_CACHED_KEYS) byBytes.clear();
      key = subtle.importKey('raw', bytes(publicKey), ALGORITHM, false, ['verify']);
      byBytes.set(id, key);
      key.catch(() => byBytes.delete(id));
    }
    return key;
  }

  return {
    kind: 'webcrypto',
    async verify(publicKey, signature, message) {
      if (!wellFormed(publicKey, signature)) return false;
      try {
        let key = resolved.get(publicKey);
        if (!key) {
          key = await importKey(publicKey);
          resolved.set(publicKey, key);
        }
        return await subtle.verify(ALGORITHM, key, bytes(signature), bytes(message));
      } catch {
        return false;
      }
    },
  };
}
