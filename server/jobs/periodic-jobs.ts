// The server's background chores, in every process: each minute, forget what has expired
// (request nonces, daily upload counts, sessions, login attempts, old invites, finished
// door-hook jobs), tighten the modes of files PGlite wrote, and create the weekly partitions
// of the weeks ahead (one catalog query; creating a week happens once a week); every
// RETENTION_EVERY_MS, the retention job, run by whichever process holds its lease. A chore
// that fails is logged and tried again next time; none blocks a request.
import { forgetOldAttempts } from '../accounts/login-throttle';
import { forgetOldInvites } from '../accounts/invites';
import { forgetEndedSessions } from '../accounts/sessions';
import type { Database } from '../db/database';
import { ensureEntryPartitions, WEEK_MS } from '../db/entry-partitions';
import { forgetOldJobs } from '../door-hook/hook-jobs';
import { runRetention, type PartitionDropper } from '../privacy/retention';
import { forgetIntakeBefore, utcDay } from '../store/device-intake';
import { forgetNoncesBefore } from '../store/device-keys';
import { MAX_CLOCK_SKEW_MS } from '../../src/sync/wire';
import { releaseLease, takeLease } from './job-lease';

export const SWEEP_EVERY_MS = 60_000;
export const RETENTION_EVERY_MS = 15 * 60_000;
/** Long enough for a big first run; renewed by nobody, so a crashed holder frees it. */
const RETENTION_LEASE_MS = 10 * 60_000;

export interface PeriodicJobs {
  /** Runs the retention job now if no other process runs it (tests, the operator's button). */
  retentionNow(): Promise<void>;
  stop(): Promise<void>;
}

export function startPeriodicJobs(opts: {
  db: Database;
  now: () => number;
  dropper?: PartitionDropper | null;
  onError: (message: string) => void;
}): PeriodicJobs {
  const { db, now } = opts;
  const running = new Set<Promise<void>>();
  const track = (job: Promise<void>) => {
    running.add(job);
    void job.finally(() => running.delete(job));
  };

  async function sweep(): Promise<void> {
    const t = now();
    // Nonces outlive the accepted clock skew twice over; older requests are refused by time anyway.
    await forgetNoncesBefore(db, t - 2 * MAX_CLOCK_SKEW_MS);
    await forgetEndedSessions(db, t);
    await forgetOldAttempts(db, t);
    await forgetOldInvites(db, t);
    await forgetOldJobs(db, t);
    await forgetIntakeBefore(db, utcDay(t) - 7);
    db.tightenModes?.();
    await ensureEntryPartitions(db, t, t + 3 * WEEK_MS);
  }

  async function retention(): Promise<void> {
    if (!(await takeLease(db, 'retention', now(), RETENTION_LEASE_MS))) return;
    try {
      await runRetention(db, { now: now(), dropper: opts.dropper ?? null });
    } finally {
      await releaseLease(db, 'retention');
    }
  }

  const guarded = (name: string, job: () => Promise<void>) => () =>
    track(job().catch((e: unknown) => opts.onError(`${name}: ${(e as Error).message}`)));

  const timers = [
    setInterval(guarded('sweep', sweep), SWEEP_EVERY_MS),
    setInterval(guarded('retention', retention), RETENTION_EVERY_MS),
    // A first retention run soon after start, not a quarter of an hour later.
    setTimeout(guarded('retention', retention), 30_000),
  ];
  for (const t of timers) t.unref();

  return {
    retentionNow: retention,
    async stop() {
      for (const t of timers) clearInterval(t);
      await Promise.allSettled([...running]);
    },
  };
}
