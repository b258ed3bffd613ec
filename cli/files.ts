// Reading and writing the CLI's files, with errors that say which file and why.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fail } from './usage-error';

export function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    fail(
      `cannot read ${what} ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    );
  }
}

export function readJson(path: string, what: string): unknown {
  const text = readText(path, what);
  try {
    return JSON.parse(text);
  } catch {
    fail(`${what} ${path} is not valid JSON`);
  }
}

/** Writes a file; `secret` files are created readable by their owner only. */
export function writeText(
  path: string,
  text: string,
  opts: { secret?: boolean; overwrite?: boolean } = {},
): void {
  if (!opts.overwrite && existsSync(path))
    fail(`${path} exists already (use --force to replace it)`);
  try {
    writeFileSync(path, text, { mode: opts.secret ? 0o600 : 0o644 });
  } catch (e) {
    fail(`cannot write ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}
