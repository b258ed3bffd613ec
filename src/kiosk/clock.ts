// The time the screens show and judge by (bundle age and freshness, "today"), moved on once a
// minute: the day rolls over and a bundle ages without anything else happening.
import { signal, type ReadonlySignal } from '@preact/signals-core';

export interface Clock {
  readonly now: ReadonlySignal<number>;
  /** Reads the device clock now (the minute timer does this; so may a drill). */
  tick(): void;
  start(): void;
  dispose(): void;
}

export function createClock(read: () => number, everyMs = 60_000): Clock {
  const now = signal(read());
  let timer: ReturnType<typeof setInterval> | undefined;
  const tick = () => void (now.value = read());
  return {
    now,
    tick,
    start() {
      clearInterval(timer);
      tick();
      timer = setInterval(tick, everyMs);
    },
    dispose() {
      clearInterval(timer);
      timer = undefined;
    },
  };
}
