// Where the time goes between a camera frame holding a code and the verdict on screen:
// decode, verify, store, render. Each scan is one User Timing measure, `kiosk:scan`, from the
// start of the scan to the verdict painted, with the split in its `detail`; the scan benchmark
// and the soak drill read them with a PerformanceObserver. Only the latest stays in the
// page's timeline, so a day of scans does not grow it.

export const SCAN_MEASURE = 'kiosk:scan';

export interface ScanTiming {
  source: string;
  decodeMs: number;
  verifyMs: number;
  storeMs: number;
  renderMs: number;
  /** From grabbing the frame (or the key/paste event) to the verdict painted. */
  totalMs: number;
}

/** Records one scan from `startedAt` (performance.now()) to `paintedAt`. */
export function measureScan(
  startedAt: number,
  paintedAt: number,
  split: Omit<ScanTiming, 'totalMs'>,
): void {
  performance.clearMeasures(SCAN_MEASURE);
  performance.measure(SCAN_MEASURE, { start: startedAt, end: paintedAt, detail: split });
}

/** A measure's figures, as the benchmark reads them. */
export function scanTimingOf(entry: { duration: number; detail: unknown }): ScanTiming {
  return { ...(entry.detail as Omit<ScanTiming, 'totalMs'>), totalMs: entry.duration };
}

/** Resolves just after the browser has painted the current DOM. */
export function afterNextPaint(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    }),
  );
}
