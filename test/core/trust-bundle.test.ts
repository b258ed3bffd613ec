// Trust bundle refusals beyond the shared vectors (spec §4).
import { describe, expect, it } from 'vitest';
import {
  createNobleVerifier,
  encodeB64u,
  openTrustBundle,
  rootKeyFrom,
  utf8,
} from '../../src/core';
import { signB64u } from '../../src/issuer/keys';
import { fixtureEnvelope, rootKey } from '../support/world';

const verifier = createNobleVerifier();
const roots = [rootKeyFrom(encodeB64u(rootKey.publicKey))!];
const refusal = async (envelope: unknown, held: number | null = null) => {
  const o = await openTrustBundle(envelope, roots, held, verifier);
  return o.outcome === 'refused' ? o.code : o.outcome;
};
const signed = (payload: object) => {
  const bytes = utf8(JSON.stringify(payload));
  return { payload: encodeB64u(bytes), kid: rootKey.kid, sig: signB64u(bytes, rootKey.secretKey) };
};
const basePayload = () =>
  JSON.parse(Buffer.from(fixtureEnvelope(5).payload, 'base64url').toString());

describe('trust bundle', () => {
  it('accepts newer, answers same, refuses older', async () => {
    expect(await refusal(fixtureEnvelope(5), 4)).toBe('accepted');
    expect(await refusal(JSON.stringify(fixtureEnvelope(5)), 5)).toBe('same');
    expect(await refusal(fixtureEnvelope(5), 6)).toBe('BUNDLE_ROLLBACK');
  });
  it('refuses envelopes that are not envelopes', async () => {
    for (const bad of [
      null,
      'not json',
      '[]',
      { payload: 1, kid: rootKey.kid },
      { kid: rootKey.kid },
    ]) {
      expect(await refusal(bad)).toBe('BUNDLE_MALFORMED');
    }
  });
  it('refuses a missing or wrong-length signature as invalid', async () => {
    const env = fixtureEnvelope(5);
    expect(await refusal({ ...env, sig: undefined })).toBe('BUNDLE_SIG_INVALID');
    expect(await refusal({ ...env, sig: env.sig.slice(0, 80) })).toBe('BUNDLE_SIG_INVALID');
  });
  it('refuses signed payloads with bad dates, issuers or rules', async () => {
    const cases: [string, (p: any) => void][] = [
      ['expires before issued', (p) => (p.expiresAt = '2020-01-01T00:00:00Z')],
      ['date without zone', (p) => (p.issuedAt = '2021-10-01T00:00:00')],
      ['seq negative', (p) => (p.seq = -1)],
      ['seq fractional', (p) => (p.seq = 1.5)],
      ['issuer key short', (p) => (p.issuers[0].publicKey = 'AAAA')],
      ['issuer window inverted', (p) => (p.issuers[0].validUntil = p.issuers[0].validFrom)],
      ['issuers missing', (p) => delete p.issuers],
      ['revokedPasses not strings', (p) => (p.revokedPasses = [1])],
      ['rules missing a number', (p) => delete p.rules.testValidHours.RAT],
      ['version 2', (p) => (p.version = 2)],
    ];
    for (const [name, change] of cases) {
      const p = basePayload();
      change(p);
      expect(await refusal(signed(p)), name).toBe('BUNDLE_MALFORMED');
    }
    expect(await refusal(signed(basePayload()))).toBe('accepted');
  });
  it('refuses a payload that is not UTF-8', async () => {
    const bytes = Uint8Array.of(0xff, 0xfe, 0x7b);
    expect(
      await refusal({
        payload: encodeB64u(bytes),
        kid: rootKey.kid,
        sig: signB64u(bytes, rootKey.secretKey),
      }),
    ).toBe('BUNDLE_MALFORMED');
  });
});
