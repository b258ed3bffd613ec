// Delivers queued door-hook POSTs in the background of each server process: a tick every
// second (and at once after an upload queued one), a few jobs at a time, each request bounded
// by a timeout and never following redirects. Nothing waits on it: a slow or dead receiver
// only delays its own venue's hooks.
import type { Database } from '../db/database';
import { claimDueJobs, jobDelivered, jobFailed, type ClaimedJob } from './hook-jobs';
import { HOOK_SIGNATURE_HEADER, hookSignature } from './hook-signature';

export interface HookWorker {
  /** Look for due jobs now (after an upload queued some). */
  kick(): void;
  stop(): Promise<void>;
}

export interface HookWorkerOptions {
  db: Database;
  now: () => number;
  fetch?: typeof fetch;
  /** How often to look for due jobs (default 1 s). */
  intervalMs?: number;
  /** The first retry's delay (default 1 s, doubling); tests shorten both. */
  retryBaseMs?: number;
  timeoutMs?: number;
  /** Where delivery failures go (the server log). */
  onError?: (message: string) => void;
}

async function deliver(job: ClaimedJob, opts: HookWorkerOptions): Promise<string | null> {
  if (!job.url || !job.secret) return 'hook removed';
  try {
    const response = await (opts.fetch ?? fetch)(job.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'kiosk-door-hook/1',
        [HOOK_SIGNATURE_HEADER]: hookSignature(job.secret, opts.now(), job.body),
      },
      body: job.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(opts.timeoutMs ?? 5000),
    });
    await response.body?.cancel().catch(() => undefined);
    return response.ok ? null : `HTTP ${response.status}`;
  } catch (e) {
    return (e as Error).name === 'TimeoutError' ? 'timed out' : (e as Error).message;
  }
}

export function startHookWorker(opts: HookWorkerOptions): HookWorker {
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;

  async function tick(): Promise<void> {
    do {
      again = false;
      const jobs = await claimDueJobs(opts.db, opts.now());
      await Promise.all(
        jobs.map(async (job) => {
          const error = await deliver(job, opts);
          if (error === null) return jobDelivered(opts.db, job.id, opts.now());
          const outcome = await jobFailed(opts.db, job, error, opts.now(), opts.retryBaseMs);
          opts.onError?.(`door hook for venue ${job.venueId}: ${error} (${outcome})`);
        }),
      );
      if (jobs.length > 0) again = true; // there may be more due
    } while (again && !stopped);
  }

  function run(): void {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = tick()
      .catch((e: unknown) => opts.onError?.(`door hook worker: ${(e as Error).message}`))
      .finally(() => (running = null));
  }

  const timer = setInterval(run, opts.intervalMs ?? 1000);
  timer.unref();
  return {
    kick: run,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
