// Writes test/vectors/root-rotation-v1.json (docs/spec/root-rotation.md §5). Independent of
// the kiosk on purpose: keys, payloads and signatures are made here with node:crypto alone,
// and every expected outcome is written by hand from the spec, never computed by src/.
// Deterministic (fixed seeds; Ed25519 signatures are deterministic): re-running it rewrites
// the same file.   npx tsx test/vectors/make-root-rotation-vectors.ts
import { createHash, createPrivateKey, createPublicKey, sign, type KeyObject } from 'node:crypto';
import { writeFileSync } from 'node:fs';

const b64u = (b: Uint8Array) => Buffer.from(b).toString('base64url');
const PKCS8_ED25519 = Buffer.from('302e020100300506032b657004220420', 'hex');

interface Key {
  name: string;
  kid: string;
  publicKey: string;
  secret: KeyObject;
}

function key(name: string): Key {
  const seed = createHash('sha256').update(`root-rotation-v1 ${name}`).digest();
  const secret = createPrivateKey({
    key: Buffer.concat([PKCS8_ED25519, seed]),
    format: 'der',
    type: 'pkcs8',
  });
  const raw = createPublicKey(secret).export({ format: 'der', type: 'spki' }).subarray(-32);
  const kid = b64u(createHash('sha256').update(raw).digest().subarray(0, 8));
  return { name, kid, publicKey: b64u(raw), secret };
}

const R1 = key('R1');
const R2 = key('R2');
const R3 = key('R3');
const fillers = ['F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7'].map(key);
const issuer = key('issuer');

interface Options {
  seq: number;
  signer: Key;
  issuedAt?: string;
  /** A next root, or a raw value to put in the payload as it is. */
  nextRoot?: { key: Key; validFrom: string } | Record<string, unknown>;
}

function envelope(o: Options) {
  const next = o.nextRoot;
  const payload = {
    type: 'pqr-trust-bundle',
    version: 1,
    seq: o.seq,
    issuedAt: o.issuedAt ?? '2021-10-01T00:00:00Z',
    expiresAt: '2021-11-01T00:00:00Z',
    issuers: [
      {
        kid: issuer.kid,
        name: 'QRQG issuer A',
        publicKey: issuer.publicKey,
        validFrom: '2021-09-01T00:00:00Z',
        validUntil: '2022-09-01T00:00:00Z',
      },
    ],
    revokedKids: [],
    revokedPasses: [],
    rules: {
      vaccineWaitDays: 14,
      vaccineValidDays: 365,
      testValidHours: { PCR: 72, RAT: 24 },
      recoveryValidDays: 180,
      positiveIsolationDays: 14,
    },
    ...(next === undefined
      ? {}
      : 'key' in next && typeof next.validFrom === 'string'
        ? {
            nextRoot: {
              kid: (next.key as Key).kid,
              publicKey: (next.key as Key).publicKey,
              validFrom: next.validFrom,
            },
          }
        : { nextRoot: next }),
  };
  const bytes = Buffer.from(JSON.stringify(payload), 'utf8');
  return { payload: b64u(bytes), kid: o.signer.kid, sig: b64u(sign(null, bytes, o.signer.secret)) };
}

const FROM = '2021-10-08T00:00:00Z';
const held7 = envelope({ seq: 7, signer: R1 });
const announcing8 = envelope({ seq: 8, signer: R1, nextRoot: { key: R2, validFrom: FROM } });
const handover9 = envelope({ seq: 9, signer: R2, issuedAt: FROM });

