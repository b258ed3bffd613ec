// The status bar's live figures: entries today, people inside, entries waiting to sync. Read
// from the store's maintained counts on every clock tick (the day rolls over), after writes
// (a moment later, so the verdict paints first and a burst costs one read) and after every
// sync run.
import { signal, type ReadonlySignal } from '@preact/signals-core';
import type { Counters, Store, SyncStatus } from '../model';
import { localDayEnd, localDayStart } from './local-day';

/** After a write the figures wait this long: the verdict paints first. */
export const AFTER_WRITE_DELAY_MS = 400;

export interface CountersService {
  readonly current: ReadonlySignal<Counters>;
  refresh(): Promise<void>;
  /** A refresh a moment from now; calls before it runs share it. */
  refreshSoon(): void;
  /** Refreshes now and on every tick of `clock`. */
  start(): void;
  dispose(): void;
}

export function createCountersService(deps: {
  store: Pick<Store, 'counters'>;
  clock: ReadonlySignal<number>;
  /** The sync client's status: the pending count follows every run, whoever started it. */
  sync: ReadonlySignal<Pick<SyncStatus, 'running'>>;
  now: () => number;
}): CountersService {
  const current = signal<Counters>({ today: 0, pending: 0, inside: 0 });
  let soon: ReturnType<typeof setTimeout> | undefined;
  let stops: (() => void)[] = [];
  let disposed = false;

  async function refresh(): Promise<void> {
    const t = deps.now();
    const next = await deps.store.counters(localDayStart(t), localDayEnd(t));
    if (!disposed) current.value = next;
  }
  const quietly = () => void refresh().catch(() => undefined);

  return {
    current,
    refresh,
    refreshSoon() {
      if (disposed || soon !== undefined) return;
      soon = setTimeout(() => {
        soon = undefined;
        quietly();
      }, AFTER_WRITE_DELAY_MS);
    },
    start() {
      disposed = false;
      let wasRunning = deps.sync.value.running;
      stops = [
        // subscribe() runs once now, then on every tick.
        deps.clock.subscribe(quietly),
        deps.sync.subscribe(({ running }) => {
          if (wasRunning && !running) quietly();
          wasRunning = running;
        }),
      ];
    },
    dispose() {
      disposed = true;
      clearTimeout(soon);
      soon = undefined;
      stops.splice(0).forEach((stop) => stop());
    },
  };
}
