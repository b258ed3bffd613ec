// A kiosk for the trust and clock drills: the real services over the real store
// (fake-indexeddb), with a device clock the drill can set anywhere (behind the bundle, far
// ahead), and a restart that builds new services over the same store, as a reboot would.
import { encodeB64u, type VenuePolicy } from '../../../src/core';
import type { BundleEnvelope } from '../../../src/issuer/trust-bundle-builder';
import { testKiosk } from '../../support/test-kiosk';
import { rootKey } from '../../support/world';

export const PINNED_ROOT = encodeB64u(rootKey.publicKey);

/**
 * A kiosk set up standalone at `setupAt` with `envelope` (which must be accepted), then left
 * at that time until the drill moves the clock.
 */
export async function drillKiosk(envelope: BundleEnvelope, setupAt: number, policy?: VenuePolicy) {
  const { store, services, clock, restart } = await testKiosk(setupAt);
  const setup = await services.setup.standalone(PINNED_ROOT, JSON.stringify(envelope));
  if (setup.outcome !== 'accepted')
    throw new Error(`drill set-up refused: ${JSON.stringify(setup)}`);
  if (policy) await services.settings.save({ policy });
  return { store, services, clock, restart };
}
