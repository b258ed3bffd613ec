// The DCC's encodings at their own level: Base45 (RFC 9285 and its value-range check), ZLIB
// with the 64 KiB cap, CBOR as configured for COSE (keys, tags, depth), and Sig_structure.
import { encode, Tagged } from 'cborg';
import fc from 'fast-check';
import { zlibSync } from 'fflate';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeBase45 } from '../../src/core/formats/dcc/base45';
import { CborTag, decodeCbor, NOT_CBOR } from '../../src/core/formats/dcc/cbor';
import { sigStructure } from '../../src/core/formats/dcc/cose-sign1';
import { inflateZlib, MAX_INFLATED_BYTES } from '../../src/core/formats/dcc/zlib-inflate';
import { encodeBase45 } from '../../src/issuer/dcc/base45-encode';

const utf8 = (s: string) => new TextEncoder().encode(s);
/** Bytes that deflate cannot shrink much. */
const noise = (n: number) => {
  let x = 12345;
  return Uint8Array.from({ length: n }, () => (x = (x * 1103515245 + 12345) >>> 0) >>> 24);
};
const text = (b: Uint8Array | null) => (b ? new TextDecoder().decode(b) : null);

describe('Base45 (RFC 9285)', () => {
  it('decodes and encodes the RFC examples', () => {
    for (const [plain, b45] of [
      ['AB', 'BB8'],
      ['Hello!!', '%69 VD92EX0'],
      ['base-45', 'UJCLQE7W581'],
      ['ietf!', 'QED8WEX0'],
      ['', ''],
    ]) {
      expect(encodeBase45(utf8(plain!))).toBe(b45);
      expect(text(decodeBase45(b45!))).toBe(plain);
    }
  });
  it('refuses a group whose value does not fit its bytes, odd lengths and foreign characters', () => {
    expect(decodeBase45('GGW')).toBeNull(); // 65536: one more than two bytes hold
    expect(decodeBase45('FGW')).toEqual(Uint8Array.of(0xff, 0xff)); // 65535
    expect(decodeBase45('V5')).toBeNull(); // 256: one more than one byte holds
    expect(decodeBase45('U5')).toEqual(Uint8Array.of(0xff));
    expect(decodeBase45('BB8A')).toBeNull(); // 3n + 1 characters
    expect(decodeBase45('bb8')).toBeNull(); // lower case is not in the alphabet
    expect(decodeBase45('BB\u00e8')).toBeNull();
  });
  it('round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(decodeBase45(encodeBase45(bytes))).toEqual(bytes);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('ZLIB with a 64 KiB cap', () => {
  it('inflates what fflate and Node zlib deflate', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
        expect(inflateZlib(zlibSync(bytes, { level: 9 }))).toEqual(bytes);
        expect(inflateZlib(new Uint8Array(deflateSync(bytes)))).toEqual(bytes);
      }),
      { numRuns: 500 },
    );
  });
  it('inflates exactly 64 KiB, and refuses one byte more quickly (a zip bomb)', () => {
    expect(inflateZlib(zlibSync(new Uint8Array(MAX_INFLATED_BYTES)))?.length).toBe(
      MAX_INFLATED_BYTES,
    );
    expect(inflateZlib(zlibSync(new Uint8Array(MAX_INFLATED_BYTES + 1)))).toBeNull();
    const bomb = zlibSync(new Uint8Array(50 * 1024 * 1024), { level: 9 }); // ~50 KB of input
    const t0 = performance.now();
    expect(inflateZlib(bomb)).toBeNull();
    expect(performance.now() - t0).toBeLessThan(200); // stopped near the cap, not at 50 MB
  });
  it('refuses a wrong header, a wrong Adler-32, a preset dictionary and a truncated stream', () => {
    const good = zlibSync(utf8('a certificate'));
    const flipped = (i: number) => good.map((b, j) => (j === i ? b ^ 1 : b));
    expect(text(inflateZlib(good))).toBe('a certificate');
    expect(inflateZlib(flipped(0))).toBeNull(); // CMF
    expect(inflateZlib(flipped(good.length - 1))).toBeNull(); // Adler-32
    expect(inflateZlib(good.subarray(0, good.length - 6))).toBeNull();
    const large = zlibSync(noise(3000));
    expect(large.length).toBeGreaterThan(1100);
    expect(inflateZlib(large)).toHaveLength(3000);
    const cut = Uint8Array.from([...large.subarray(0, 600), ...large.subarray(large.length - 4)]);
    expect(inflateZlib(cut)).toBeNull();
    expect(inflateZlib(Uint8Array.of(0x78, 0xbb, 0, 0, 0, 1, 3, 0, 0, 0, 0, 1))).toBeNull(); // FDICT
    expect(inflateZlib(new Uint8Array(0))).toBeNull();
    // Bytes between the end of the deflate stream and the Adler-32 (fflate alone ignores them).
    // Small bodies are inflated at once, large ones (here ~3 KB of noise) in pieces.
    for (const plain of [new Uint8Array(0), new Uint8Array(100).fill(7), noise(3000)]) {
      const n = plain.length;
      const z = zlibSync(plain);
      const at = z.length - 4;
      expect(inflateZlib(z)).toHaveLength(n);
      for (const extra of [[0], [1, 2, 3]]) {
        const smuggled = Uint8Array.from([...z.subarray(0, at), ...extra, ...z.subarray(at)]);
        expect(inflateZlib(smuggled), `${n} + ${extra.length}`).toBeNull();
      }
    }
    expect(inflateZlib(encode('raw CBOR, not compressed'))).toBeNull();
  });
});

