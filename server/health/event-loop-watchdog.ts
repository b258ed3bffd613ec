// The last resort for a server that hangs: a worker thread watches a heartbeat that the main
// thread writes every second into shared memory. If the heartbeat stops for `stallMs` (PGlite
// spinning inside WebAssembly, say on a full disk: no timer or request can run then), the
// worker writes one line to stderr and kills the process with SIGKILL, so its supervisor
// restarts it. A worker runs on its own thread, so it still runs while the main thread is stuck.
import { Worker } from 'node:worker_threads';

const WORKER = `
const { workerData } = require('node:worker_threads');
const beat = new BigInt64Array(workerData.shared);
const check = setInterval(() => {
  const since = Date.now() - Number(Atomics.load(beat, 0));
  if (Atomics.load(beat, 1) === 1n) return clearInterval(check);
  if (since >= workerData.stallMs) {
    require('node:fs').writeSync(2, 'kiosk server: the main thread has not run for ' +
      Math.round(since / 1000) + ' s (database stuck?); exiting so the supervisor restarts it\\n');
    process.kill(workerData.pid, 'SIGKILL');
  }
}, workerData.checkMs);
`;

export interface Watchdog {
  stop(): Promise<void>;
}

export function startEventLoopWatchdog(stallMs: number): Watchdog {
  const shared = new SharedArrayBuffer(16);
  const beat = new BigInt64Array(shared);
  const tick = () => Atomics.store(beat, 0, BigInt(Date.now()));
  tick();
  const timer = setInterval(tick, Math.min(1000, stallMs / 4));
  timer.unref();
  const worker = new Worker(WORKER, {
    eval: true,
    workerData: { shared, stallMs, pid: process.pid, checkMs: Math.min(1000, stallMs / 4) },
  });
  worker.unref();
  return {
    async stop() {
      clearInterval(timer);
      Atomics.store(beat, 1, 1n);
      await worker.terminate();
    },
  };
}
