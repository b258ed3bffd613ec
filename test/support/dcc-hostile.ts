// Seeded generators of hostile DCC texts, shared by the property test in `npm test` and the
// 100,000-input fuzz run (`npm run fuzz:dcc`): random bytes after `HC1:` at every layer,
// mutations of real codes (text, compressed, COSE and re-signed claims), deep and huge CBOR,
// zip bombs, giant integers and odd floats.
import { encode, Tagged } from 'cborg';
import { zlibSync } from 'fflate';
import { BASE45_ALPHABET, decodeBase45 } from '../../src/core/formats/dcc/base45';
import { inflateZlib } from '../../src/core/formats/dcc/zlib-inflate';
import { encodeBase45 } from '../../src/issuer/dcc/base45-encode';
import { hc1Text } from '../../src/issuer/dcc/issue-dcc';
import type { DccSigningKey } from '../../src/issuer/dcc/signing-key';
import { claimsOf, sealClaims, sealCose } from './dcc-world';

type Rng = () => number;
const int = (r: Rng, n: number) => Math.floor(r() * n);
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[int(r, xs.length)]!;
const bytes = (r: Rng, n: number) => Uint8Array.from({ length: n }, () => int(r, 256));
const hc1 = (raw: Uint8Array) => `HC1:${encodeBase45(raw)}`;

const GIANTS: unknown[] = [
  2n ** 64n - 1n,
  -(2n ** 64n),
  2n ** 63n,
  Number.MAX_SAFE_INTEGER,
  -1,
  0,
  NaN,
  Infinity,
  -Infinity,
  -0,
  1.5,
  1e300,
  2 ** 53 + 0.5,
];
const TEXTS = ['', 'A\ud83d', '\u202eX', '2021-02-30', '1990-01-01', '840539006', 'x'.repeat(5000)];
const LABELS: unknown[] = [1, 4, 6, -260, 'v', 't', 'r', 'nam', 'fnt', 'dn', 'ci', 2n ** 64n - 1n];

/** A random CBOR-encodable value: any major type, tags (named and not), odd numbers. */
export function randomCbor(r: Rng, depth = 3): unknown {
  const roll = int(r, depth > 0 ? 12 : 8);
  switch (roll) {
    case 0:
      return pick(r, GIANTS);
    case 1:
      return int(r, 100_000) - 50_000;
    case 2:
      return pick(r, TEXTS);
    case 3:
      return bytes(r, int(r, 40));
    case 4:
      return pick(r, [null, undefined, true, false]);
    case 5:
      return String.fromCharCode(...Array.from({ length: int(r, 20) }, () => int(r, 0x10000)));
    case 6:
      return r() * 1e10;
    case 7:
      return new Uint8Array(8);
    case 8:
      return Array.from({ length: int(r, 5) }, () => randomCbor(r, depth - 1));
    case 9:
      return new Map(
        Array.from({ length: int(r, 5) }, () => [pick(r, LABELS), randomCbor(r, depth - 1)]),
      );
    default:
      return new Tagged(pick(r, [0, 1, 18, 61, 24, 99_999, 2 ** 32 + 7]), randomCbor(r, depth - 1));
  }
}

function tryEncode(value: unknown, r: Rng): Uint8Array {
  try {
    return encode(value);
  } catch {
    return bytes(r, int(r, 64));
  }
}

/** Deep nesting: arrays, maps or tags inside one another, 1,000 to 60,000 levels. */
function deepCbor(r: Rng): Uint8Array {
  const depth = r() < 0.1 ? 60_000 : 30 + int(r, 2000);
  const head = pick(r, [[0x81], [0xa1, 0x01], [0xd2], [0x9f]]); // [x], {1: x}, 18(x), [_ x
  const out = new Uint8Array(depth * head.length + 1);
  for (let i = 0; i < depth; i++) out.set(head, i * head.length);
  out[out.length - 1] = 0x00;
  return out;
}

/** Big but compressible CBOR: long arrays, long texts, a map of many keys. */
function hugeCbor(r: Rng): Uint8Array {
  const n = 1000 + int(r, 15_000);
  return tryEncode(
    pick(r, [
      Array.from({ length: n }, () => 0),
      'A'.repeat(n * 2),
      new Map(Array.from({ length: n >> 2 }, (_, i) => [i, i])),
      new Map<number, unknown>([
        [-260, new Map([[1, new Map([['v', Array(n >> 3).fill(new Map())]])]])],
      ]),
    ]),
    r,
  );
}

function mutateBytes(r: Rng, b: Uint8Array): Uint8Array {
  const out = Uint8Array.from(b);
  const at = int(r, Math.max(1, out.length));
  switch (int(r, 4)) {
    case 0:
      for (let k = 1 + int(r, 4); k > 0; k--) out[int(r, out.length)]! ^= 1 << int(r, 8);
      return out;
    case 1:
      return out.subarray(0, at);
    case 2:
      return Uint8Array.from([
        ...out.subarray(0, at),
        ...bytes(r, 1 + int(r, 8)),
        ...out.subarray(at),
      ]);
    default:
      return Uint8Array.from([...out.subarray(0, at), ...out.subarray(at + 1 + int(r, 8))]);
  }
}

