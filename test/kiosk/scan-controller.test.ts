// The kiosk screen's flow as a state machine (src/kiosk/scan-controller.ts), in Node: one
// check-in at a time whatever the way in, the same code let go by right after its verdict,
// the verdict's own countdown, and a guard's decision stored before the verdict goes.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeB64u } from '../../src/core';
import { createScanController, type ScanController } from '../../src/kiosk/scan-controller';
import { StoreError, type CheckInOutcome, type Entry, type ManualCheckIn } from '../../src/model';
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
  return {
    waiting,
    decisions,
    service: {
      scan: (text: string) => answer(text),
      manual: (input: ManualCheckIn) => answer(`manual:${input.name}`),
      decide: (id: string, decision: 'admit' | 'refuse') =>
        new Promise<void>((resolve, reject) =>
          decisions.push({ id, decision, settle: (e) => (e ? reject(e) : resolve()) }),
        ),
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

  function controller(seconds = 3) {
    const script = scriptedCheckIn();
    const c = createScanController({
      checkIn: script.service,
      returnAfterSeconds: () => seconds,
      now: () => clock,
    });
    return { c, script };
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
    c.take('A', 'camera');
    script.waiting[0]!.resolve(logged('admit'));
    await flush();
    c.dismiss();
    expect(c.accepts('A')).toBe(false);
    expect(c.take('A', 'camera')).toBe(false);
    clock += 2_000;
    expect(c.accepts('A')).toBe(true);
    clock -= 1_000;
    expect(c.take('B', 'camera')).toBe(true);
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
