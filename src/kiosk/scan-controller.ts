// The kiosk screen's flow as a named state machine, outside any component so it is tested in
// Node: scanning → checking → verdict → scanning, with the typing dialogs beside scanning.
// One check-in at a time whatever the way in (camera, scanner, paste, typed, manual); what the
// camera may take again is camera-hold.ts. A review waits for the guard's decision, which is
// stored before its verdict goes (a failed save stays on screen); with the venue's review
// timeout it closes as "no decision", stored too. A review a reload interrupted is reopened.
import { computed, signal, type ReadonlySignal } from '@preact/signals-core';
import {
  StoreError,
  type CheckInOutcome,
  type EntrySource,
  type GuardDecision,
  type ManualCheckIn,
  type StoreErrorKind,
} from '../model';
import { createCameraHold } from './camera-hold';
import type { CheckInService } from './check-in-service';
import { awaitsDecision } from './verdict-tone';

/** Where a scan's clock started, for the scan timings (performance.now() values). */
export interface ScanStart {
  startedAt: number;
  /** Time spent decoding before the text reached the kiosk (camera frames). */
  decodeMs: number;
}

export type ScanDialog = 'code' | 'manual';

export type ScanPhase =
  /** `since`: when the kiosk last went back to scanning (tips appear after a while). */
  | { phase: 'scanning'; since: number }
  | { phase: 'checking'; source: EntrySource }
  | {
      phase: 'verdict';
      outcome: CheckInOutcome;
      source: EntrySource;
      start: ScanStart;
      shownAt: number;
      /** Before the screen returns by itself; null while a review waits for the guard. */
      secondsLeft: number | null;
      /** The guard's decision on a review: being stored, or failed to store. */
      decision: 'none' | 'saving' | 'failed';
      decisionError: StoreErrorKind | null;
      /** A review reopened from the log after a reload (not a scan just made). */
      reopened: boolean;
    }
  | { phase: 'dialog'; dialog: ScanDialog };

type VerdictPhase = Extract<ScanPhase, { phase: 'verdict' }>;

export interface ScanController {
  readonly state: ReadonlySignal<ScanPhase>;
  /** A scan is being checked, its verdict or a dialog is on screen: no update may reload. */
  readonly busy: ReadonlySignal<boolean>;
  /** Whether `text` would be taken now from `source`. */
  accepts(text: string, source?: EntrySource): boolean;
  /** A code from the camera, a scanner or a paste; false when not taken (busy, or held up still). */
  take(text: string, source: EntrySource, start?: ScanStart): boolean;
  /** A camera frame with no code in it: a code held up has perhaps been taken away. */
  noCode(): void;
  openDialog(dialog: ScanDialog): void;
  closeDialog(): void;
  /** The code typed into the dialog. */
  submitCode(text: string): boolean;
  submitManual(input: ManualCheckIn): boolean;
  /** Back to scanning (a tap, the countdown); not while a review waits or a decision is stored. */
  dismiss(): void;
  /** Admit / Refuse on a review: stored first, then the verdict goes; a failure is shown. */
  decide(decision: 'admit' | 'refuse'): Promise<void>;
  /** Reopens a review a reload interrupted, if the log has one. */
  start(): Promise<void>;
  dispose(): void;
}

export interface ScanControllerDeps {
  checkIn: Pick<CheckInService, 'scan' | 'manual' | 'decide' | 'pendingReview'>;
  /** Seconds a verdict stays before the kiosk returns by itself; null: until the guard decides. */
  returnAfterSeconds(outcome: CheckInOutcome): number | null;
  /** The venue's re-entry window: how long a code left in view is let go by (camera-hold.ts). */
  reentryWindowMs(): number;
  now?: () => number;
}