function mutateText(r: Rng, text: string): string {
  const at = 4 + int(r, Math.max(1, text.length - 4));
  switch (int(r, 5)) {
    case 0:
      return text.slice(0, at) + pick(r, [...BASE45_ALPHABET]) + text.slice(at + 1);
    case 1:
      return text.slice(0, at);
    case 2:
      return text.slice(0, at) + text.slice(at + 1 + int(r, 6));
    case 3:
      return text + text.slice(at);
    default:
      return pick(r, ['hc1:', 'HC2:', 'HC1', 'HC1:HC1:', ' HC1:']) + text.slice(4);
  }
}

const bombs = new Map<string, Uint8Array>();
/** `size` bytes of `fill`, compressed (5 MB of zeros is ~5 KB: it fits in a QR text). */
function zipBomb(size: number, fill: number): Uint8Array {
  const id = `${size}:${fill}`;
  let bomb = bombs.get(id);
  if (!bomb) bombs.set(id, (bomb = zlibSync(new Uint8Array(size).fill(fill), { level: 9 })));
  return bomb;
}

export interface HostileSeeds {
  /** Real codes to mutate: the vectors' and the samples'. */
  codes: string[];
  /** Codes whose signer is in the bundle under test. */
  verifiable: string[];
  /** A signer in the bundle, to re-sign mutated claims so they reach the deep checks. */
  signer: DccSigningKey;
}

export const HOSTILE_KINDS = [
  'base45 noise',
  'random bytes',
  'random zlib',
  'random CBOR',
  'COSE of random CBOR',
  'forged signature',
  'mutated text',
  'mutated compressed',
  'mutated COSE',
  're-signed claims',
  'deep CBOR',
  'huge CBOR',
  'zip bomb',
] as const;
export type HostileKind = (typeof HOSTILE_KINDS)[number];

/** One hostile DCC text of the given kind. */
export async function hostileDcc(r: Rng, kind: HostileKind, seeds: HostileSeeds): Promise<string> {
  // Half the time one the kiosk can verify (signed by a bundle signer), so mutations go deep.
  const real = pick(r, r() < 0.5 ? seeds.verifiable : seeds.codes);
  switch (kind) {
    case 'base45 noise':
      return (
        'HC1:' + Array.from({ length: int(r, 700) }, () => pick(r, [...BASE45_ALPHABET])).join('')
      );
    case 'random bytes':
      return hc1(bytes(r, int(r, 500)));
    case 'random zlib':
      return hc1(zlibSync(bytes(r, int(r, 500))));
    case 'random CBOR':
      return hc1(zlibSync(tryEncode(randomCbor(r, 4), r)));
    case 'COSE of random CBOR':
      return hc1Text(
        await sealCose(tryEncode(randomCbor(r, 4), r), seeds.signer, {
          signature: bytes(r, pick(r, [0, 63, 64, 256])),
          tags: pick(r, [[18], [61, 18], [], [61]]),
        }),
      );
    case 'forged signature': {
      // Well-formed claims under a bundle signer's kid, with a signature that is not its.
      const { claims } = claimsOf({ entries: [{ type: 'v', dose: 2, of: 2, date: '2022-01-10' }] });
      const signature = pick(r, [bytes(r, 64), new Uint8Array(64), bytes(r, 256), bytes(r, 65)]);
      return sealClaims(claims, seeds.signer, { signature });
    }
    case 'mutated text':
      return mutateText(r, real);
    case 'mutated compressed': {
      const raw = decodeBase45(real.slice(4));
      return raw ? hc1(mutateBytes(r, raw)) : real;
    }
    case 'mutated COSE': {
      const raw = decodeBase45(real.slice(4));
      const cose = raw && inflateZlib(raw); // some seeds are malformed on purpose
      return cose ? hc1(zlibSync(mutateBytes(r, cose))) : real;
    }
    case 're-signed claims': {
      const { claims, dcc } = claimsOf({
        entries: [{ type: 'v', dose: 2, of: 2, date: '2022-01-10' }],
      });
      const entry = (dcc.get('v') as Map<string, unknown>[])[0]!;
      const target = pick(r, [claims, dcc, entry, dcc.get('nam') as Map<string, unknown>]);
      const key = pick(r, [...target.keys()]);
      for (let k = 1 + int(r, 3); k > 0; k--)
        target.set(pick(r, [key, key, ...LABELS]) as never, randomCbor(r, 2) as never);
      if (r() < 0.3) dcc.set(pick(r, ['t', 'r']), randomCbor(r, 2));
      return sealClaims(claims, seeds.signer);
    }
    case 'deep CBOR':
      return hc1(zlibSync(deepCbor(r), { level: 9 }));
    case 'huge CBOR':
      return hc1(zlibSync(hugeCbor(r), { level: 9 }));
    case 'zip bomb': {
      const bomb = zipBomb(pick(r, [64 * 1024 + 1, 1 << 20, 5 << 20]), pick(r, [0, 0xa1, 0x81]));
      return hc1(r() < 0.5 ? bomb : bomb.subarray(0, int(r, bomb.length)));
    }
  }
}
