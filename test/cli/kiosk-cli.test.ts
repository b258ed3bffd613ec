// The `kiosk` command as a user runs it: a real process, real files, exit codes.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleEntryOf, importDccSigningKey } from '../../src/issuer/dcc/signing-key';
import { vectorPath } from '../support/vectors';

const BIN = resolve(__dirname, '../../bin/kiosk.mjs');
const run = (args: string[], cwd: string) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });

describe('kiosk CLI', () => {
  it.each([
    ['pqr-v1.json', '65 passed, 0 failed'],
    ['dcc-v1.json', '343 passed, 0 failed'],
  ] as const)('runs the vectors %s: %s', (name, last) => {
    const out = execFileSync(process.execPath, [BIN, 'vectors', vectorPath(name)], {
      encoding: 'utf8',
    });
    expect(out.trim().split('\n').at(-1)).toBe(last);
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

  it('dcc signer → bundle --dcc-signer → dcc issue → verify gives green, for ES256 and PS256', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiosk-cli-'));
    const ok = (args: string[]) => {
      const r = run(args, dir);
      expect(r.status, r.stderr).toBe(0);
      return r.stdout;
    };
    ok(['keygen', '--out', 'root']);
    ok(['dcc', 'signer', '--out', 'es', '--usage', 'v,r']);
    ok(['dcc', 'signer', '--out', 'rsa', '--alg', 'PS256', '--usage', 'none', '--country', 'DE']);
    expect(statSync(join(dir, 'es.dsc.json')).mode & 0o777).toBe(0o600);
    // The RSA DSC as DER in a folder of its own; the ES256 one as PEM.
    const der = Buffer.from(
      readFileSync(join(dir, 'rsa.crt'), 'utf8').replace(/-----[A-Z ]+-----|\s/g, ''),
      'base64',
    );
    mkdirSync(join(dir, 'dscs'));
    writeFileSync(join(dir, 'dscs', 'rsa.der'), der);
    writeFileSync(join(dir, 'dscs', 'notes.txt'), 'not a certificate');
    ok([
      'bundle',
      '--root-key',
      'root.key',
      '--dcc-signer',
      'es.crt',
      '--dcc-signers-dir',
      'dscs',
      '--out',
      'b.json',
    ]);

    // What the CLI read from the X.509 files is what the issuer made them with.
    const payload = JSON.parse(
      Buffer.from(
        JSON.parse(readFileSync(join(dir, 'b.json'), 'utf8')).payload,
        'base64url',
      ).toString(),
    );
    const keys = await Promise.all(
      ['es', 'rsa'].map(async (n) =>
        bundleEntryOf(
          (await importDccSigningKey(
            JSON.parse(readFileSync(join(dir, `${n}.dsc.json`), 'utf8')),
          ))!,
        ),
      ),
    );
    expect(payload.issuers).toEqual([]);
    expect(payload.dccSigners).toEqual(
      keys.map((k) => ({
        kid: k.kid,
        country: k.country,
        spki: Buffer.from(k.spki).toString('base64url'),
        validFrom: new Date(k.validFrom).toISOString().replace('.000Z', 'Z'),
        validUntil: new Date(k.validUntil).toISOString().replace('.000Z', 'Z'),
        ...(k.usage ? { usage: k.usage } : {}),
      })),
    );
    expect(payload.dccSigners[0].usage).toEqual(['v', 'r']);
    expect(payload.dccSigners[1]).not.toHaveProperty('usage'); // no DCC EKU: all three

    const today = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
    for (const signer of ['es', 'rsa']) {
      const text = ok([
        'dcc',
        'issue',
        '--signer',
        `${signer}.dsc.json`,
        '--family',
        'Nguyễn',
        '--given',
        'Văn An',
        '--dob',
        '1990-02-03',
        '--vaccine',
        `2,2,${today}`,
        '--png',
        `${signer}.png`,
      ]).trim();
      expect(text).toMatch(/^HC1:[0-9A-Z $%*+\-./:]+$/);
      expect(
        readFileSync(join(dir, `${signer}.png`))
          .subarray(1, 4)
          .toString(),
      ).toBe('PNG');
      const result = JSON.parse(ok(['verify', '--bundle', 'b.json', '--root', 'root.pub', text]));
      expect(result).toMatchObject({
        format: 'dcc',
        verdict: 'admit',
        color: 'green',
        reasons: ['VACCINATED_FULL'],
        holder: { name: 'NGUYEN VAN AN', birthYear: 1990 },
      });
    }
  });

  it('answers bad arguments and unreadable files with one line and exit code 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiosk-cli-'));
    writeFileSync(join(dir, 'not-a-cert.pem'), 'hello');
    for (const args of [
      ['nonsense'],
      ['vectors'],
      ['vectors', 'missing.json'],
      ['verify', '--bundle', 'missing.json', '--root', 'AAAA', 'x'],
      ['verify', '--bogus'],
      ['bundle', '--root-key', 'missing.key', '--issuer', 'x', '--out', 'b.json'],
      ['bundle', '--root-key', 'x.key', '--dcc-signer', 'not-a-cert.pem', '--out', 'b.json'],
      ['bundle', '--root-key', 'x.key', '--dcc-signers-dir', 'nowhere', '--out', 'b.json'],
      ['dcc', 'signer', '--out', 'x', '--alg', 'ES384'],
      [
        'dcc',
        'issue',
        '--signer',
        'missing.dsc.json',
        '--family',
        'A',
        '--dob',
        '1990-01-01',
        '--vaccine',
        '1,2,2021-01-01',
      ],
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