export function createScanController(deps: ScanControllerDeps): ScanController {
  const now = deps.now ?? Date.now;
  const state = signal<ScanPhase>({ phase: 'scanning', since: now() });
  const hold = createCameraHold();
  let countdown: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;

  const set = (next: ScanPhase) => {
    if (!disposed) state.value = next;
  };
  const stopCountdown = () => {
    clearTimeout(countdown);
    countdown = undefined;
  };
  const accepts = (text: string, source: EntrySource = 'camera') =>
    state.value.phase === 'scanning' && hold.accepts(text, source === 'camera', now());

  function tick(): void {
    const s = state.value;
    if (disposed || s.phase !== 'verdict' || s.decision !== 'none' || s.secondsLeft === null)
      return;
    if (s.secondsLeft <= 0) {
      // A review nobody decided closes as "no decision", recorded; anything else just goes.
      return awaitsDecision(s.outcome) ? void record('none') : close();
    }
    countdown = setTimeout(() => {
      countdown = undefined;
      const current = state.value;
      if (current !== s || s.secondsLeft === null) return;
      set({ ...s, secondsLeft: s.secondsLeft - 1 });
      tick();
    }, 1000);
  }

  function show(outcome: CheckInOutcome, source: EntrySource, start: ScanStart, reopened = false) {
    set({
      phase: 'verdict',
      outcome,
      source,
      start,
      shownAt: now(),
      secondsLeft: deps.returnAfterSeconds(outcome),
      decision: 'none',
      decisionError: null,
      reopened,
    });
    tick();
  }

  function run(
    source: EntrySource,
    text: string | null,
    start: ScanStart,
    work: () => Promise<CheckInOutcome>,
  ): void {
    if (text !== null) hold.taken(text, source === 'camera', now(), deps.reentryWindowMs());
    set({ phase: 'checking', source });
    work().then(
      (outcome) => {
        if (!disposed) show(outcome, source, start);
      },
      () => close(),
    );
  }

  const started = (): ScanStart => ({ startedAt: performance.now(), decodeMs: 0 });

  /** Back to scanning, whatever is on screen. */
  function close(): void {
    stopCountdown();
    hold.released(now());
    set({ phase: 'scanning', since: now() });
  }

  /** A review waits for a decision, unless storing one failed: the guard may then move on. */
  function dismiss(): void {
    const s = state.value;
    if (s.phase !== 'verdict' || s.decision === 'saving') return;
    if (s.decision === 'none' && awaitsDecision(s.outcome)) return;
    close();
  }

  /** Stores the decision on the review on screen, then closes it; a failure stays shown. */
  async function record(decision: Exclude<GuardDecision, null>): Promise<void> {
    const s = state.value;
    if (s.phase !== 'verdict' || s.decision === 'saving') return;
    const o = s.outcome;
    // Nothing to decide on: not a review, or an entry that was never saved.
    if (o.kind !== 'logged' || !awaitsDecision(o)) return dismiss();
    stopCountdown();
    const saving: VerdictPhase = { ...s, decision: 'saving', decisionError: null };
    set(saving);
    try {
      await deps.checkIn.decide(o.entry.id, decision);
    } catch (e) {
      if (state.value === saving)
        set({
          ...s,
          secondsLeft: null,
          decision: 'failed',
          decisionError: e instanceof StoreError ? e.kind : 'write',
        });
      return;
    }
    if (state.value === saving) close();
  }

  return {
    state,
    // A dialog holds what the guard is typing: an update reloading under it would drop it.
    busy: computed(() => state.value.phase !== 'scanning'),
    accepts,
    take(text, source, start = started()) {
      if (source === 'camera') hold.frame(text, now());
      if (!accepts(text, source)) return false;
      run(source, text, start, () => deps.checkIn.scan(text, source));
      return true;
    },
    noCode() {
      hold.frame(null, now());
    },
    openDialog(dialog) {
      if (state.value.phase === 'scanning') set({ phase: 'dialog', dialog });
    },
    closeDialog() {
      if (state.value.phase === 'dialog') set({ phase: 'scanning', since: now() });
    },
    submitCode(text) {
      const s = state.value;
      if (s.phase !== 'dialog' || s.dialog !== 'code') return false;
      run('typed', text, started(), () => deps.checkIn.scan(text, 'typed'));
      return true;
    },
    submitManual(input) {
      const s = state.value;
      if (s.phase !== 'dialog' || s.dialog !== 'manual') return false;
      run('manual', null, started(), () => deps.checkIn.manual(input));
      return true;
    },
    dismiss,
    decide: (decision) => record(decision),
    async start() {
      const outcome = await deps.checkIn.pendingReview().catch(() => null);
      if (!outcome || disposed || state.value.phase !== 'scanning') return;
      show(outcome, outcome.entry.source, started(), true);
    },
    dispose() {
      disposed = true;
      stopCountdown();
    },
  };
}
