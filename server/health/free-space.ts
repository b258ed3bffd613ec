// The free-space guard: below `minFreeBytes` on the data directory's file system the server
// refuses uploads (507, and a log line) instead of letting the database fill the disk — a
// database that runs out of space mid-write is far worse off than a kiosk that keeps its
// entries a little longer. No free byte at all is never ok, whatever the threshold. The reading is cached for a second (statfs is cheap, but uploads
// can come hundreds a second). With PostgreSQL the database's own disk is elsewhere: watch it
// there; this guard still protects the data directory.
import { statfsSync } from 'node:fs';

export interface FreeSpace {
  freeBytes: number;
  minFreeBytes: number;
  ok: boolean;
}

export interface FreeSpaceGuard {
  read(): FreeSpace;
}

export const DEFAULT_MIN_FREE_BYTES = 256 * 1024 * 1024;

export function statfsFreeBytes(dir: string): number {
  const s = statfsSync(dir);
  return Number(s.bavail) * Number(s.bsize);
}

export function freeSpaceGuard(opts: {
  dir: string;
  minFreeBytes: number;
  /** How to read the free bytes (a test may simulate it where it cannot mount a small disk). */
  reader?: (dir: string) => number;
  now?: () => number;
}): FreeSpaceGuard {
  const reader = opts.reader ?? statfsFreeBytes;
  const now = opts.now ?? Date.now;
  let cached: { at: number; value: FreeSpace } | null = null;
  return {
    read() {
      const t = now();
      if (cached && t - cached.at < 1000) return cached.value;
      const freeBytes = reader(opts.dir);
      const value = {
        freeBytes,
        minFreeBytes: opts.minFreeBytes,
        ok: freeBytes > opts.minFreeBytes,
      };
      cached = { at: t, value };
      return value;
    },
  };
}
