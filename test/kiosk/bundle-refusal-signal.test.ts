// The trust service's last refusal, which the status bar shows and the status report carries:
// set by a refused offer (also when no bundle is held yet), kept across a restart, and cleared
// by the next bundle taken.
import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../src/core';
import { generateKeyPair, type KeyPair } from '../../src/issuer/keys';
import { buildTrustBundle } from '../../src/issuer/trust-bundle-builder';
import { testKiosk } from '../support/test-kiosk';
import { issuerKey, NOW, rootKey } from '../support/world';
import { drillKiosk } from '../drills/support/drill-kiosk';

const bundle = (seq: number, signer: KeyPair) =>
  JSON.stringify(
    buildTrustBundle(
      {
        seq,
        issuedAt: NOW - DAY_MS,
        expiresAt: NOW + 13 * DAY_MS,
        issuers: [
          {
            name: 'Issuer',
            kid: issuerKey.kid,
            publicKey: issuerKey.publicKey,
            validFrom: NOW - 300 * DAY_MS,
            validUntil: NOW + 300 * DAY_MS,
          },
        ],
        revokedPasses: [],
      },
      signer,
    ),
  );

describe('trust service: the last refusal', () => {
  it('is set by a refusal, survives a restart, and is cleared by the next bundle taken', async () => {
    const { services, clock, restart } = await drillKiosk(JSON.parse(bundle(3, rootKey)), NOW);
    expect(services.trust.lastRefusal.value).toBeNull();
    clock.now = NOW + 60_000;
    await services.trust.offer(bundle(4, generateKeyPair()));
    const refusal = { code: 'BUNDLE_ROOT_UNKNOWN', at: NOW + 60_000 };
    expect(services.trust.lastRefusal.value).toEqual(refusal);
    expect((await restart()).trust.lastRefusal.value).toEqual(refusal);
    expect((await services.trust.offer(bundle(4, rootKey))).outcome).toBe('accepted');
    expect(services.trust.lastRefusal.value).toBeNull();
  });

  it('is set even when no bundle is held yet', async () => {
    const { services } = await testKiosk(NOW);
    await services.trust.offer('not a bundle');
    expect(services.trust.held.value).toBeNull();
    expect(services.trust.lastRefusal.value).toEqual({ code: 'BUNDLE_MALFORMED', at: NOW });
  });
});
