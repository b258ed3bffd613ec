// The venue-wide people-inside figure as the kiosk last heard it. Asked after every sync round
// the server answered (so after each check-in or out, a round being due then), but at most once
// every OCCUPANCY_GAP_MS: a burst of scans costs one question now and one when the gap ends,
// so the last of them is still counted. Every upload that sent entries (whichever round or
// retry made it) asks for a follow-up a full gap later too: the server keeps its figure for a
// moment (server/store/occupancy.ts, 2 s), so an answer right after may not count them. The answer is kept until a newer one comes; whether it
// is recent enough to show is the screens' call (src/kiosk/inside-figure.ts).
import { signal, type ReadonlySignal } from '@preact/signals-core';
import type { VenueOccupancy } from '../model';

export const OCCUPANCY_GAP_MS = 5_000;

export interface OccupancyWatch {
  readonly latest: ReadonlySignal<VenueOccupancy | null>;
  /** Asks now, or once the gap since the last question ends; resolves when it is answered. */
  refresh(): Promise<void>;
  /** Entries were just uploaded: some question is asked a full gap from now. */
  afterUpload(): void;
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
  /** After an upload: some question must be asked at or after this time. */
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

  function refresh(): Promise<void> {
    if (!deps.canAsk()) return Promise.resolve();
    const t = deps.now();
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
    afterUpload() {
      followUpAt = deps.now() + gapMs;
      // A question already due sooner asks first; its answer then defers the follow-up.
      if (!asking) defer(gapMs);
    },
    stop() {
      clearTimeout(deferred);
      deferred = undefined;
      followUpAt = null;
    },
  };
}
