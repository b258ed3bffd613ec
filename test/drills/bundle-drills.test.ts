// Drill: a bad trust bundle is offered (from a hijacked network, a stale mirror, a USB stick).
// Spec §4: a replay with a lower seq is BUNDLE_ROLLBACK; a payload that does not match its
// signature is BUNDLE_SIG_INVALID; one signed by a root that is not pinned is
// BUNDLE_ROOT_UNKNOWN. In every case the held bundle stays (same seq, same revocations, also
// after a restart), the refusal is recorded for the settings screen, and codes from the
// forger's issuer key are still refused.
import { describe, expect, it } from 'vitest';
import {
  DAY_MS,
  decodeB64u,
  encodeB64u,
  passHashOf,
  utf8,
  type BundleRefusal,
} from '../../src/core';
import { generateKeyPair, signB64u, type KeyPair } from '../../src/issuer/keys';
import { issueSignedCode } from '../../src/issuer/personal-code';
import { buildTrustBundle, type BundleEnvelope } from '../../src/issuer/trust-bundle-builder';
import { fixtureWorld, issuerKey, NOW, rootKey } from '../support/world';
import { drillKiosk } from './support/drill-kiosk';

const world = fixtureWorld();
const green = world.samples.find((s) => s.kind === 'green')!.text;
const greenPassHash = passHashOf(utf8(green.slice(0, green.lastIndexOf('<SIG='))));
const HELD_SEQ = 5;

/** A bundle like the fixture's, with extra issuers and revoked passes. */
function bundle(
  seq: number,
  signer: KeyPair,
  extra: { issuers?: KeyPair[]; revokedPasses?: string[] } = {},
): BundleEnvelope {
  const window = { validFrom: NOW - 300 * DAY_MS, validUntil: NOW + 300 * DAY_MS };
  const issuers = [issuerKey, ...(extra.issuers ?? [])].map((k, i) => ({
    name: `Issuer ${i}`,
    kid: k.kid,
    publicKey: k.publicKey,
    ...window,
  }));
  return buildTrustBundle(
    {
      seq,
      issuedAt: NOW - DAY_MS,
      expiresAt: NOW + 13 * DAY_MS,
      issuers,
      revokedPasses: extra.revokedPasses ?? [],
    },
    signer,
  );
}

/** A pass the forger issued with their own key: valid only if their key got into the bundle. */
function forgedPass(forger: KeyPair): string {
  return issueSignedCode(
    {
      documentNumber: '001099000001',
      name: 'KE GIA MAO',
      birthDate: '1990-01-01',
      declaredBy: '0',
      qid: '999000111',
      gender: '1',
    },
    { issuedAt: NOW - DAY_MS, vaccination: '2,2,20210601,AZ' },
    forger,
  );
}

/** A kiosk holding seq 5, which revokes the green pass; the clock a minute later. */
async function kioskHoldingSeq5() {
  const kiosk = await drillKiosk(
    bundle(HELD_SEQ, rootKey, { revokedPasses: [greenPassHash] }),
    NOW,
  );
  kiosk.clock.now = NOW + 60_000;
  return kiosk;
}

/** Offers `envelope`; checks the refusal, and that nothing the kiosk relies on moved. */
async function expectRefusedAndHeld(
  kiosk: Awaited<ReturnType<typeof kioskHoldingSeq5>>,
  envelope: unknown,
  code: BundleRefusal,
  forger?: KeyPair,
) {
  const { services, store, clock, restart } = kiosk;
  const heldBefore = await store.getHeldBundle();
  expect(
    await services.trust.offer(typeof envelope === 'string' ? envelope : JSON.stringify(envelope)),
  ).toEqual({ outcome: 'refused', code });
  expect(services.trust.held.value?.bundle.seq).toBe(HELD_SEQ);
  expect(services.trust.held.value?.held.lastRefusal).toEqual({ code, at: clock.now });
  const heldAfter = await store.getHeldBundle();
  expect(heldAfter?.envelope).toBe(heldBefore?.envelope);
  expect(heldAfter).toMatchObject({ seq: HELD_SEQ, lastRefusal: { code, at: clock.now } });

  // The held revocation still applies, now and after a restart.
  const check = async (s: typeof services) => {
    clock.now += 60_000; // a new scan, past the duplicate window
    const outcome = await s.checkIn.scan(green, 'camera');
    expect(outcome.kind === 'logged' && outcome.result).toMatchObject({
      verdict: 'deny',
      reasons: ['PASS_REVOKED'],
    });
    if (forger) {
      const forged = await s.checkIn.scan(forgedPass(forger), 'camera');
      expect(forged.kind === 'logged' && forged.result).toMatchObject({
        verdict: 'deny',
        reasons: ['KEY_UNKNOWN'],
      });
    }
  };
  await check(services);
  const rebooted = await restart();
  expect(rebooted.trust.held.value?.bundle.seq).toBe(HELD_SEQ);
  await check(rebooted);
}

