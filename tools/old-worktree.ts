// A checkout of an earlier commit in a temporary folder, with today's node_modules linked in,
// so that a script can build that commit's kiosk or run its store code. Shared by the release
// and schema fixture scripts; the folder is removed afterwards.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const REPO = resolve(import.meta.dirname, '..');

export interface OldWorktree {
  commit: string;
  dir: string;
  remove(): void;
}

export function checkOut(commit: string): OldWorktree {
  const full = execFileSync('git', ['rev-parse', '--verify', `${commit}^{commit}`], {
    cwd: REPO,
    encoding: 'utf8',
  }).trim();
  const dir = join(mkdtempSync(join(tmpdir(), 'kiosk-old-')), 'tree');
  execFileSync('git', ['worktree', 'add', '--detach', dir, full], { cwd: REPO, stdio: 'ignore' });
  // Every package an older commit uses is still a dependency today, at a compatible version.
  if (!existsSync(join(dir, 'node_modules')))
    symlinkSync(join(REPO, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return {
    commit: full,
    dir,
    remove() {
      execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: REPO, stdio: 'ignore' });
      rmSync(resolve(dir, '..'), { recursive: true, force: true });
    },
  };
}
