// Where the time goes between a camera frame holding a code and the verdict on screen:
// decode, verify, store, render. Kept in a small ring (no growth over a day of scans) and
// exposed for the scan benchmark.

export interface ScanTiming {
  source: string;
  decodeMs: number;
  verifyMs: number;
  storeMs: number;
  renderMs: number;
  /** From grabbing the frame (or the key/paste event) to the verdict painted. */
  totalMs: number;
}

const KEEP = 200;
const timings: ScanTiming[] = [];

export function recordScanTiming(t: ScanTiming): void {
  timings.push(t);
  if (timings.length > KEEP) timings.splice(0, timings.length - KEEP);
}

export function recentScanTimings(): readonly ScanTiming[] {
  return timings;
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

declare global {
  interface Window {
    __kioskScanTimings?: () => readonly ScanTiming[];
  }
}
window.__kioskScanTimings = recentScanTimings;
