// DCC signers in the trust bundle (eu-dcc.md §4): every malformed entry makes the whole
// bundle BUNDLE_MALFORMED, including a key of a kind the kiosk may not trust.
import { generateKeyPairSync } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createNobleVerifier,
  encodeB64u,
  openTrustBundle,
  readBundlePayload,
  rootKeyFrom,
  utf8,
} from '../../src/core';
import { bundleEntryOf } from '../../src/issuer/dcc/signing-key';
import { signB64u } from '../../src/issuer/keys';
import { fixtureEnvelope, rootKey } from '../support/world';
import { dccWorld, type DccWorld } from '../support/dcc-world';

const verifier = createNobleVerifier();
const roots = [rootKeyFrom(encodeB64u(rootKey.publicKey))!];
const outcome = async (payload: object) => {
  const bytes = utf8(JSON.stringify(payload));
  const envelope = {
    payload: encodeB64u(bytes),
    kid: rootKey.kid,
    sig: signB64u(bytes, rootKey.secretKey),
  };
  const o = await openTrustBundle(envelope, roots, null, verifier);
  return o.outcome === 'refused' ? o.code : o.outcome;
};
const basePayload = () =>
  JSON.parse(Buffer.from(fixtureEnvelope(5).payload, 'base64url').toString());
/** A public key of another kind, as DER SPKI in b64u. */
function spkiOf(
  type: 'ec' | 'rsa' | 'ed25519',
  options: { namedCurve?: string; modulusLength?: number },
) {
  const { publicKey } =
    type === 'ec'
      ? generateKeyPairSync('ec', { namedCurve: options.namedCurve! })
      : type === 'rsa'
        ? generateKeyPairSync('rsa', { modulusLength: options.modulusLength! })
        : generateKeyPairSync('ed25519');
  return encodeB64u(publicKey.export({ type: 'spki', format: 'der' }));
}

let w: DccWorld;
let good: Record<string, unknown>;
beforeAll(async () => {
  w = await dccWorld();
  const e = bundleEntryOf(w.es256);
  good = {
    kid: e.kid,
    country: 'VN',
    spki: encodeB64u(e.spki),
    validFrom: '2021-12-01T00:00:00Z',
    validUntil: '2023-12-01T00:00:00.000Z',
    usage: ['v', 't'],
  };
});

describe('dccSigners in the trust bundle', () => {
  it('accepts a bundle with none, and with well-formed signers of P-256 and RSA keys', async () => {
    expect(await outcome(basePayload())).toBe('accepted');
    const rsa = { ...good, spki: encodeB64u(w.ps256.spki) };
    const { usage: _, ...noUsage } = good;
    expect(await outcome({ ...basePayload(), dccSigners: [good, rsa, noUsage] })).toBe('accepted');
    const opened = await openTrustBundle(
      (await import('../../src/issuer/trust-bundle-builder')).buildTrustBundle(
        { seq: 1, issuedAt: 0, expiresAt: 1e13, issuers: [], dccSigners: [bundleEntryOf(w.es256)] },
        rootKey,
      ),
      roots,
      null,
      verifier,
    );
    expect(opened.outcome === 'accepted' && opened.bundle.dccSigners[0]).toMatchObject({
      kid: good.kid,
      country: 'VN',
      usage: new Set(['v', 't', 'r']),
    });
  });

  it('refuses the whole bundle for any malformed signer', async () => {
    const bad: Record<string, unknown>[] = [
      { kid: 'BwcHBwcHBwcH' }, // 9 bytes
      { kid: 'BwcHBwcHBw' }, // 7 bytes
      { kid: 'BwcHBwcHBwd' }, // non-zero trailing bits: not the one spelling
      { spki: 'not/base64+' },
      { spki: '' },
      { spki: encodeB64u(utf8('not DER at all')) },
      { spki: spkiOf('ec', { namedCurve: 'P-384' }) },
      { spki: spkiOf('rsa', { modulusLength: 1024 }) },
      { spki: spkiOf('ed25519', {}) },
      { validUntil: 'soon' },
      { validFrom: '2023-12-01T00:00:00Z' }, // equal to validUntil
      { validFrom: '2021-12-01' }, // a date, not an instant
      { usage: [] },
      { usage: ['v', 'v'] },
      { usage: ['v', 'x'] },
      { usage: 'v' },
      { country: 84 },
      { country: undefined },
    ];
    for (const change of bad) {
      const signer = { ...good, ...change };
      expect(
        await outcome({ ...basePayload(), dccSigners: [good, signer] }),
        JSON.stringify(change),
      ).toBe('BUNDLE_MALFORMED');
    }
    expect(await outcome({ ...basePayload(), dccSigners: {} })).toBe('BUNDLE_MALFORMED');
    expect(await outcome({ ...basePayload(), dccSigners: [null] })).toBe('BUNDLE_MALFORMED');
  }, 30_000);

  it('reads the structure synchronously; the key kind is checked on open', () => {
    const p384 = { ...good, spki: spkiOf('ec', { namedCurve: 'P-384' }) };
    expect(
      readBundlePayload({ ...basePayload(), dccSigners: [p384] }, 'x')?.dccSigners,
    ).toHaveLength(1);
    expect(
      readBundlePayload({ ...basePayload(), dccSigners: [{ ...good, usage: [] }] }, 'x'),
    ).toBeNull();
  });
});
