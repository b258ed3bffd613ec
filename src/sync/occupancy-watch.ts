// The venue-wide people-inside figure as the kiosk last heard it. Asked after every sync round
// the server answered (so after each check-in or out, a round being due then), but at most once
// every OCCUPANCY_GAP_MS: a burst of scans costs one question now and one when the gap ends,
// so the last of them is still counted. After an upload the round asks a follow-up too: the
// server keeps its figure for a moment (server/store/occupancy.ts, 2 s), so the first answer
// may not count what was just sent. The answer is kept until a newer one comes; whether it
// is recent enough to show is the screens' call (src/kiosk/inside-figure.ts).
import { signal, type ReadonlySignal } from '@preact/signals-core';
import type { VenueOccupancy } from '../model';

export const OCCUPANCY_GAP_MS = 5_000;

export interface OccupancyWatch {
  readonly latest: ReadonlySignal<VenueOccupancy | null>;
  /**
   * Asks now, or once the gap since the last question ends; resolves when it is answered.
   * `followUp`: and once more when the gap after this question ends.
   */
  refresh(options?: { followUp?: boolean }): Promise<void>;
  /** Drops a deferred question (the answer held stays). */
  stop(): void;
}

export function createOccupancyWatch(deps: {
  ask: () => Promise<VenueOccupancy | null>;
  now: () => number;
  /** Checked before each question, deferred ones too: no network (or disposed), no question. */
  canAsk: () => boolean;
  gapMs?: number;
}): OccupancyWatch {
  const gapMs = deps.gapMs ?? OCCUPANCY_GAP_MS;
  const latest = signal<VenueOccupancy | null>(null);
  let askedAt: number | null = null;
  let asking: Promise<void> | null = null;
  let deferred: ReturnType<typeof setTimeout> | undefined;
  /** Something happened while a question was out: its answer may not count it. */
  let askAgain = false;
  /** A follow-up was asked for: some question must be asked at or after this time. */
  let followUpAt: number | null = null;

  function defer(wait: number): void {
    deferred ??= setTimeout(() => {
      deferred = undefined;
      void refresh();
    }, wait);
    (deferred as { unref?: () => void }).unref?.();
  }

  function ask(): Promise<void> {
    const at = (askedAt = deps.now());
    if (followUpAt !== null && at >= followUpAt) followUpAt = null;
    asking = deps
      .ask()
      .then((answer) => {
        // An answer older than the one held (a slow request overtaken) does not replace it.
        if (answer && (latest.value === null || answer.asOf >= latest.value.asOf))
          latest.value = answer;
      })
      .catch(() => undefined)
      .finally(() => {
        asking = null;
        if (askAgain) {
          askAgain = false;
          void refresh();
        } else if (followUpAt !== null) defer(Math.max(0, followUpAt - deps.now()));
      });
    return asking;
  }

  function refresh(options: { followUp?: boolean } = {}): Promise<void> {
    if (!deps.canAsk()) return Promise.resolve();
    const t = deps.now();
    if (options.followUp) followUpAt = Math.max(followUpAt ?? 0, t + gapMs);
    if (asking) {
      askAgain = true;
      return asking;
    }
    const wait = askedAt === null || t < askedAt ? 0 : askedAt + gapMs - t;
    if (wait <= 0) return ask();
    defer(wait);
    return Promise.resolve();
  }

  return {
    latest,
    refresh,
    stop() {
      clearTimeout(deferred);
      deferred = undefined;
      followUpAt = null;
    },
  };
}
