// Watches the database from inside the server: a `SELECT 1` every few seconds, with a deadline.
// It keeps the last latency for /api/health, and when the database has not answered for
// `deadAfterMs` it calls `onDead` — `kiosk start` exits non-zero there, so that its supervisor
// (systemd, a container runtime) restarts it: a server that cannot store anything must not sit
// there answering 503 for ever, nor hang.
import type { Database } from '../db/database';
import { withDeadline } from '../db/timed-database';

export interface DatabaseProbe {
  ok: boolean;
  latencyMs: number | null;
  error?: string;
}

export interface DatabaseMonitor {
  /** One probe now (health checks call it). */
  probe(): Promise<DatabaseProbe>;
  /** The last probe's outcome, and when the database last answered. */
  last(): DatabaseProbe & { lastOkAt: number };
  stop(): void;
}

export interface MonitorOptions {
  db: Database;
  intervalMs: number;
  timeoutMs: number;
  deadAfterMs: number;
  onDead(reason: string): void;
  now?: () => number;
}

export function startDatabaseMonitor(opts: MonitorOptions): DatabaseMonitor {
  const now = opts.now ?? Date.now;
  let lastOkAt = now();
  let last: DatabaseProbe = { ok: true, latencyMs: null };
  let dead = false;

  async function probe(): Promise<DatabaseProbe> {
    const t0 = performance.now();
    try {
      await withDeadline(opts.db.query('SELECT 1'), opts.timeoutMs);
      lastOkAt = now();
      last = { ok: true, latencyMs: Math.round((performance.now() - t0) * 10) / 10 };
    } catch (e) {
      last = { ok: false, latencyMs: null, error: (e as Error).message };
      if (!dead && now() - lastOkAt >= opts.deadAfterMs) {
        dead = true;
        opts.onDead(
          `the database has not answered for ${Math.round((now() - lastOkAt) / 1000)} s (${last.error})`,
        );
      }
    }
    return last;
  }

  const timer = setInterval(() => void probe(), opts.intervalMs);
  timer.unref();
  return {
    probe,
    last: () => ({ ...last, lastOkAt }),
    stop: () => clearInterval(timer),
  };
}
