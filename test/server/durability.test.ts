// Durable commits. PGlite (0.5) runs PostgreSQL with fsync off and its Node file system has no
// fsync; server/db/durable-node-fs.ts gives it one and turns fsync on. Proof: strace shows that
// a commit writes the WAL and then fsyncs that WAL file before the INSERT returns — and that
// the same commit on PGlite as it comes makes no fsync at all (what the server did before).
// Skipped, loudly, where strace is missing (apt-get install -y strace).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const hasStrace = spawnSync('strace', ['-V']).status === 0;
if (!hasStrace)
  console.warn('\n!!! strace not found: SKIPPING the fsync proof (apt-get install -y strace)\n');

/** The system calls between the two markers, as `call(fd<path>)` lines. */
function callsOfOneCommit(mode: 'durable' | 'fast'): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'kiosk-durable-'));
  const log = join(dir, 'strace.log');
  try {
    const child = resolve(import.meta.dirname, 'support/commit-child.ts');
    const r = spawnSync(
      'strace',
      [
        '-f',
        '-y',
        '-e',
        'trace=fsync,fdatasync,pwrite64,write,sync_file_range',
        '-o',
        log,
        process.execPath,
        '--import',
        'tsx',
        child,
        join(dir, 'pglite'),
        mode,
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(r.status, r.stderr).toBe(0);
    const lines = readFileSync(log, 'utf8').split('\n');
    const from = lines.findIndex((l) => l.includes('MARK-BEFORE-COMMIT'));
    const to = lines.findIndex((l) => l.includes('MARK-AFTER-COMMIT'));
    expect(from).toBeGreaterThanOrEqual(0);
    expect(to).toBeGreaterThan(from);
    return lines.slice(from + 1, to).map((l) => l.replace(/^\d+\s+/, ''));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.runIf(hasStrace)('durable commits on PGlite', () => {
  it('a commit writes the WAL, then fsyncs that WAL file, before it returns', () => {
    const calls = callsOfOneCommit('durable');
    const walWrite = calls.findIndex((c) => /^pwrite64\(\d+<[^>]*\/pg_wal\/[0-9A-F]{24}>/.test(c));
    const walSync = calls.findIndex((c) =>
      /^(fsync|fdatasync)\(\d+<[^>]*\/pg_wal\/[0-9A-F]{24}>\)\s+= 0/.test(c),
    );
    expect(walWrite, calls.join('\n')).toBeGreaterThanOrEqual(0);
    expect(walSync, calls.join('\n')).toBeGreaterThan(walWrite);
  }, 150_000);

  it('PGlite as it comes makes no fsync for the same commit (the gap this closes)', () => {
    const calls = callsOfOneCommit('fast');
    expect(calls.some((c) => /^pwrite64\(\d+<[^>]*\/pg_wal\//.test(c))).toBe(true);
    expect(calls.filter((c) => /^(fsync|fdatasync)\(/.test(c))).toEqual([]);
  }, 150_000);
});
