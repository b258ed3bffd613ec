// The check-in pipeline through the kiosk's services over the real store (fake-indexeddb):
// written before shown, duplicates, exits, manual entries, and a failed write that still
// shows the verdict with a warning.
import { describe, expect, it } from 'vitest';
import { encodeB64u } from '../../src/core';
import { storedEntries } from '../support/test-store';
import { testKiosk } from '../support/test-kiosk';
import { fixtureEnvelope, fixtureWorld, NOW, rootKey } from '../support/world';

const world = fixtureWorld();
const code = (kind: string) => world.samples.find((s) => s.kind === kind)!.text;

async function kiosk(opts: { failWrites?: 'quota' } = {}) {
  const { store, services, faults, clock } = await testKiosk(NOW);
  await services.setup.standalone(encodeB64u(rootKey.publicKey), JSON.stringify(fixtureEnvelope()));
  if (opts.failWrites) faults.failNext(Infinity);
  return { store, services, tick: (ms: number) => (clock.now += ms) };
}

describe('check-in pipeline', () => {
  it('logs a green pass before answering, with masked identity only', async () => {
    const { store, services } = await kiosk();
    const outcome = await services.checkIn.scan(code('green'), 'camera');
    expect(outcome.kind).toBe('logged');
    if (outcome.kind !== 'logged') return;
    expect(outcome.result.verdict).toBe('admit');
    const entries = await storedEntries(store);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      id: outcome.entry.id,
      verdict: 'admit',
      maskedName: 'N. L. K. HAN',
      maskedId: '********9317',
      source: 'camera',
      syncedAt: null,
      bundleSeq: 1,
    });
    expect(JSON.stringify(entries)).not.toContain('NGUYEN');
  });

  it('makes no second entry for the same pass within the window, and does after it', async () => {
    const { store, services, tick } = await kiosk();
    await services.checkIn.scan(code('green'), 'camera');
    tick(5_000);
    expect((await services.checkIn.scan(code('green'), 'wedge')).kind).toBe('duplicate');
    tick(300_000); // the re-entry window (test/kiosk/reentry.test.ts has the rule)
    expect((await services.checkIn.scan(code('green'), 'camera')).kind).toBe('logged');
    expect(await storedEntries(store)).toHaveLength(2);
  });

  it('records the guard decision on a review and counts people inside', async () => {
    const { store, services } = await kiosk();
    const outcome = await services.checkIn.scan(code('cccd'), 'camera');
    if (outcome.kind !== 'logged') throw new Error('expected logged');
    expect(outcome.result.verdict).toBe('review');
    await services.checkIn.decide(outcome.entry.id, 'admit');
    expect((await storedEntries(store))[0]!.decision).toBe('admit');
    await services.counters.refresh(); // (the services refresh by themselves a moment after a write)
    expect(services.counters.current.value).toMatchObject({ today: 1, inside: 1, pending: 1 });
    await services.settings.save({ direction: 'out' });
    const exit = await services.checkIn.scan(code('red'), 'camera');
    if (exit.kind !== 'logged') throw new Error('expected logged');
    expect(exit.result.verdict).toBe('admit'); // leaving is never refused
    expect(exit.entry.direction).toBe('out');
  });

  it('still shows the verdict when the write fails, and says it was not saved', async () => {
    const { services } = await kiosk({ failWrites: 'quota' });
    const outcome = await services.checkIn.scan(code('green'), 'camera');
    expect(outcome).toMatchObject({
      kind: 'logged',
      saved: false,
      error: 'quota',
      result: { verdict: 'admit' },
    });
  });

  it('logs a manual entry as identity only, admitted by the guard', async () => {
    const { store, services } = await kiosk();
    const outcome = await services.checkIn.manual({
      name: 'Nguyễn Văn An',
      idNumber: '001093029317',
    });
    expect(outcome).toMatchObject({ kind: 'manual', saved: true });
    expect((await storedEntries(store))[0]).toMatchObject({
      format: 'manual',
      verdict: 'review',
      decision: 'admit',
      reasons: ['IDENTITY_ONLY'],
      maskedName: 'N. V. An',
      passId: await store.pseudonymOf('manual:001093029317'),
    });
    expect(JSON.stringify(await storedEntries(store))).not.toContain('001093029317');
  });

  it('keeps the held bundle when a refused one is offered', async () => {
    const { services } = await kiosk();
    const older = await services.trust.offer(JSON.stringify(fixtureEnvelope(0)));
    expect(older).toMatchObject({ outcome: 'refused', code: 'BUNDLE_ROLLBACK' });
    expect(services.trust.held.value?.bundle.seq).toBe(1);
    expect(services.trust.held.value?.held.lastRefusal?.code).toBe('BUNDLE_ROLLBACK');
    expect((await services.trust.offer(JSON.stringify(fixtureEnvelope(2)))).outcome).toBe(
      'accepted',
    );
    expect(services.trust.held.value?.bundle.seq).toBe(2);
  });
});
