// The kiosk screen's flow as a state machine (src/kiosk/scan-controller.ts), in Node: one
// check-in at a time whatever the way in, the same code let go by right after its verdict and
// while it stays in the camera's view, the verdict's own countdown, a review that waits for
// the guard (or closes as "no decision" after the venue's timeout), a guard's decision stored
// before the verdict goes, and a review a reload interrupted reopened.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeB64u } from '../../src/core';
import { createScanController, type ScanController } from '../../src/kiosk/scan-controller';
import { SETTLE_MS, LEFT_VIEW_MS, HOLD_MIN_MS } from '../../src/kiosk/camera-hold';
import { awaitsDecision } from '../../src/kiosk/verdict-tone';
import {
  StoreError,
  type CheckInOutcome,
  type Entry,
  type GuardDecision,
  type ManualCheckIn,
} from '../../src/model';
import { plausibleEntry } from '../support/make-entry';
import { storedEntries } from '../support/test-store';
import { testKiosk } from '../support/test-kiosk';
import { fixtureEnvelope, fixtureWorld, NOW, rootKey } from '../support/world';

/** A check-in service whose answers the test hands out one by one. */
function scriptedCheckIn() {
  const waiting: { resolve: (o: CheckInOutcome) => void; what: string }[] = [];
  const decisions: { id: string; decision: string; settle: (error?: StoreError) => void }[] = [];
  const answer = (what: string) =>
    new Promise<CheckInOutcome>((resolve) => waiting.push({ resolve, what }));
  const open: { review: Extract<CheckInOutcome, { kind: 'logged' }> | null } = { review: null };
  return {
    waiting,
    decisions,
    open,
    service: {
      scan: (text: string) => answer(text),
      manual: (input: ManualCheckIn) => answer(`manual:${input.name}`),
      decide: (id: string, decision: Exclude<GuardDecision, null>) =>
        new Promise<void>((resolve, reject) =>
          decisions.push({ id, decision, settle: (e) => (e ? reject(e) : resolve()) }),
        ),
      pendingReview: async () => open.review,
    },
  };
}

const entry = (over: Partial<Entry> = {}) => plausibleEntry(NOW, 1, over);
const result = (verdict: 'admit' | 'review' | 'deny') => ({
  format: 'pqr-signed' as const,
  verdict,
  color: 'green' as const,
  reasons: [],
  holder: null,
  passId: 'qid:1',
  passHash: null,
  kid: null,
});
const logged = (verdict: 'admit' | 'review' | 'deny', saved = true): CheckInOutcome =>
  saved
    ? { kind: 'logged', result: result(verdict), entry: entry({ verdict }), saved: true }
    : { kind: 'logged', result: result(verdict), entry: entry(), saved: false, error: 'quota' };
const manual: CheckInOutcome = { kind: 'manual', entry: entry({ source: 'manual' }), saved: true };

const flush = () => vi.advanceTimersByTimeAsync(0);
const phase = (c: ScanController) => c.state.value.phase;

