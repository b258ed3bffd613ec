// The check-in pipeline over in-memory ports: written before shown, duplicates, exits,
// manual entries, and a failed write that still shows the verdict with a warning.
import { describe, expect, it } from 'vitest';
import { createNobleVerifier, encodeB64u } from '../../src/core';
import { createKioskServices, type PinPort } from '../../src/app/kiosk-services';
import type { SyncPort } from '../../src/app/ports';
import { memoryStore } from '../support/memory-store';
import { fixtureEnvelope, fixtureWorld, NOW, rootKey } from '../support/world';

const world = fixtureWorld();
const code = (kind: string) => world.samples.find((s) => s.kind === kind)!.text;
const noSync: SyncPort = {
  enroll: async () => ({ ok: false, reason: 'network' }),
  uploadPending: async () => {},
  refreshBundle: async () => {},
};
const pin: PinPort = {
  hash: async () => ({ salt: '', hash: '', iterations: 1 }),
  verify: async () => false,
  next: (lock) => ({ lock, attemptsLeft: 5 }),
  remaining: () => 0,
};

async function kiosk(opts: { failWrites?: 'quota' } = {}) {
  let clock = NOW;
  const store = memoryStore(opts);
  const services = await createKioskServices({
    store,
    sync: noSync,
    pin,
    verifier: createNobleVerifier(),
    now: () => clock,
  });
  await services.setupStandalone(encodeB64u(rootKey.publicKey), JSON.stringify(fixtureEnvelope()));
  return { store, services, tick: (ms: number) => (clock += ms) };
}

describe('check-in pipeline', () => {
  it('logs a green pass before answering, with masked identity only', async () => {
    const { store, services } = await kiosk();
    const outcome = await services.checkIn(code('green'), 'camera');
    expect(outcome.kind).toBe('logged');
    if (outcome.kind !== 'logged') return;
    expect(outcome.result.verdict).toBe('admit');
    expect(store.entries).toHaveLength(1);
    expect(store.entries[0]).toMatchObject({
      id: outcome.entry.id,
      verdict: 'admit',
      maskedName: 'N. L. K. HAN',
      maskedId: '********9317',
      source: 'camera',
      syncedAt: null,
      bundleSeq: 1,
    });
    expect(JSON.stringify(store.entries)).not.toContain('NGUYEN');
  });

  it('makes no second entry for the same pass within the window, and does after it', async () => {
    const { store, services, tick } = await kiosk();
    await services.checkIn(code('green'), 'camera');
    tick(5_000);
    expect((await services.checkIn(code('green'), 'wedge')).kind).toBe('duplicate');
    tick(6_000);
    expect((await services.checkIn(code('green'), 'camera')).kind).toBe('logged');
    expect(store.entries).toHaveLength(2);
  });

  it('records the guard decision on a review and counts people inside', async () => {
    const { store, services } = await kiosk();
    const outcome = await services.checkIn(code('cccd'), 'camera');
    if (outcome.kind !== 'logged') throw new Error('expected logged');
    expect(outcome.result.verdict).toBe('review');
    await services.decide(outcome.entry.id, 'admit');
    expect(store.entries[0]!.decision).toBe('admit');
    await services.refreshCounters(); // (the services refresh by themselves a moment after a write)
    expect(services.counters.value).toMatchObject({ today: 1, inside: 1, pending: 1 });
    await services.setDirection('out');
    const exit = await services.checkIn(code('red'), 'camera');
    if (exit.kind !== 'logged') throw new Error('expected logged');
    expect(exit.result.verdict).toBe('admit'); // leaving is never refused
    expect(exit.entry.direction).toBe('out');
  });

  it('still shows the verdict when the write fails, and says it was not saved', async () => {
    const { services } = await kiosk({ failWrites: 'quota' });
    const outcome = await services.checkIn(code('green'), 'camera');
    expect(outcome).toMatchObject({
      kind: 'logged',
      saved: false,
      error: 'quota',
      result: { verdict: 'admit' },
    });
  });

  it('logs a manual entry as identity only, admitted by the guard', async () => {
    const { store, services } = await kiosk();
    const outcome = await services.checkInManual({
      name: 'Nguyễn Văn An',
      idNumber: '001093029317',
    });
    expect(outcome).toMatchObject({ kind: 'manual', saved: true });
    expect(store.entries[0]).toMatchObject({
      format: 'manual',
      verdict: 'review',
      decision: 'admit',
      reasons: ['IDENTITY_ONLY'],
      maskedName: 'N. V. An',
      passId: 'manual:001093029317',
    });
  });

  it('keeps the held bundle when a refused one is offered', async () => {
    const { services } = await kiosk();
    const older = await services.importBundle(JSON.stringify(fixtureEnvelope(0)));
    expect(older).toMatchObject({ outcome: 'refused', code: 'BUNDLE_ROLLBACK' });
    expect(services.trust.value?.bundle.seq).toBe(1);
    expect(services.trust.value?.held.lastRefusal?.code).toBe('BUNDLE_ROLLBACK');
    expect((await services.importBundle(JSON.stringify(fixtureEnvelope(2)))).outcome).toBe(
      'accepted',
    );
    expect(services.trust.value?.bundle.seq).toBe(2);
  });
});