describe('CBOR as configured for COSE and the DCC', () => {
  it('keeps integer keys, and a repeated key keeps its last value', () => {
    const bytes = Uint8Array.of(0xa2, 0x01, 0x61, 0x61, 0x01, 0x61, 0x62); // {1: "a", 1: "b"}
    expect(decodeCbor(bytes)).toEqual(new Map([[1, 'b']]));
    expect(decodeCbor(encode(new Map<unknown, unknown>([[-260, new Map([[1, 'x']])]])))).toEqual(
      new Map([[-260, new Map([[1, 'x']])]]),
    );
  });
  it('wraps every tag, however large its number, instead of refusing the item', () => {
    const value = decodeCbor(encode(new Tagged(61, new Tagged(18, [1]))));
    expect(value).toEqual(new CborTag('61', new CborTag('18', [1])));
    // tag 2^64 − 1 around 7
    const huge = Uint8Array.of(0xdb, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x07);
    expect(decodeCbor(huge)).toEqual(new CborTag('18446744073709551615', 7));
  });
  it('gives big integers as bigint, and never throws on deep, long or trailing input', () => {
    expect(decodeCbor(Uint8Array.of(0x1b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff))).toBe(
      2n ** 64n - 1n,
    );
    expect(decodeCbor(new Uint8Array(60_000).fill(0x81))).toBe(NOT_CBOR); // 60,000 nested arrays
    expect(decodeCbor(Uint8Array.of(0x9b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff))).toBe(
      NOT_CBOR,
    ); // an array claiming 2^64 − 1 items
    expect(decodeCbor(Uint8Array.of(0x01, 0x02))).toBe(NOT_CBOR);
    expect(decodeCbor(new Uint8Array(0))).toBe(NOT_CBOR);
  });
  it('refuses nesting past 32 levels, counting depth and not items', () => {
    const nested = (depth: number, head: number[]) => {
      const out = new Uint8Array(depth * head.length + 1);
      for (let i = 0; i < depth; i++) out.set(head, i * head.length);
      return out; // the innermost item is 0
    };
    for (const head of [[0x81], [0xa1, 0x01], [0xd8, 0x63], [0x9f]]) {
      if (head[0] !== 0x9f) expect(decodeCbor(nested(32, head)), String(head)).not.toBe(NOT_CBOR);
      expect(decodeCbor(nested(33, head)), String(head)).toBe(NOT_CBOR);
    }
    // Wide is fine: 2,000 siblings, each three deep, inside indefinite and definite containers.
    const wide = Array.from({ length: 2000 }, (_, i) => new Map([[i, [[i]]]]));
    expect(decodeCbor(encode([wide, new Tagged(61, wide)]))).not.toBe(NOT_CBOR);
    const indefinite = Uint8Array.of(0x9f, 0x9f, 0x01, 0xff, 0x81, 0x9f, 0xff, 0xff);
    expect(decodeCbor(indefinite)).toEqual([[1], [[]]]);
  });
  it('builds Sig_structure as a CBOR encoder would', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 300 }),
        fc.uint8Array({ maxLength: 70_000 }),
        (p, payload) => {
          expect(sigStructure(p, payload)).toEqual(
            encode(['Signature1', p, new Uint8Array(0), payload]),
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});
