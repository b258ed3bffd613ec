// The life of the kiosk in one window, as named phases the root screen renders: becoming the
// kiosk (one window at a time, tab-lock.ts), opening the data and starting the services, and
// every way that can end other than by closing the window. Whatever happens the screen says
// it in words and nothing scans into a database that is closed or of another version:
//
//   starting ─▶ running ─▶ updating (the database closed under us: reload at once)
//      │           └─────▶ moved    (another window took the kiosk over; it may be taken back)
//      ├─▶ other-window  (another window is the kiosk: wait for it, or take over)
//      ├─▶ blocked       (an older window holds the database open: asked to let go; explained)
//      ├─▶ newer-data    (the data is of a newer release than this build: refuse, say why)
//      └─▶ failed        (anything else, with its detail)
import { signal, type ReadonlySignal } from '@preact/signals-core';
import { NewerDataError } from '../model';
import type { LockMode, TabLock } from './tab-lock';

export type SessionPhase<S> =
  | { phase: 'starting' }
  | { phase: 'other-window' }
  | { phase: 'blocked'; timedOut: boolean }
  | { phase: 'newer-data'; dataVersion: number | null; buildVersion: number }
  | { phase: 'failed'; detail: string }
  | { phase: 'running'; services: S }
  | { phase: 'updating' }
  | { phase: 'moved' };

/** What starting gave: the services, and a way to stop them and let the database go. */
export interface Started<S> {
  services: S;
  stop(): Promise<void>;
}

export interface SessionEvents {
  /** The open waits for another window's connection to close. */
  onBlocked(): void;
  /** The database closed under the running services: a newer version, or the browser. */
  onClosed(): void;
}

/** Messages between this origin's kiosk windows (a BroadcastChannel). */
export interface WindowChannel {
  post(message: 'step-aside'): void;
  listen(onMessage: (message: unknown) => void): () => void;
}

export interface SessionDeps<S> {
  lock: TabLock;
  start(events: SessionEvents): Promise<Started<S>>;
  reload(): void;
  channel?: WindowChannel | null;
  /** How long a blocked open waits before the screen explains what to do. */
  blockedTimeoutMs?: number;
}

export interface KioskSession<S> {
  readonly phase: ReadonlySignal<SessionPhase<S>>;
  /** Becomes the kiosk if no other window is; otherwise waits for it (or a take-over). */
  begin(): void;
  /** Takes the kiosk over from the window that has it. */
  takeOver(): void;
  dispose(): void;
}

export function createKioskSession<S>(deps: SessionDeps<S>): KioskSession<S> {
  const phase = signal<SessionPhase<S>>({ phase: 'starting' });
  let started: Started<S> | null = null;
  let blockedTimer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;
  const set = (next: SessionPhase<S>) => (phase.value = next);

  /** Stops the services and lets the database go; the phase is already set. */
  async function stopRunning(): Promise<void> {
    const running = started;
    started = null;
    await running?.stop().catch(() => undefined);
  }

  function lost(): void {
    if (phase.value.phase !== 'running') return;
    set({ phase: 'moved' });
    void stopRunning();
  }

  const events = (run: number): SessionEvents => ({
    onBlocked() {
      if (run !== generation || phase.value.phase !== 'starting') return;
      set({ phase: 'blocked', timedOut: false });
      deps.channel?.post('step-aside');
      clearTimeout(blockedTimer);
      blockedTimer = setTimeout(() => {
        if (phase.value.phase === 'blocked') set({ phase: 'blocked', timedOut: true });
      }, deps.blockedTimeoutMs ?? 15_000);
    },
    onClosed() {
      if (run !== generation || phase.value.phase !== 'running') return;
      set({ phase: 'updating' });
      void stopRunning().then(() => deps.reload());
    },
  });

  async function run(): Promise<void> {
    const run = ++generation;
    set({ phase: 'starting' });
    try {
      const result = await deps.start(events(run));
      clearTimeout(blockedTimer);
      if (run !== generation) return void (await result.stop());
      started = result;
      set({ phase: 'running', services: result.services });
    } catch (e) {
      clearTimeout(blockedTimer);
      if (run !== generation) return;
      // Not the kiosk after all: another window (a newer build, say) may be.
      deps.lock.release();
      if (e instanceof NewerDataError)
        set({ phase: 'newer-data', dataVersion: e.dataVersion, buildVersion: e.buildVersion });
      else set({ phase: 'failed', detail: e instanceof Error ? e.message : String(e) });
    }
  }

  async function become(mode: LockMode): Promise<void> {
    const got = await deps.lock.acquire(mode, lost);
    if (got === 'held') return run();
    if (got === 'elsewhere') {
      set({ phase: 'other-window' });
      return become('wait');
    }
  }

  const stopListening = deps.channel?.listen((message) => {
    if (message !== 'step-aside' || phase.value.phase !== 'running') return;
    set({ phase: 'moved' });
    void stopRunning().then(() => deps.lock.release());
  });

  return {
    phase,
    begin() {
      void become('if-free');
    },
    takeOver() {
      const now = phase.value.phase;
      if (now !== 'other-window' && now !== 'moved') return;
      deps.lock.cancelWait();
      set({ phase: 'starting' });
      void become('steal');
    },
    dispose() {
      generation++;
      clearTimeout(blockedTimer);
      stopListening?.();
      void stopRunning();
      deps.lock.release();
    },
  };
}
