// The window's services as the kiosk composes them (src/app/create-kiosk.ts), over the real
// store on fake-indexeddb, with a clock the test moves. Disposed and deleted after the test.
import { onTestFinished } from 'vitest';
import { createKiosk } from '../../src/app/create-kiosk';
import type { KioskServices } from '../../src/app/services';
import { createNobleVerifier } from '../../src/core';
import { createStore } from '../../src/store';
import { ALWAYS_ONLINE } from '../../src/sync';
import { withWriteFaults, type FaultyDb } from './faulty-db';
import { openTestStore, type TestStore } from './test-store';

export interface TestKiosk {
  store: TestStore;
  services: KioskServices;
  /** The handle the services write through: `failNext(n)` makes their next writes fail. */
  faults: FaultyDb;
  clock: { now: number };
  /** New services over the same store: what the kiosk holds after a reboot. */
  restart(): Promise<KioskServices>;
}

export async function testKiosk(startAt: number): Promise<TestKiosk> {
  const clock = { now: startAt };
  const store = await openTestStore();
  const faults = withWriteFaults(store.db, 'quota', 0);
  const verifier = createNobleVerifier();
  const started: KioskServices[] = [];
  const build = async () => {
    const services = createKiosk({
      store: createStore(faults.db),
      verifier,
      now: () => clock.now,
      sync: { network: ALWAYS_ONLINE },
    });
    started.push(services);
    await services.start();
    return services;
  };
  onTestFinished(async () => {
    for (const services of started) services.dispose();
    await store.remove();
  });
  return { store, services: await build(), faults, clock, restart: build };
}
