// Drill: the device clock is wrong. A cheap phone's clock falls behind (battery out, reset to a
// date before the bundle) or runs far ahead of the held bundle's life. Spec §5: before the
// bundle's issuedAt every result that passed steps 1–3 carries CLOCK_BEHIND first and an admit
// becomes review; at or after its expiresAt such a result carries BUNDLE_STALE first and an
// admit becomes policy.staleBundle. A failure (tampered, not yet valid) stays as it is.
// The entry written records the corrected verdict, and nothing sticks once the clock is right.
import { describe, expect, it } from 'vitest';
import { DAY_MS, HOUR_MS, type CheckResult } from '../../src/core';
import type { CheckInOutcome } from '../../src/model';
import { fixtureEnvelope, fixtureWorld, NOW } from '../support/world';
import { storedEntries } from '../support/test-store';
import { drillKiosk } from './support/drill-kiosk';

const world = fixtureWorld();
const code = (kind: string) => world.samples.find((s) => s.kind === kind)!.text;
/** fixtureEnvelope(1, NOW) lives from NOW − 1 day to NOW + 13 days. */
const BUNDLE_ISSUED = NOW - DAY_MS;
const BUNDLE_EXPIRES = NOW + 13 * DAY_MS;

function logged(outcome: CheckInOutcome): CheckResult {
  if (outcome.kind !== 'logged' || !outcome.saved) throw new Error(`not logged: ${outcome.kind}`);
  return outcome.result;
}

describe('drill: device clock behind the trust bundle', () => {
  it('turns an admit into review with CLOCK_BEHIND first, and logs it so', async () => {
    const { services, store, clock } = await drillKiosk(fixtureEnvelope(1, NOW), NOW);
    clock.now = BUNDLE_ISSUED - HOUR_MS; // the green pass was issued before this (NOW − 2 days)
    const result = logged(await services.checkIn.scan(code('green'), 'camera'));
    expect(result).toMatchObject({ verdict: 'review', color: 'green' });
    expect(result.reasons).toEqual(['CLOCK_BEHIND', 'VACCINATED_FULL']);
    expect((await storedEntries(store)).at(-1)).toMatchObject({
      verdict: 'review',
      reasons: ['CLOCK_BEHIND', 'VACCINATED_FULL'],
      bundleSeq: 1,
    });
  });

  it('puts CLOCK_BEHIND first on an unsigned review, and leaves a failure as it is', async () => {
    const { services, clock } = await drillKiosk(fixtureEnvelope(1, NOW), NOW);
    clock.now = BUNDLE_ISSUED - HOUR_MS;
    const red = logged(await services.checkIn.scan(code('tampered'), 'camera'));
    expect(red).toMatchObject({ verdict: 'deny', reasons: ['SIG_INVALID'] });
    const unsigned = logged(await services.checkIn.scan(code('unsigned'), 'camera'));
    expect(unsigned).toMatchObject({
      verdict: 'review',
      reasons: ['CLOCK_BEHIND', 'IDENTITY_ONLY'],
    });
  });

  it('a clock reset to 2000 never admits: a valid pass reads as not yet valid', async () => {
    const { services, clock } = await drillKiosk(fixtureEnvelope(1, NOW), NOW);
    clock.now = Date.UTC(2000, 0, 1);
    const result = logged(await services.checkIn.scan(code('green'), 'camera'));
    expect(result.verdict).toBe('deny');
    expect(result.reasons).toEqual(['PASS_NOT_YET_VALID']);
    // A result that passed steps 1–3 (here identity only) carries the warning first.
    expect(logged(await services.checkIn.scan(code('cccd'), 'camera')).reasons).toEqual([
      'CLOCK_BEHIND',
      'IDENTITY_ONLY',
    ]);
  });

  it('admits again, with no CLOCK_BEHIND, once the clock is set right', async () => {
    const { services, clock } = await drillKiosk(fixtureEnvelope(1, NOW), NOW);
    clock.now = BUNDLE_ISSUED - HOUR_MS;
    expect(logged(await services.checkIn.scan(code('green'), 'camera')).verdict).toBe('review');
    clock.now = NOW + DAY_MS; // past the duplicate window too
    const result = logged(await services.checkIn.scan(code('green'), 'camera'));
    expect(result).toMatchObject({ verdict: 'admit', reasons: ['VACCINATED_FULL'] });
  });
});