describe('scan controller', () => {
  let clock = NOW;
  beforeEach(() => {
    vi.useFakeTimers();
    clock = NOW;
  });
  afterEach(() => vi.useRealTimers());

  /** `review`: seconds an open review stays (null: until the guard decides). */
  function controller(seconds = 3, review: number | null = null, windowMs = 300_000) {
    const script = scriptedCheckIn();
    const c = createScanController({
      checkIn: script.service,
      returnAfterSeconds: (o) => (awaitsDecision(o) ? review : seconds),
      reentryWindowMs: () => windowMs,
      now: () => clock,
    });
    return { c, script };
  }
  /** Camera frames without a code, `ms` apart, for `forMs`. */
  function framesWithout(c: ScanController, forMs: number, ms = 100) {
    for (let t = 0; t <= forMs; t += ms) {
      c.noCode();
      clock += ms;
    }
  }

  it('goes scanning → checking → verdict → scanning, busy while checking and on the verdict', async () => {
    const { c, script } = controller();
    expect(phase(c)).toBe('scanning');
    expect(c.busy.value).toBe(false);
    expect(c.take('A', 'camera')).toBe(true);
    expect(phase(c)).toBe('checking');
    expect(c.busy.value).toBe(true);
    script.waiting[0]!.resolve(logged('admit'));
    await flush();
    expect(c.state.value).toMatchObject({ phase: 'verdict', source: 'camera', secondsLeft: 3 });
    expect(c.busy.value).toBe(true);
    c.dismiss();
    expect(phase(c)).toBe('scanning');
    expect(c.busy.value).toBe(false);
  });

  it('checks one code at a time, whatever the way in (camera, scanner, paste, manual)', async () => {
    const { c, script } = controller();
    expect(c.take('A', 'camera')).toBe(true);
    expect(c.take('B', 'wedge')).toBe(false);
    expect(c.take('C', 'paste')).toBe(false);
    c.openDialog('manual'); // no dialog over a check in progress
    expect(phase(c)).toBe('checking');
    expect(c.submitManual({ name: 'An', idNumber: '1' })).toBe(false);
    expect(script.waiting).toHaveLength(1);
    script.waiting[0]!.resolve(logged('admit'));
    await flush();
    expect(c.take('B', 'wedge')).toBe(false); // not over a verdict either
    c.dismiss();

    c.openDialog('manual');
    expect(phase(c)).toBe('dialog');
    expect(c.take('B', 'camera')).toBe(false); // the dialog holds the kiosk
    expect(c.submitManual({ name: 'An', idNumber: '1' })).toBe(true);
    expect(c.state.value).toMatchObject({ phase: 'checking', source: 'manual' });
    expect(c.take('B', 'camera')).toBe(false); // and the manual check-in is one at a time too
    expect(c.submitManual({ name: 'Bình', idNumber: '2' })).toBe(false);
    expect(script.waiting.map((w) => w.what)).toEqual(['A', 'manual:An']);
    script.waiting[1]!.resolve(manual);
    await flush();
    expect(c.state.value).toMatchObject({ phase: 'verdict', source: 'manual' });
  });

  it('lets the same code go by for a moment after its verdict, and takes another at once', async () => {
    const { c, script } = controller();
    c.take('A', 'wedge');
    script.waiting[0]!.resolve(logged('admit'));
    await flush();
    c.dismiss();
    expect(c.accepts('A', 'wedge')).toBe(false);
    expect(c.take('A', 'wedge')).toBe(false);
    expect(c.take('A', 'camera')).toBe(false);
    clock += SETTLE_MS;
    // A scanner's trigger pulled again is a new scan; so is the code held up to the camera.
    expect(c.accepts('A', 'wedge')).toBe(true);
    expect(c.accepts('A', 'camera')).toBe(true);
    clock -= 1_000;
    expect(c.take('B', 'camera')).toBe(true);
  });

  it('a code that stays in the camera view is not taken again until it has left it', async () => {
    const { c, script } = controller();
    expect(c.take('A', 'camera')).toBe(true);
    script.waiting[0]!.resolve(logged('admit'));
    await flush();
    c.dismiss();
    // Still in view, frame after frame, well past the settle time.
    for (let i = 0; i < 50; i++) {
      clock += 200;
      expect(c.take('A', 'camera')).toBe(false);
    }
    // One missed read between two sightings is not the code taken away...
    framesWithout(c, LEFT_VIEW_MS - 200);
    expect(c.take('A', 'camera')).toBe(false);
    // ...half a second of frames without it is.
    framesWithout(c, LEFT_VIEW_MS);
    expect(c.take('A', 'camera')).toBe(true);
    expect(script.waiting.map((w) => w.what)).toEqual(['A', 'A']);
  });

  it('a code left in view is taken again once the re-entry window has passed (a minute at least)', async () => {
    const { c, script } = controller(3, null, 5 * 60_000);
    c.take('A', 'camera');
    script.waiting[0]!.resolve(logged('admit'));
    await flush();
    c.dismiss();
    clock += 5 * 60_000 - 100;
    expect(c.take('A', 'camera')).toBe(false);
    clock += 100;
    expect(c.take('A', 'camera')).toBe(true);

    // With the window off, a code left on the counter still waits a minute.
    const off = controller(3, null, 0);
    off.c.take('B', 'camera');
    off.script.waiting[0]!.resolve(logged('admit'));
    await flush();
    off.c.dismiss();
    clock += SETTLE_MS;
    expect(off.c.take('B', 'camera')).toBe(false);
    clock += HOLD_MIN_MS;
    expect(off.c.take('B', 'camera')).toBe(true);
  });

  it('a typed code comes from the dialog and goes through the same check', async () => {
    const { c, script } = controller();
    expect(c.submitCode('A')).toBe(false); // no dialog open
    c.openDialog('code');
    c.closeDialog();
    expect(phase(c)).toBe('scanning');
    c.openDialog('code');
    expect(c.submitCode('A')).toBe(true);
    expect(c.state.value).toMatchObject({ phase: 'checking', source: 'typed' });
    script.waiting[0]!.resolve(logged('deny'));
    await flush();
    expect(c.state.value).toMatchObject({ phase: 'verdict', source: 'typed' });
  });

  it('a dialog holds updates as a verdict does: what the guard types must not be reloaded away', () => {
    const { c } = controller();
    expect(c.busy.value).toBe(false);
    for (const dialog of ['code', 'manual'] as const) {
      c.openDialog(dialog);
      expect(c.busy.value).toBe(true);
      c.closeDialog();
      expect(c.busy.value).toBe(false);
    }
  });

  it('counts the verdict down and returns to scanning by itself', async () => {
    const { c, script } = controller(3);
    c.take('A', 'camera');
    script.waiting[0]!.resolve(logged('admit'));
    await flush();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(c.state.value).toMatchObject({ phase: 'verdict', secondsLeft: 2 });
    await vi.advanceTimersByTimeAsync(2_000);
    expect(phase(c)).toBe('scanning');
  });

  it('a review waits for the guard: no countdown, and a tap elsewhere does not take it away', async () => {
    const { c, script } = controller(3, null);
    c.take('A', 'camera');
    script.waiting[0]!.resolve(logged('review'));
    await flush();
    expect(c.state.value).toMatchObject({ phase: 'verdict', secondsLeft: null });
    c.dismiss();
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(phase(c)).toBe('verdict');
    expect(c.take('B', 'wedge')).toBe(false); // nothing else is checked in meanwhile
    const deciding = c.decide('refuse');
    script.decisions[0]!.settle();
    await deciding;
    expect(phase(c)).toBe('scanning');
    expect(script.decisions.map((d) => d.decision)).toEqual(['refuse']);
  });

  it('a review with the venue timeout closes as "no decision", stored before it goes', async () => {
    const { c, script } = controller(3, 20);
    c.take('A', 'camera');
    script.waiting[0]!.resolve(logged('review'));
    await flush();
    expect(c.state.value).toMatchObject({ phase: 'verdict', secondsLeft: 20 });
    await vi.advanceTimersByTimeAsync(19_000);
    expect(c.state.value).toMatchObject({ phase: 'verdict', secondsLeft: 1 });
    expect(script.decisions).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(c.state.value).toMatchObject({ phase: 'verdict', decision: 'saving' });
    expect(script.decisions.map((d) => d.decision)).toEqual(['none']);
    script.decisions[0]!.settle();
    await flush();
    expect(phase(c)).toBe('scanning');
  });

  it('a "no decision" that cannot be stored stays on screen, and a tap may take it away', async () => {
    const { c, script } = controller(3, 20);
    c.take('A', 'camera');
    script.waiting[0]!.resolve(logged('review'));
    await flush();
    await vi.advanceTimersByTimeAsync(20_000);
    script.decisions[0]!.settle(new StoreError('write', 'failed'));
    await flush();
    expect(c.state.value).toMatchObject({ decision: 'failed', secondsLeft: null });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(phase(c)).toBe('verdict');
    c.dismiss();
    expect(phase(c)).toBe('scanning');
  });

  it('reopens a review a reload interrupted, with its decision still to make', async () => {
    const { c, script } = controller(3, null);
    const review = logged('review');
    if (review.kind !== 'logged') throw new Error('logged');
    script.open.review = review;
    await c.start();
    expect(c.state.value).toMatchObject({
      phase: 'verdict',
      reopened: true,
      secondsLeft: null,
      outcome: { entry: { id: review.entry.id } },
    });
    c.dismiss();
    expect(phase(c)).toBe('verdict');
    const deciding = c.decide('admit');
    script.decisions[0]!.settle();
    await deciding;
    expect(script.decisions).toMatchObject([{ id: review.entry.id, decision: 'admit' }]);
    expect(phase(c)).toBe('scanning');

    const none = controller(3, null);
    await none.c.start();
    expect(phase(none.c)).toBe('scanning');
  });

  it('stores the decision before the verdict goes; until then the verdict stays', async () => {
    const { c, script } = controller();
    c.take('A', 'camera');
    const review = logged('review');
    script.waiting[0]!.resolve(review);
    await flush();
    const deciding = c.decide('admit');
    expect(c.state.value).toMatchObject({ phase: 'verdict', decision: 'saving' });
    c.dismiss(); // a tap, or the countdown, must not take it away now
    await vi.advanceTimersByTimeAsync(10_000);
    expect(phase(c)).toBe('verdict');
    expect(script.decisions).toMatchObject([
      { id: review.kind === 'logged' ? review.entry.id : '', decision: 'admit' },
    ]);
    script.decisions[0]!.settle();
    await deciding;
    expect(phase(c)).toBe('scanning');
  });

  it('shows a decision that could not be stored, keeps the verdict, and lets the guard retry', async () => {
    const { c, script } = controller();
    c.take('A', 'camera');
    script.waiting[0]!.resolve(logged('review'));
    await flush();
    const first = c.decide('refuse');
    script.decisions[0]!.settle(new StoreError('quota', 'full'));
    await first;
    expect(c.state.value).toMatchObject({
      phase: 'verdict',
      decision: 'failed',
      decisionError: 'quota',
    });
    await vi.advanceTimersByTimeAsync(60_000); // no countdown over an unsaved decision
    expect(phase(c)).toBe('verdict');
    const again = c.decide('refuse');
    script.decisions[1]!.settle();
    await again;
    expect(phase(c)).toBe('scanning');
  });

  it('a decision on an entry that was never saved just returns to scanning', async () => {
    const { c, script } = controller();
    c.take('A', 'camera');
    script.waiting[0]!.resolve(logged('review', false));
    await flush();
    await c.decide('admit');
    expect(phase(c)).toBe('scanning');
    expect(script.decisions).toHaveLength(0);
  });

  it('stops counting down when disposed', async () => {
    const { c, script } = controller(3);
    c.take('A', 'camera');
    script.waiting[0]!.resolve(logged('admit'));
    await flush();
    c.dispose();
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('scan controller over the real services', () => {
  const world = fixtureWorld();
  const cccd = world.samples.find((s) => s.kind === 'cccd')!.text;

  it('a decision the store refused is shown and not recorded; the retry is', async () => {
    const { store, services, faults } = await testKiosk(NOW);
    await services.setup.standalone(
      encodeB64u(rootKey.publicKey),
      JSON.stringify(fixtureEnvelope()),
    );
    const { scan } = services;
    expect(scan.take(cccd, 'camera')).toBe(true);
    await vi.waitFor(() => expect(scan.state.value.phase).toBe('verdict'));
    faults.failNext(1);
    await scan.decide('admit');
    expect(scan.state.value).toMatchObject({ decision: 'failed', decisionError: 'quota' });
    expect(services.checkIn.storageProblem.value).toBe('quota');
    expect((await storedEntries(store))[0]).toMatchObject({ verdict: 'review', decision: null });
    await scan.decide('admit');
    expect(scan.state.value.phase).toBe('scanning');
    expect((await storedEntries(store))[0]).toMatchObject({ verdict: 'review', decision: 'admit' });
  });
});

describe('a review across a reload, over the real services', () => {
  const world = fixtureWorld();
  const cccd = world.samples.find((s) => s.kind === 'cccd')!.text;
  const green = world.samples.find((s) => s.kind === 'green')!.text;

  it('reopens the open review after a restart, and only that one', async () => {
    const kiosk = await testKiosk(NOW);
    const { services, store } = kiosk;
    await services.setup.standalone(
      encodeB64u(rootKey.publicKey),
      JSON.stringify(fixtureEnvelope()),
    );
    expect(services.scan.take(cccd, 'camera')).toBe(true);
    await vi.waitFor(() => expect(services.scan.state.value.phase).toBe('verdict'));

    // The tab closes with the review on screen: the next start shows it again, with buttons.
    const again = await kiosk.restart();
    expect(again.scan.state.value).toMatchObject({
      phase: 'verdict',
      reopened: true,
      secondsLeft: null,
      outcome: { kind: 'logged', saved: true, result: { verdict: 'review', format: 'cccd' } },
    });
    await again.scan.decide('admit');
    expect(again.scan.state.value.phase).toBe('scanning');
    expect((await storedEntries(store))[0]).toMatchObject({ decision: 'admit' });

    // Decided: nothing to reopen. Nor after an admit, nor a review older than a working day.
    expect((await kiosk.restart()).scan.state.value.phase).toBe('scanning');
    again.scan.take(green, 'camera');
    await vi.waitFor(() => expect(again.scan.state.value.phase).toBe('verdict'));
    expect((await kiosk.restart()).scan.state.value.phase).toBe('scanning');
    await again.checkIn.scan(cccd.replace('001093029317', '001093029318'), 'camera');
    kiosk.clock.now += 13 * 60 * 60_000;
    expect((await kiosk.restart()).scan.state.value.phase).toBe('scanning');
  });
});
