// The `kiosk` command as a user runs it: a real process, real files, exit codes.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vectorsPresent, VECTORS_PATH } from '../support/vectors';

const BIN = resolve(__dirname, '../../bin/kiosk.mjs');
const run = (args: string[], cwd: string) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });

describe('kiosk CLI', () => {
  it.skipIf(!vectorsPresent)('runs the shared vectors: 65 passed, 0 failed', () => {
    const out = execFileSync(process.execPath, [BIN, 'vectors', VECTORS_PATH], {
      encoding: 'utf8',
    });
    expect(out.trim().split('\n').at(-1)).toBe('65 passed, 0 failed');
  });

  it('keygen → bundle → issue → verify gives green', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiosk-cli-'));
    const ok = (args: string[]) => {
      const r = run(args, dir);
      expect(r.status, r.stderr).toBe(0);
      return r.stdout;
    };
    const keygen = ok(['keygen', '--out', 'root']);
    expect(keygen).not.toMatch(/secretKey/);
    expect(statSync(join(dir, 'root.key')).mode & 0o777).toBe(0o600);
    ok(['keygen', '--out', 'issuer', '--name', 'Sở Y tế']);
    ok(['bundle', '--root-key', 'root.key', '--issuer', 'issuer.pub', '--out', 'bundle.json']);
    ok(['bundle', '--root-key', 'root.key', '--issuer', 'issuer.pub', '--out', 'bundle.json']);
    const payload = JSON.parse(
      Buffer.from(
        JSON.parse(readFileSync(join(dir, 'bundle.json'), 'utf8')).payload,
        'base64url',
      ).toString(),
    );
    expect(payload.seq).toBe(2); // the next seq after the bundle it replaces

    const lastDose = new Date(Date.now() - 30 * 86_400_000)
      .toISOString()
      .slice(0, 10)
      .replace(/-/g, '');
    const text = ok([
      'issue',
      '--key',
      'issuer.key',
      '--id',
      '001093029317',
      '--name',
      'Nguyễn Văn An',
      '--birth',
      '1990-02-03',
      '--qid',
      '987654321',
      '--vaccine',
      `2,2,${lastDose},AZ`,
      '--png',
      'pass.png',
      '--svg',
      'pass.svg',
    ]).trim();
    expect(text).toMatch(/^001093029317\|NGUYEN VAN AN\|1990-02-03\|0\|987654321\|.*<SIG=/);
    expect(readFileSync(join(dir, 'pass.png')).subarray(1, 4).toString()).toBe('PNG');
    expect(readFileSync(join(dir, 'pass.svg'), 'utf8')).toContain('<svg');

    const result = JSON.parse(
      ok(['verify', '--bundle', 'bundle.json', '--root', 'root.pub', text]),
    );
    expect(result).toMatchObject({
      format: 'pqr-signed',
      verdict: 'admit',
      color: 'green',
      reasons: ['VACCINATED_FULL'],
    });

    const other = JSON.parse(
      ok(['verify', '--bundle', 'bundle.json', '--root', 'issuer.pub', text]),
    );
    expect(other.reasons).toContain('BUNDLE_MISSING'); // the bundle is refused under a root it was not signed by
  });

  it('answers bad arguments and unreadable files with one line and exit code 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiosk-cli-'));
    for (const args of [
      ['nonsense'],
      ['vectors'],
      ['vectors', 'missing.json'],
      ['verify', '--bundle', 'missing.json', '--root', 'AAAA', 'x'],
      ['verify', '--bogus'],
      ['bundle', '--root-key', 'missing.key', '--issuer', 'x', '--out', 'b.json'],
      [
        'issue',
        '--key',
        'missing.key',
        '--id',
        '1',
        '--name',
        'A',
        '--birth',
        '1990-01-01',
        '--qid',
        '1',
      ],
    ]) {
      const r = run(args, dir);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n')[0]).toMatch(/^kiosk \w+: /);
    }
  });
});
