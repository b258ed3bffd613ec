// The venue-wide figure: asked at most once per gap, with one question after a burst (so its
// last scan counts), never while offline, and an overtaken answer never replaces a newer one.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { VenueOccupancy } from '../../src/model';
import { createOccupancyWatch } from '../../src/sync/occupancy-watch';

afterEach(() => void vi.useRealTimers());

const answer = (inside: number, asOf: number): VenueOccupancy => ({
  inside,
  in: inside,
  out: 0,
  since: 0,
  asOf,
  receivedAt: asOf,
});

function setup(gapMs = 5000) {
  vi.useFakeTimers({ now: 100_000 });
  let inside = 0;
  let online = true;
  const asked: number[] = [];
  const watch = createOccupancyWatch({
    ask: async () => {
      asked.push(Date.now());
      return answer(++inside, Date.now());
    },
    now: () => Date.now(),
    canAsk: () => online,
    gapMs,
  });
  return { watch, asked, setOnline: (v: boolean) => void (online = v) };
}

describe('occupancy watch', () => {
  it('asks at once, then at most once per gap with a question when the gap ends', async () => {
    const { watch, asked } = setup();
    await watch.refresh();
    expect(watch.latest.value?.inside).toBe(1);
    await vi.advanceTimersByTimeAsync(1000);
    await watch.refresh();
    await watch.refresh(); // a burst: still one question, when the gap ends
    expect(asked).toEqual([100_000]);
    await vi.advanceTimersByTimeAsync(4000);
    expect(asked).toEqual([100_000, 105_000]);
    expect(watch.latest.value?.inside).toBe(2);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(asked).toHaveLength(2); // nothing more without a reason
  });

  it('asks a follow-up a gap after an upload (the server caches its figure)', async () => {
    const { watch, asked } = setup();
    watch.afterUpload();
    await watch.refresh();
    await vi.advanceTimersByTimeAsync(5000);
    expect(asked).toEqual([100_000, 105_000]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(asked).toHaveLength(2);
    // An upload a second after a question: one question a full gap after the upload covers
    // both the deferred refresh and the follow-up.
    await vi.advanceTimersByTimeAsync(1000);
    await watch.refresh();
    await vi.advanceTimersByTimeAsync(1000);
    watch.afterUpload();
    await watch.refresh();
    expect(asked).toHaveLength(3);
    await vi.advanceTimersByTimeAsync(10_000);
    expect(asked).toEqual([100_000, 105_000, 166_000, 172_000]);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(asked).toHaveLength(4);
  });

  it('asks nothing while it cannot, and drops a deferred question on stop', async () => {
    const { watch, asked, setOnline } = setup();
    setOnline(false);
    await watch.refresh();
    expect(asked).toEqual([]);
    setOnline(true);
    await watch.refresh();
    await watch.refresh();
    setOnline(false);
    await vi.advanceTimersByTimeAsync(5000);
    expect(asked).toHaveLength(1);
    setOnline(true);
    await vi.advanceTimersByTimeAsync(1000);
    await watch.refresh();
    watch.stop();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(asked).toHaveLength(2);
  });

  it('asks again after an answer that was out while something happened; keeps the newer answer', async () => {
    vi.useFakeTimers({ now: 0 });
    const pending: ((v: VenueOccupancy | null) => void)[] = [];
    const watch = createOccupancyWatch({
      ask: () => new Promise((resolve) => pending.push(resolve)),
      now: () => Date.now(),
      canAsk: () => true,
      gapMs: 1000,
    });
    const first = watch.refresh();
    void watch.refresh(); // while the first is out
    pending[0]!(answer(5, 10));
    await first;
    expect(watch.latest.value?.inside).toBe(5);
    await vi.advanceTimersByTimeAsync(1000);
    expect(pending).toHaveLength(2);
    pending[1]!(answer(4, 9)); // older than the one held
    await vi.advanceTimersByTimeAsync(0);
    expect(watch.latest.value?.inside).toBe(5);
  });
});
