// A deterministic issuer world for tests: fixed root and issuer keys, a bundle, and codes.
import { openTrustBundleSync } from './open-bundle-sync';
import { DAY_MS } from '../../src/core';
import { keyPairFromSecret } from '../../src/issuer/keys';
import { sampleCodes } from '../../src/issuer/sample-codes';
import { buildTrustBundle } from '../../src/issuer/trust-bundle-builder';

export const NOW = Date.parse('2021-10-05T03:00:00Z');
export const rootKey = keyPairFromSecret(new Uint8Array(32).fill(1));
export const issuerKey = keyPairFromSecret(new Uint8Array(32).fill(2));

export function fixtureEnvelope(seq = 1, now = NOW) {
  return buildTrustBundle(
    {
      seq,
      issuedAt: now - DAY_MS,
      expiresAt: now + 13 * DAY_MS,
      issuers: [
        {
          name: 'Test issuer',
          kid: issuerKey.kid,
          publicKey: issuerKey.publicKey,
          validFrom: now - 300 * DAY_MS,
          validUntil: now + 300 * DAY_MS,
        },
      ],
    },
    rootKey,
  );
}

export function fixtureWorld() {
  const samples = sampleCodes(issuerKey, NOW);
  const byKind = Object.fromEntries(samples.map((s) => [s.kind, s.text]));
  return {
    now: NOW,
    bundle: openTrustBundleSync(fixtureEnvelope(), rootKey),
    samples,
    validCodes: [byKind.green!, byKind.yellow!],
    otherCodes: samples.filter((s) => s.kind !== 'green' && s.kind !== 'yellow').map((s) => s.text),
  };
}
