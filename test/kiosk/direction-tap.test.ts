// The guard taps "RA" and a code is read at once: the tap is shown only once stored, but the
// code must still be logged as an exit. And a store that never answers the save must not
// stop the door: the scan goes on, in the direction last stored, after a moment.
import { describe, expect, it } from 'vitest';
import { createKiosk } from '../../src/app/create-kiosk';
import { createNobleVerifier, encodeB64u } from '../../src/core';
import type { Settings } from '../../src/model';
import { openTestStore, storedEntries } from '../support/test-store';
import { fixtureEnvelope, fixtureWorld, NOW, rootKey } from '../support/world';

const world = fixtureWorld();
const ALWAYS_OFFLINE = { online: () => false, watch: () => () => undefined };

/** A kiosk over the real store whose settings writes wait for `gate` when one is set. */
async function kioskWithSlowSettings() {
  const store = await openTestStore();
  let gate: Promise<void> | null = null;
  const saveSettings = async (patch: Partial<Settings>) => {
    if (gate) await gate;
    return store.saveSettings(patch);
  };
  const kiosk = createKiosk({
    store: Object.assign(Object.create(store) as typeof store, { saveSettings }),
    verifier: createNobleVerifier(),
    now: () => NOW,
    sync: { network: ALWAYS_OFFLINE },
  });
  await kiosk.start();
  await kiosk.setup.standalone(encodeB64u(rootKey.publicKey), JSON.stringify(fixtureEnvelope()));
  return {
    store,
    kiosk,
    hold: (until: Promise<void>) => (gate = until),
    done: async () => {
      kiosk.dispose();
      await store.remove();
    },
  };
}

describe('a direction tapped just before a scan', () => {
  it('logs the code read during the save in the tapped direction', async () => {
    const t = await kioskWithSlowSettings();
    try {
      let release!: () => void;
      t.hold(new Promise<void>((r) => (release = r)));
      const saving = t.kiosk.settings.save({ direction: 'out' });
      const scanning = t.kiosk.checkIn.scan(world.validCodes[0]!, 'camera');
      await new Promise((r) => setTimeout(r, 50));
      expect(t.kiosk.settings.current.value.direction).toBe('in'); // not shown before stored
      release();
      await saving;
      const outcome = await scanning;
      expect(outcome.kind).toBe('logged');
      expect((await storedEntries(t.store)).map((e) => e.direction)).toEqual(['out']);
    } finally {
      await t.done();
    }
  });

  it('does not wait for a save that never ends: the scan is logged after a moment', async () => {
    const t = await kioskWithSlowSettings();
    try {
      t.hold(new Promise<void>(() => undefined));
      void t.kiosk.settings.save({ direction: 'out' });
      const t0 = performance.now();
      const outcome = await t.kiosk.checkIn.scan(world.validCodes[1]!, 'camera');
      expect(performance.now() - t0).toBeLessThan(3000);
      expect(outcome.kind).toBe('logged');
      expect((await storedEntries(t.store)).map((e) => e.direction)).toEqual(['in']);
    } finally {
      await t.done();
    }
  });
});
