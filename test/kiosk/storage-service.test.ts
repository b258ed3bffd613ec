// Storage safety over the real store (fake-indexeddb): the browser asked to keep the data at
// set-up and again a day later while it refuses; entries that exist only on this device
// (pending, and after the last backup); and the trace outside IndexedDB that tells a wipe
// from a new kiosk and says, after the wipe, what was lost.
import { signal } from '@preact/signals-core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ASK_AGAIN_MS,
  createStorageService,
  type KioskIdentity,
  type StoragePlatform,
  type TraceStore,
} from '../../src/kiosk/storage-service';
import type { Counters, InstallTrace, Persistence } from '../../src/model';
import { plausibleEntry } from '../support/make-entry';
import { openTestStore, type TestStore } from '../support/test-store';
import { NOW } from '../support/world';

const stores: TestStore[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.remove();
});

function platform(answer: Persistence) {
  const asked: number[] = [];
  const p: StoragePlatform & { answer: Persistence; asked: number[] } = {
    answer,
    asked,
    persisted: async () => (p.answer === 'persisted' ? 'persisted' : 'not-persisted'),
    persist: async () => (asked.push(1), p.answer),
    estimate: async () => ({ usage: 1_000, quota: 1_000_000 }),
  };
  return p;
}

function memoryTrace(
  initial: InstallTrace | null = null,
): TraceStore & { value: InstallTrace | null } {
  const t = {
    value: initial,
    read: () => t.value,
    write: (trace: InstallTrace) => void (t.value = trace),
  };
  return t;
}

async function service(opts: {
  store?: TestStore;
  answer?: Persistence;
  trace?: ReturnType<typeof memoryTrace>;
  identity?: KioskIdentity;
}) {
  const store = opts.store ?? (await openTestStore());
  if (!opts.store) stores.push(store);
  const clock = { now: NOW };
  const tick = signal(NOW);
  const identity = signal<KioskIdentity>(
    opts.identity ?? { setupDone: false, deviceId: null, serverUrl: null, venueName: '' },
  );
  const counters = signal<Counters>({ today: 0, inside: 0, pending: 0 });
  const p = platform(opts.answer ?? 'not-persisted');
  const trace = opts.trace ?? memoryTrace();
  const s = createStorageService({
    store,
    platform: p,
    trace,
    identity,
    counters,
    clock: tick,
    now: () => clock.now,
    newId: () => crypto.randomUUID(),
  });
  await s.start();
  const advance = (ms: number) => {
    clock.now += ms;
    tick.value = clock.now;
  };
  return { s, store, p, trace, identity, counters, advance };
}

const setUp: KioskIdentity = {
  setupDone: true,
  deviceId: 'dev_1',
  serverUrl: 'https://kiosk.example.vn',
  venueName: 'Quán Phở Hà Nội',
};

describe('asking the browser to keep the data', () => {
  it('asks once set up, again a day later while refused, and never once it is kept', async () => {
    const { s, p, identity, advance } = await service({});
    expect(p.asked).toHaveLength(0); // not before set-up
    identity.value = setUp;
    await s.askPersistence(); // what the wizard's last step does
    expect(s.state.value).toMatchObject({ persistence: 'not-persisted', persistAskedAt: NOW });
    advance(ASK_AGAIN_MS - 60_000);
    expect(p.asked).toHaveLength(1);
    advance(60_000);
    await expect.poll(() => s.state.value?.persistAskedAt).toBe(NOW + ASK_AGAIN_MS);
    expect(p.asked).toHaveLength(2);
    p.answer = 'persisted';
    advance(ASK_AGAIN_MS);
    await expect.poll(() => s.state.value?.persistence).toBe('persisted');
    advance(10 * ASK_AGAIN_MS);
    expect(p.asked).toHaveLength(3);
  });

  it('an upgraded or restarted kiosk asks at start when due, and records the answer', async () => {
    const store = await openTestStore();
    stores.push(store);
    const first = await service({ store, identity: setUp });
    await expect.poll(() => first.p.asked.length).toBe(1);
    first.s.dispose();
    const again = await service({ store, identity: setUp, answer: 'persisted' });
    // Asked a moment ago: not again; but the browser's present answer is what is shown.
    expect(again.p.asked).toHaveLength(0);
    expect(again.s.state.value?.persistence).toBe('persisted');
  });
});

describe('entries only on this device', () => {
  it('counts pending entries, and only those after the last backup', async () => {
    const { s, store, counters } = await service({ identity: setUp });
    const entries = [1, 2, 3].map((n) => plausibleEntry(NOW + n * 60_000, n));
    for (const e of entries.slice(0, 2)) await store.addEntry(e);
    counters.value = { today: 2, inside: 2, pending: 2 };
    await expect.poll(() => s.localOnly.value).toEqual({ count: 2, oldestAt: entries[0]!.at });
    await s.backedUp(entries[1]!.at);
    expect(s.localOnly.value).toEqual({ count: 0, oldestAt: null });
    await store.addEntry(entries[2]!);
    await s.refresh();
    expect(s.localOnly.value).toEqual({ count: 1, oldestAt: entries[2]!.at });
    await store.markSynced([entries[2]!.id]);
    await s.refresh();
    expect(s.localOnly.value.count).toBe(0);
  });
});

describe('a wipe', () => {
  it('a new kiosk is not a wipe; a set-up one leaves a trace of what is only on it', async () => {
    const trace = memoryTrace();
    const { s, store, identity } = await service({ trace });
    expect(s.state.value?.lostInstall).toBeNull();
    expect(trace.value).toBeNull(); // nothing to lose before set-up
    identity.value = setUp;
    await store.addEntry(plausibleEntry(NOW, 1));
    await s.refresh();
    expect(trace.value).toMatchObject({
      installId: s.state.value!.installId,
      deviceId: 'dev_1',
      venueName: 'Quán Phở Hà Nội',
      localOnly: 1,
      oldestLocalOnlyAt: NOW,
    });
  });

  it('an empty database with the trace of a set-up kiosk is a wipe, said until set up again', async () => {
    const before = memoryTrace();
    const old = await service({ trace: before, identity: setUp });
    await old.store.addEntry(plausibleEntry(NOW, 1));
    await old.s.refresh();
    const left = before.value!;

    // The browser cleared IndexedDB but not localStorage: a new database, the old trace.
    const wiped = await service({ trace: memoryTrace(left) });
    expect(wiped.s.state.value?.lostInstall).toEqual(left);
    expect(wiped.s.state.value?.installId).not.toBe(left.installId);
    // A reload during set-up still knows.
    wiped.s.dispose();
    const reloaded = await service({ store: wiped.store, trace: memoryTrace(left) });
    expect(reloaded.s.state.value?.lostInstall).toEqual(left);
    // Set up again: said, so forgotten; the trace now names the new install.
    reloaded.identity.value = { ...setUp, deviceId: 'dev_2' };
    await expect.poll(() => reloaded.s.state.value?.lostInstall).toBeNull();
    expect((await wiped.store.getStorageState())?.lostInstall).toBeNull();
    expect(reloaded.trace.value?.deviceId).toBe('dev_2');
  });
});
