import { describe, expect, it } from 'vitest';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { isPassPseudonym, passPseudonym, readPseudonymSecret } from '../../src/core';

const secret = new Uint8Array(32).map((_, i) => i);

describe('pass pseudonyms', () => {
  it('is HMAC-SHA-256 of the raw identity, first 16 bytes, b64u, prefixed', () => {
    const mac = hmac(sha256, secret, new TextEncoder().encode('cccd:001093029317')).subarray(0, 16);
    const expected = 'p1:' + Buffer.from(mac).toString('base64url');
    expect(passPseudonym(secret, 'cccd:001093029317')).toBe(expected);
    expect(isPassPseudonym(expected)).toBe(true);
  });

  it('depends on the secret and the identity, and never contains the identity', () => {
    const other = new Uint8Array(32).fill(7);
    const a = passPseudonym(secret, 'qid:162979388586171100');
    expect(a).not.toBe(passPseudonym(other, 'qid:162979388586171100'));
    expect(a).not.toBe(passPseudonym(secret, 'qid:162979388586171101'));
    expect(a).not.toContain('162979388586171100');
  });

  it('refuses a secret of the wrong size and tells pseudonyms from raw identities', () => {
    expect(() => passPseudonym(new Uint8Array(16), 'qid:1')).toThrow(RangeError);
    expect(isPassPseudonym('qid:123')).toBe(false);
    expect(isPassPseudonym('p1:short')).toBe(false);
    expect(readPseudonymSecret('x')).toBeNull();
    expect(readPseudonymSecret(Buffer.from(secret).toString('base64url'))).toEqual(secret);
  });
});
