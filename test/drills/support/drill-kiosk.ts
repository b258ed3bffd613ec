// A kiosk for the trust and clock drills: the real services over the in-memory store, with a
// device clock the drill can set anywhere (behind the bundle, far ahead), and a restart that
// builds new services over the same store, as a reboot of the phone would.
import { createNobleVerifier, encodeB64u, type VenuePolicy } from '../../../src/core';
import { createKioskServices, type PinPort } from '../../../src/app/kiosk-services';
import type { SyncPort } from '../../../src/app/ports';
import type { BundleEnvelope } from '../../../src/issuer/trust-bundle-builder';
import { memoryStore } from '../../support/memory-store';
import { rootKey } from '../../support/world';

const noSync: SyncPort = {
  enroll: async () => ({ ok: false, reason: 'network' }),
  uploadPending: async () => {},
  refreshBundle: async () => {},
};
const noPin: PinPort = {
  hash: async () => ({ salt: '', hash: '', iterations: 1 }),
  verify: async () => false,
  next: (lock) => ({ lock, attemptsLeft: 5 }),
  remaining: () => 0,
};

export const PINNED_ROOT = encodeB64u(rootKey.publicKey);

/**
 * A kiosk set up standalone at `setupAt` with `envelope` (which must be accepted), then left
 * at that time until the drill moves the clock.
 */
export async function drillKiosk(envelope: BundleEnvelope, setupAt: number, policy?: VenuePolicy) {
  const clock = { now: setupAt };
  const store = memoryStore();
  const build = () =>
    createKioskServices({
      store,
      sync: noSync,
      pin: noPin,
      verifier: createNobleVerifier(),
      now: () => clock.now,
    });
  const services = await build();
  const setup = await services.setupStandalone(PINNED_ROOT, JSON.stringify(envelope));
  if (setup.outcome !== 'accepted')
    throw new Error(`drill set-up refused: ${JSON.stringify(setup)}`);
  if (policy) await services.saveSettings({ policy });
  return {
    store,
    services,
    clock,
    /** New services over the same store: what the kiosk holds after a reboot. */
    restart: build,
  };
}
