// A real small file system for the disk-full drills: a tmpfs of a few MB, mounted on a temp
// directory (root only, as in CI). Where it cannot be mounted the drills that need a real full
// disk are skipped, loudly, and the guard drill simulates the free-space reading instead.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SmallDisk {
  dir: string;
  freeBytes(): number;
  /** Writes a filler file so that about `leaveBytes` stay free. */
  fill(leaveBytes: number): void;
  /** Removes the filler. */
  free(): void;
  unmount(): void;
}

export function mountSmallDisk(sizeMb: number): SmallDisk | null {
  if (process.getuid?.() !== 0) return null;
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-small-disk-'));
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeMb}m,mode=0700`, 'tmpfs', dir]);
  if (r.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
  const filler = join(dir, 'filler');
  const freeBytes = () => {
    const s = statfsSync(dir);
    return Number(s.bavail) * Number(s.bsize);
  };
  return {
    dir,
    freeBytes,
    fill(leaveBytes) {
      rmSync(filler, { force: true });
      const size = freeBytes() - leaveBytes;
      if (size > 0) writeFileSync(filler, Buffer.alloc(size));
    },
    free: () => rmSync(filler, { force: true }),
    unmount() {
      spawnSync('umount', ['-l', dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function warnNoSmallDisk(what: string): void {
  console.warn(`\n!!! cannot mount a tmpfs here (needs root): ${what}\n`);
}