const cases = [
  {
    name: 'a bundle names the next root: it is pinned',
    pinned: ['R1'],
    held: held7,
    envelope: announcing8,
    expect: 'accepted',
    pinnedAfter: ['R1', 'R2'],
  },
  {
    name: 'handover: the first bundle signed only by the new root retires the old one',
    pinned: ['R1', 'R2'],
    held: announcing8,
    envelope: handover9,
    expect: 'accepted',
    pinnedAfter: ['R2'],
  },
  {
    name: 'the new root signs a bundle issued before its validFrom',
    pinned: ['R1', 'R2'],
    held: announcing8,
    envelope: envelope({ seq: 9, signer: R2, issuedAt: '2021-10-07T23:59:59Z' }),
    expect: 'BUNDLE_ROOT_UNKNOWN',
    pinnedAfter: ['R1', 'R2'],
  },
  {
    name: 'a kiosk that missed the announcement',
    pinned: ['R1'],
    held: held7,
    envelope: handover9,
    expect: 'BUNDLE_ROOT_UNKNOWN',
    pinnedAfter: ['R1'],
  },
  {
    name: 'the retired root signs a newer bundle after the handover',
    pinned: ['R2'],
    held: handover9,
    envelope: envelope({ seq: 10, signer: R1, issuedAt: '2021-10-09T00:00:00Z' }),
    expect: 'BUNDLE_ROOT_UNKNOWN',
    pinnedAfter: ['R2'],
  },
  {
    name: 'the announcing bundle replayed after the handover',
    pinned: ['R2'],
    held: handover9,
    envelope: announcing8,
    expect: 'BUNDLE_ROOT_UNKNOWN',
    pinnedAfter: ['R2'],
  },
  {
    name: 'the announcing bundle replayed before the handover',
    pinned: ['R1', 'R2'],
    held: announcing8,
    envelope: announcing8,
    expect: 'same',
    pinnedAfter: ['R1', 'R2'],
  },
  {
    name: 'the announcing bundle again on a kiosk that stored it but did not pin yet',
    pinned: ['R1'],
    held: announcing8,
    envelope: announcing8,
    expect: 'same',
    pinnedAfter: ['R1', 'R2'],
  },
  {
    name: 'an older bundle of the new root, replayed after the handover',
    pinned: ['R2'],
    held: envelope({ seq: 10, signer: R2, issuedAt: '2021-10-09T00:00:00Z' }),
    envelope: handover9,
    expect: 'BUNDLE_ROLLBACK',
    pinnedAfter: ['R2'],
  },
  {
    name: 'the old root signs again after announcing: the announcement stands',
    pinned: ['R1', 'R2'],
    held: announcing8,
    envelope: envelope({ seq: 9, signer: R1 }),
    expect: 'accepted',
    pinnedAfter: ['R1', 'R2'],
  },
  {
    name: 'a root pinned at set-up signs, with no announcement: nothing is retired',
    pinned: ['R1', 'R2'],
    held: held7,
    envelope: envelope({ seq: 8, signer: R2 }),
    expect: 'accepted',
    pinnedAfter: ['R1', 'R2'],
  },
  {
    name: 'the next root is pinned already',
    pinned: ['R1', 'R2'],
    held: held7,
    envelope: announcing8,
    expect: 'accepted',
    pinnedAfter: ['R1', 'R2'],
  },
  {
    name: 'the handover bundle names a next root of its own',
    pinned: ['R1', 'R2'],
    held: announcing8,
    envelope: envelope({
      seq: 9,
      signer: R2,
      issuedAt: FROM,
      nextRoot: { key: R3, validFrom: '2022-01-01T00:00:00Z' },
    }),
    expect: 'accepted',
    pinnedAfter: ['R2', 'R3'],
  },
  {
    name: 'eight roots pinned: the bundle is accepted, the next root is not pinned',
    pinned: ['R1', ...fillers.map((f) => f.name)],
    held: held7,
    envelope: announcing8,
    expect: 'accepted',
    pinnedAfter: ['R1', ...fillers.map((f) => f.name)],
  },
  {
    name: 'next root whose kid does not match its key',
    pinned: ['R1'],
    held: held7,
    envelope: envelope({
      seq: 8,
      signer: R1,
      nextRoot: { kid: R3.kid, publicKey: R2.publicKey, validFrom: FROM },
    }),
    expect: 'BUNDLE_MALFORMED',
    pinnedAfter: ['R1'],
  },
  {
    name: 'next root with a date that is not an instant',
    pinned: ['R1'],
    held: held7,
    envelope: envelope({
      seq: 8,
      signer: R1,
      nextRoot: { kid: R2.kid, publicKey: R2.publicKey, validFrom: '2021-10-08' },
    }),
    expect: 'BUNDLE_MALFORMED',
    pinnedAfter: ['R1'],
  },
  {
    name: 'next root with a key that is not 32 bytes',
    pinned: ['R1'],
    held: held7,
    envelope: envelope({
      seq: 8,
      signer: R1,
      nextRoot: { kid: R2.kid, publicKey: R2.publicKey.slice(0, 42), validFrom: FROM },
    }),
    expect: 'BUNDLE_MALFORMED',
    pinnedAfter: ['R1'],
  },
  {
    name: 'a bundle names its own signer as the next root',
    pinned: ['R1'],
    held: held7,
    envelope: envelope({ seq: 8, signer: R1, nextRoot: { key: R1, validFrom: FROM } }),
    expect: 'BUNDLE_MALFORMED',
    pinnedAfter: ['R1'],
  },
  {
    name: 'next root that is not an object',
    pinned: ['R1'],
    held: held7,
    envelope: envelope({ seq: 8, signer: R1, nextRoot: [R2.publicKey] as never }),
    expect: 'BUNDLE_MALFORMED',
    pinnedAfter: ['R1'],
  },
];

const file = {
  spec: 'docs/spec/root-rotation.md v1 (an extension of personal-qr.md §4)',
  note:
    'Made by test/vectors/make-root-rotation-vectors.ts with node:crypto alone; outcomes written by hand from the spec. ' +
    'Each case: the roots pinned before (names in `roots`), the bundle held (accepted earlier), the bundle offered, the outcome, and the roots pinned after.',
  roots: [R1, R2, R3, ...fillers].map(({ name, kid, publicKey }) => ({ name, kid, publicKey })),
  cases,
};
writeFileSync(
  new URL('./root-rotation-v1.json', import.meta.url),
  JSON.stringify(file, null, 2) + '\n',
);
console.log(`${cases.length} cases`);