describe('drill: a bundle replayed with a lower seq', () => {
  it('is BUNDLE_ROLLBACK: the revocation in the held bundle is not undone', async () => {
    const kiosk = await kioskHoldingSeq5();
    await expectRefusedAndHeld(kiosk, bundle(HELD_SEQ - 1, rootKey), 'BUNDLE_ROLLBACK');
    await expectRefusedAndHeld(kiosk, bundle(0, rootKey), 'BUNDLE_ROLLBACK');
  });

  it('a replay of the held seq is "same": nothing changes and nothing is refused', async () => {
    const { services } = await kioskHoldingSeq5();
    const same = await services.trust.offer(JSON.stringify(bundle(HELD_SEQ, rootKey)));
    expect(same.outcome).toBe('same');
    expect(services.trust.held.value?.bundle.revokedPasses.has(greenPassHash)).toBe(true);
    expect(services.trust.held.value?.held.lastRefusal).toBeNull();
  });
});

describe('drill: a forged bundle', () => {
  const forger = generateKeyPair();

  it('a payload changed after signing (forger key added, seq raised) is BUNDLE_SIG_INVALID', async () => {
    const kiosk = await kioskHoldingSeq5();
    const genuine = bundle(HELD_SEQ + 1, rootKey);
    const payload = JSON.parse(
      new TextDecoder().decode(
        decodeB64u(bundle(HELD_SEQ + 1, rootKey, { issuers: [forger] }).payload)!,
      ),
    );
    const tampered = { ...genuine, payload: encodeB64u(utf8(JSON.stringify(payload))) };
    await expectRefusedAndHeld(kiosk, tampered, 'BUNDLE_SIG_INVALID', forger);
  });

  it('a signature with one bit flipped is BUNDLE_SIG_INVALID', async () => {
    const kiosk = await kioskHoldingSeq5();
    const genuine = bundle(HELD_SEQ + 1, rootKey);
    const sig = decodeB64u(genuine.sig)!;
    sig[10]! ^= 0x01;
    await expectRefusedAndHeld(kiosk, { ...genuine, sig: encodeB64u(sig) }, 'BUNDLE_SIG_INVALID');
  });

  it('signed by an unpinned root under its own kid is BUNDLE_ROOT_UNKNOWN', async () => {
    const kiosk = await kioskHoldingSeq5();
    const rogueRoot = generateKeyPair();
    await expectRefusedAndHeld(
      kiosk,
      bundle(HELD_SEQ + 1, rogueRoot, { issuers: [forger] }),
      'BUNDLE_ROOT_UNKNOWN',
      forger,
    );
  });

  it('signed by an unpinned root claiming the pinned root kid is BUNDLE_SIG_INVALID', async () => {
    const kiosk = await kioskHoldingSeq5();
    const rogueRoot = generateKeyPair();
    const forged = bundle(HELD_SEQ + 1, rogueRoot, { issuers: [forger] });
    const bytes = decodeB64u(forged.payload)!;
    const impostor = {
      payload: forged.payload,
      kid: rootKey.kid,
      sig: signB64u(bytes, rogueRoot.secretKey),
    };
    await expectRefusedAndHeld(kiosk, impostor, 'BUNDLE_SIG_INVALID', forger);
  });

  it('after all of them, a genuine newer bundle from the pinned root is still accepted', async () => {
    const kiosk = await kioskHoldingSeq5();
    await kiosk.services.trust.offer(JSON.stringify(bundle(HELD_SEQ + 1, generateKeyPair())));
    const next = await kiosk.services.trust.offer(JSON.stringify(bundle(HELD_SEQ + 1, rootKey)));
    expect(next.outcome).toBe('accepted');
    expect(kiosk.services.trust.held.value?.bundle.seq).toBe(HELD_SEQ + 1);
    expect(kiosk.services.trust.held.value?.held.lastRefusal).toBeNull();
  });
});
