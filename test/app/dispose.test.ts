// Everything that starts a timer or adds a listener hands back a way to release it: the
// kiosk's services, its sync client and its scan controller are built, used and disposed 100
// times over one store, with setTimeout/setInterval and addEventListener counted, and nothing
// may be left afterwards, even of the work that was still in flight when they were disposed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKiosk } from '../../src/app/create-kiosk';
import { createNobleVerifier, encodeB64u } from '../../src/core';
import type { ScanController } from '../../src/kiosk/scan-controller';
import { createDeviceKey } from '../../src/sync';
import { openTestStore, type TestStore } from '../support/test-store';
import { fixtureEnvelope, fixtureWorld, NOW, rootKey } from '../support/world';

type Handle = unknown;

/** Counts the timers and window listeners made from now on that are still live. */
function instrument() {
  const real = { setTimeout, clearTimeout, setInterval, clearInterval };
  const target = globalThis as unknown as Partial<EventTarget>;
  const had = { add: target.addEventListener, remove: target.removeEventListener };
  // Node has no window events: give globalThis a real EventTarget, as the window has.
  const events = new EventTarget();
  const timers = new Map<Handle, 'timeout' | 'interval'>();
  const listeners = new Map<string, number>();
  let peak = { timers: 0, listeners: 0 };
  const live = () => ({
    timers: timers.size,
    listeners: [...listeners.values()].reduce((a, b) => a + b, 0),
  });
  const note = () => {
    const now = live();
    peak = {
      timers: Math.max(peak.timers, now.timers),
      listeners: Math.max(peak.listeners, now.listeners),
    };
  };
  const g = globalThis as unknown as Record<string, unknown>;
  g.setTimeout = (fn: () => void, ms?: number, ...args: unknown[]) => {
    const handle: Handle = real.setTimeout(() => {
      timers.delete(handle);
      fn(...(args as []));
    }, ms);
    timers.set(handle, 'timeout');
    note();
    return handle;
  };
  g.clearTimeout = (handle: Handle) => {
    timers.delete(handle);
    real.clearTimeout(handle as never);
  };
  g.setInterval = (fn: () => void, ms?: number, ...args: unknown[]) => {
    const handle: Handle = real.setInterval(fn, ms, ...args);
    timers.set(handle, 'interval');
    note();
    return handle;
  };
  g.clearInterval = (handle: Handle) => {
    timers.delete(handle);
    real.clearInterval(handle as never);
  };
  const ids = new WeakMap<object, number>();
  let next = 0;
  const id = (listener: object) => ids.get(listener) ?? (ids.set(listener, ++next), next);
  target.addEventListener = (type: string, listener: EventListenerOrEventListenerObject | null) => {
    if (!listener) return;
    const k = `${type}#${id(listener)}`;
    listeners.set(k, (listeners.get(k) ?? 0) + 1);
    note();
    events.addEventListener(type, listener);
  };
  target.removeEventListener = (
    type: string,
    listener: EventListenerOrEventListenerObject | null,
  ) => {
    if (!listener) return;
    const k = `${type}#${id(listener)}`;
    const n = (listeners.get(k) ?? 0) - 1;
    if (n > 0) listeners.set(k, n);
    else listeners.delete(k);
    events.removeEventListener(type, listener);
  };
  return {
    live,
    peak: () => peak,
    /** Fires a window event, as the browser would. */
    dispatch: (type: string) => events.dispatchEvent(new Event(type)),
    restore() {
      Object.assign(g, real);
      target.addEventListener = had.add;
      target.removeEventListener = had.remove;
    },
  };
}

/** Resolves once the scan controller shows a verdict. */
function verdictOn(scan: ScanController): Promise<void> {
  return new Promise((resolve) => {
    const stop = scan.state.subscribe((s) => {
      if (s.phase !== 'verdict') return;
      queueMicrotask(() => stop());
      resolve();
    });
  });
}

const world = fixtureWorld();
const ROOT = encodeB64u(rootKey.publicKey);
const code = (i: number) => world.samples[i % world.samples.length]!.text;

describe('dispose', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await openTestStore();
    // Enrolled with a server that is down: sync runs, fails and schedules its retries.
    const key = await createDeviceKey('noble');
    await store.putDevice({
      deviceId: 'd1',
      venueId: 'v1',
      venueName: 'Quán thử',
      publicKey: key.publicKey,
      privateKey: key.privateKey,
      enrolledAt: NOW,
    });
    // A trust bundle held, so that scans are verified against it.
    const setup = createKiosk({ store, verifier: createNobleVerifier() });
    await setup.setup.standalone(ROOT, JSON.stringify(fixtureEnvelope()));
    setup.dispose();
    await store.saveSettings({ syncServer: 'http://127.0.0.1:9', setupDone: true });
  });
  afterAll(() => store?.remove());

  it('leaves no timer and no listener after 100 kiosks are built, used and disposed', async () => {
    const verifier = createNobleVerifier();
    const counts = instrument();
    try {
      for (let i = 0; i < 100; i++) {
        const kiosk = createKiosk({
          store,
          verifier,
          sync: {
            fetch: async () => Promise.reject(new TypeError('fetch failed')),
            nudgeDelayMs: 1,
          },
        });
        await kiosk.start();
        // A third are disposed at once, with the first sync round and the counters in flight.
        if (i % 3 > 0) {
          // A scan to its verdict (the countdown runs), a write (counters and sync follow),
          // and the network going and coming back (a forced round).
          kiosk.scan.take(code(i), 'camera');
          await verdictOn(kiosk.scan);
          counts.dispatch('offline');
          counts.dispatch('online');
        }
        // A third once sync has failed and scheduled its retry.
        if (i % 3 === 2) await kiosk.sync.syncNow();
        kiosk.dispose();
      }
      // Let anything still in flight finish: it must not start a timer after dispose.
      await new Promise<void>((resolve) => setImmediate(resolve));
      await store.pendingCount();
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(counts.peak().timers).toBeGreaterThan(0); // the counting works
      expect(counts.peak().listeners).toBeGreaterThan(0);
      expect(counts.live()).toEqual({ timers: 0, listeners: 0 });
    } finally {
      counts.restore();
    }
  }, 120_000);
});
