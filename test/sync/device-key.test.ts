// The device key: non-extractable WebCrypto where Ed25519 is there, noble otherwise; both
// sign what the core's verifiers (and so the server) accept.
import { describe, expect, it } from 'vitest';
import { createNobleVerifier, createWebCryptoVerifier, decodeB64uExact } from '../../src/core';
import { createDeviceKey, signWithDeviceKey } from '../../src/sync/device-key';

describe('device key', () => {
  it.each(['auto', 'noble'] as const)(
    '%s: signs what both verifiers accept, and nothing else',
    async (kind) => {
      const key = await createDeviceKey(kind);
      const message = new TextEncoder().encode('kiosk-sync-v1\nPOST\n/api/sync/entries');
      const signature = await signWithDeviceKey(key.privateKey, message);
      const publicKey = decodeB64uExact(key.publicKey, 32)!;
      for (const verifier of [createNobleVerifier(), createWebCryptoVerifier()]) {
        expect(await verifier.verify(publicKey, signature, message)).toBe(true);
        expect(await verifier.verify(publicKey, signature, message.subarray(1))).toBe(false);
      }
    },
  );

  it('keeps a WebCrypto private key non-extractable', async () => {
    const key = await createDeviceKey('auto');
    expect(typeof key.privateKey).not.toBe('string');
    const crypto = key.privateKey as CryptoKey;
    expect(crypto.extractable).toBe(false);
    await expect(globalThis.crypto.subtle.exportKey('pkcs8', crypto)).rejects.toThrow();
  });

  it('keeps the noble seed as 32 bytes of b64u', async () => {
    const key = await createDeviceKey('noble');
    expect(decodeB64uExact(key.privateKey as string, 32)).not.toBeNull();
    await expect(signWithDeviceKey('short', new Uint8Array(1))).rejects.toThrow(/32 bytes/);
  });
});
