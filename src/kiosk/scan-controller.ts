// The kiosk screen's flow as a named state machine, outside any component so it is tested in
// Node: scanning → checking → verdict → scanning, with the typing dialogs beside scanning.
// One check-in at a time whatever the way in (camera, scanner, paste, typed, manual); a
// guard's decision is stored before its verdict goes, and a failed save stays on screen.
import { computed, signal, type ReadonlySignal } from '@preact/signals-core';
import {
  StoreError,
  type CheckInOutcome,
  type EntrySource,
  type ManualCheckIn,
  type StoreErrorKind,
} from '../model';
import type { CheckInService } from './check-in-service';

/** The same text again right after a verdict is the code still held up: let it go by. */
export const SAME_CODE_COOLDOWN_MS = 2000;

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
      /** Before the screen returns to scanning by itself (stopped while a decision is open). */
      secondsLeft: number;
      /** The guard's decision on a review: being stored, or failed to store. */
      decision: 'none' | 'saving' | 'failed';
      decisionError: StoreErrorKind | null;
    }
  | { phase: 'dialog'; dialog: ScanDialog };

export interface ScanController {
  readonly state: ReadonlySignal<ScanPhase>;
  /** A scan is being checked, its verdict or a dialog is on screen: no update may reload. */
  readonly busy: ReadonlySignal<boolean>;
  /** Whether `text` would be taken now. */
  accepts(text: string): boolean;
  /** A code from the camera, a scanner or a paste; false when not taken (busy, or held up still). */
  take(text: string, source: EntrySource, start?: ScanStart): boolean;
  openDialog(dialog: ScanDialog): void;
  closeDialog(): void;
  /** The code typed into the dialog. */
  submitCode(text: string): boolean;
  submitManual(input: ManualCheckIn): boolean;
  /** Back to scanning (a tap, the countdown); not while a decision is being stored. */
  dismiss(): void;
  /** Admit / Refuse on a review: stored first, then the verdict goes; a failure is shown. */
  decide(decision: 'admit' | 'refuse'): Promise<void>;
  dispose(): void;
}

export interface ScanControllerDeps {
  checkIn: Pick<CheckInService, 'scan' | 'manual' | 'decide'>;
  /** Seconds a verdict stays before the kiosk returns to scanning by itself. */
  returnAfterSeconds(outcome: CheckInOutcome): number;
  now?: () => number;
}

export function createScanController(deps: ScanControllerDeps): ScanController {
  const now = deps.now ?? Date.now;
  const state = signal<ScanPhase>({ phase: 'scanning', since: now() });
  let countdown: ReturnType<typeof setTimeout> | undefined;
  let disposed = false;
  /** The last code checked, and until when the same text is let go by. */
  let last = { text: '', until: 0 };
  let shownText: string | null = null;

  const set = (next: ScanPhase) => {
    if (!disposed) state.value = next;
  };
  const stopCountdown = () => {
    clearTimeout(countdown);
    countdown = undefined;
  };
  const accepts = (text: string) =>
    state.value.phase === 'scanning' && !(text === last.text && now() < last.until);

  function tick(): void {
    const s = state.value;
    if (disposed || s.phase !== 'verdict' || s.decision !== 'none') return;
    if (s.secondsLeft <= 0) return dismiss();
    countdown = setTimeout(() => {
      countdown = undefined;
      const current = state.value;
      if (current !== s) return;
      set({ ...s, secondsLeft: s.secondsLeft - 1 });
      tick();
    }, 1000);
  }

  function run(
    source: EntrySource,
    text: string | null,
    start: ScanStart,
    work: () => Promise<CheckInOutcome>,
  ): void {
    set({ phase: 'checking', source });
    work().then(
      (outcome) => {
        if (disposed) return;
        shownText = text;
        set({
          phase: 'verdict',
          outcome,
          source,
          start,
          shownAt: now(),
          secondsLeft: deps.returnAfterSeconds(outcome),
          decision: 'none',
          decisionError: null,
        });
        tick();
      },
      () => set({ phase: 'scanning', since: now() }),
    );
  }

  const started = (): ScanStart => ({ startedAt: performance.now(), decodeMs: 0 });

  function dismiss(): void {
    const s = state.value;
    if (s.phase !== 'verdict' || s.decision === 'saving') return;
    stopCountdown();
    if (shownText !== null) last = { text: shownText, until: now() + SAME_CODE_COOLDOWN_MS };
    set({ phase: 'scanning', since: now() });
  }

  return {
    state,
    // A dialog holds what the guard is typing: an update reloading under it would drop it.
    busy: computed(() => state.value.phase !== 'scanning'),
    accepts,
    take(text, source, start = started()) {
      if (!accepts(text)) return false;
      run(source, text, start, () => deps.checkIn.scan(text, source));
      return true;
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
    async decide(decision) {
      const s = state.value;
      if (s.phase !== 'verdict' || s.decision === 'saving') return;
      const o = s.outcome;
      // Nothing to decide on: not a review, or an entry that was never saved.
      if (o.kind !== 'logged' || o.result.verdict !== 'review' || !o.saved) return dismiss();
      stopCountdown();
      const saving = { ...s, decision: 'saving' as const, decisionError: null };
      set(saving);
      try {
        await deps.checkIn.decide(o.entry.id, decision);
      } catch (e) {
        if (state.value === saving)
          set({
            ...s,
            decision: 'failed',
            decisionError: e instanceof StoreError ? e.kind : 'write',
          });
        return;
      }
      if (state.value === saving) {
        set({ ...saving, decision: 'none' });
        dismiss();
      }
    },
    dispose() {
      disposed = true;
      stopCountdown();
    },
  };
}