describe('drill: device clock far ahead (the held bundle looks expired)', () => {
  const ahead = BUNDLE_EXPIRES + 7 * DAY_MS;

  it('marks the bundle stale and applies policy.staleBundle (review by default)', async () => {
    const { services, store, clock } = await drillKiosk(fixtureEnvelope(1, NOW), NOW);
    expect(services.trust.freshness.value).toBe('fresh');
    clock.now = ahead;
    services.clock.tick(); // the minute tick that moves the screens' clock
    expect(services.trust.freshness.value).toBe('stale');
    const result = logged(await services.checkIn.scan(code('green'), 'camera'));
    expect(result).toMatchObject({
      verdict: 'review',
      color: 'green',
      reasons: ['BUNDLE_STALE', 'VACCINATED_FULL'],
    });
    expect((await storedEntries(store)).at(-1)).toMatchObject({
      verdict: 'review',
      reasons: ['BUNDLE_STALE', 'VACCINATED_FULL'],
    });
  });

  it('follows a venue policy of deny, or of admit (with the warning kept), for a stale bundle', async () => {
    const deny = await drillKiosk(fixtureEnvelope(1, NOW), NOW, {
      admitColors: ['green', 'yellow'],
      unsigned: 'review',
      staleBundle: 'deny',
    });
    deny.clock.now = ahead;
    expect(logged(await deny.services.checkIn.scan(code('green'), 'camera'))).toMatchObject({
      verdict: 'deny',
      reasons: ['BUNDLE_STALE', 'VACCINATED_FULL'],
    });

    const admit = await drillKiosk(fixtureEnvelope(1, NOW), NOW, {
      admitColors: ['green', 'yellow'],
      unsigned: 'review',
      staleBundle: 'admit',
    });
    admit.clock.now = ahead;
    expect(logged(await admit.services.checkIn.scan(code('green'), 'camera'))).toMatchObject({
      verdict: 'admit',
      reasons: ['BUNDLE_STALE', 'VACCINATED_FULL'],
    });
  });

  // Found by this drill: duplicate suppression had no upper bound, so entries dated in the
  // clock's future kept people "already checked in" after the clock was set right.
  it('once the clock is set right, people scanned while it was ahead are logged again', async () => {
    const { services, store, clock } = await drillKiosk(fixtureEnvelope(1, NOW), NOW);
    clock.now = NOW + 7 * DAY_MS; // ahead, but within the bundle's life
    logged(await services.checkIn.scan(code('green'), 'camera'));
    clock.now = NOW + HOUR_MS; // set right: an hour after the setup
    const again = await services.checkIn.scan(code('green'), 'camera');
    expect(again.kind).toBe('logged');
    expect(await storedEntries(store)).toHaveLength(2);
  });

  it('starts exactly at expiresAt, not a moment later', async () => {
    const { services, clock } = await drillKiosk(fixtureEnvelope(1, NOW), NOW);
    clock.now = BUNDLE_EXPIRES - 1;
    expect(logged(await services.checkIn.scan(code('green'), 'camera')).reasons).toEqual([
      'VACCINATED_FULL',
    ]);
    clock.now = BUNDLE_EXPIRES + 60_000; // past the duplicate window
    expect(logged(await services.checkIn.scan(code('green'), 'camera')).reasons).toEqual([
      'BUNDLE_STALE',
      'VACCINATED_FULL',
    ]);
  });
});

describe('drill: an expired bundle is all the kiosk has', () => {
  // Signed by the pinned root but already past its expiresAt: spec §4 has no expiry refusal,
  // so it is held, and every verdict made with it says so (§5).
  const expired = fixtureEnvelope(1, NOW - 20 * DAY_MS); // lived NOW − 21 d … NOW − 7 d

  it('is accepted and held, shows as stale, and no pass is admitted outright', async () => {
    const { services, clock } = await drillKiosk(expired, NOW);
    expect(services.trust.held.value?.bundle.seq).toBe(1);
    expect(services.trust.freshness.value).toBe('stale');
    const green = logged(await services.checkIn.scan(code('green'), 'camera'));
    expect(green).toMatchObject({
      verdict: 'review',
      reasons: ['BUNDLE_STALE', 'VACCINATED_FULL'],
    });
    const red = logged(await services.checkIn.scan(code('red'), 'camera'));
    expect(red).toMatchObject({ verdict: 'deny', reasons: ['BUNDLE_STALE', 'TEST_POSITIVE'] });
    // A fresh bundle from the root ends the drill: admits come back.
    expect((await services.trust.offer(JSON.stringify(fixtureEnvelope(2, NOW)))).outcome).toBe(
      'accepted',
    );
    expect(services.trust.freshness.value).toBe('fresh');
    clock.now += 60_000; // past the duplicate window of the first green scan
    expect(logged(await services.checkIn.scan(code('green'), 'camera'))).toMatchObject({
      verdict: 'admit',
      reasons: ['VACCINATED_FULL'],
    });
  });
});
