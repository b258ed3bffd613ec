import { describe, expect, it } from 'vitest';
import {
  equalBytes,
  hashPin,
  isValidPin,
  PIN_ITERATIONS,
  verifyPin,
} from '../../src/admin/pin-hash';
import { decodeB64u, encodeB64u } from '../../src/core';

describe('PIN format', () => {
  it.each(['1234', '00000000', '90210'])('accepts %s', (pin) => expect(isValidPin(pin)).toBe(true));
  it.each(['', '123', '123456789', '12a4', ' 1234', '١٢٣٤', '12.4'])('refuses %j', (pin) =>
    expect(isValidPin(pin)).toBe(false),
  );
});

describe('hashPin / verifyPin', () => {
  it('stores a salted PBKDF2 hash that verifies only the same PIN', async () => {
    const stored = await hashPin('4821');
    expect(stored.iterations).toBe(PIN_ITERATIONS);
    expect(stored.iterations).toBeGreaterThanOrEqual(100_000);
    expect(decodeB64u(stored.salt)?.length).toBe(16);
    expect(decodeB64u(stored.hash)?.length).toBe(32);
    expect(JSON.stringify(stored)).not.toContain('4821');
    expect(await verifyPin('4821', stored)).toBe(true);
    expect(await verifyPin('4822', stored)).toBe(false);
    expect(await verifyPin('48210', stored)).toBe(false);
  });

  it('matches an independent PBKDF2-SHA-256 derivation (Node crypto)', async () => {
    const { pbkdf2Sync } = await import('node:crypto');
    const stored = await hashPin('12345678', 100_000);
    const expected = pbkdf2Sync(
      '12345678',
      Buffer.from(decodeB64u(stored.salt)!),
      100_000,
      32,
      'sha256',
    );
    expect(stored.hash).toBe(encodeB64u(new Uint8Array(expected)));
  });

  it('uses a fresh salt each time', async () => {
    const [a, b] = await Promise.all([hashPin('1111', 100_000), hashPin('1111', 100_000)]);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
  });

  it('refuses to hash a PIN that is not 4–8 digits, or with too few iterations', async () => {
    await expect(hashPin('12')).rejects.toThrow(RangeError);
    await expect(hashPin('1234', 1000)).rejects.toThrow(RangeError);
  });

  it('never matches a damaged or weakened record', async () => {
    const stored = await hashPin('2468', 100_000);
    expect(await verifyPin('2468', { ...stored, iterations: 1000 })).toBe(false);
    expect(await verifyPin('2468', { ...stored, iterations: 1e12 })).toBe(false);
    expect(await verifyPin('2468', { ...stored, salt: 'not b64u!' })).toBe(false);
    expect(await verifyPin('2468', { ...stored, hash: stored.hash.slice(0, 20) })).toBe(false);
    expect(await verifyPin('2468', { ...stored, iterations: 100_001 })).toBe(false);
  });
});

describe('equalBytes', () => {
  it('compares length and every byte', () => {
    expect(equalBytes(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(true);
    expect(equalBytes(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]))).toBe(false);
    expect(equalBytes(new Uint8Array([9, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(false);
    expect(equalBytes(new Uint8Array([1, 2]), new Uint8Array([1, 2, 3]))).toBe(false);
    expect(equalBytes(new Uint8Array([]), new Uint8Array([]))).toBe(true);
  });
});
