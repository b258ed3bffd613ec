// docs/deploy, tested as far as this machine allows: the systemd units verify; the exact
// ExecStart lines of both units run (paths and %i replaced) on a PostgreSQL the test starts;
// a small TLS proxy configured as the Caddyfile is stands in front; kiosks enroll and sync over
// HTTPS; one process is killed; every entry arrives exactly once.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adminHttpClient } from '../../server/admin/admin-http-client';
import { openPostgresDatabase } from '../../server/db/postgres-database';
import { createSyncClient } from '../../src/sync';
import { memoryKiosk } from '../../bench/support/memory-outbox';
import { startServerProcess } from '../sync/support/server-process';
import { makeEntries } from './support/entries';
import { freePort, postgresBinDir, startTempPostgres } from './support/temp-postgres';
import { fetchTrusting, startTlsProxy } from './support/tls-round-robin-proxy';

const ROOT = resolve(import.meta.dirname, '../..');
const DEPLOY = join(ROOT, 'docs/deploy');
const unit = (name: string) => readFileSync(join(DEPLOY, name), 'utf8');

/** The ExecStart line of a unit as arguments, continuation lines joined, %i and paths replaced. */
function execStart(text: string, replace: Record<string, string>): string[] {
  const line = /^ExecStart=((?:[^\n]*\\\n)*[^\n]*)/m.exec(text)![1]!.replace(/\\\n\s*/g, ' ');
  let out = line;
  for (const [from, to] of Object.entries(replace)) out = out.split(from).join(to);
  return out.trim().split(/\s+/);
}

const hasSystemd = spawnSync('systemd-analyze', ['--version']).status === 0;
const hasOpenssl = spawnSync('openssl', ['version']).status === 0;

describe('the deployment example', () => {
  it.runIf(hasSystemd)('has units systemd-analyze accepts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiosk-units-'));
    try {
      const r = spawnSync(
        'systemd-analyze',
        ['verify', join(DEPLOY, 'kiosk-migrate.service'), join(DEPLOY, 'kiosk@.service')],
        { encoding: 'utf8' },
      );
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).not.toMatch(/Unknown key|Invalid|Failed to parse/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.runIf(postgresBinDir() !== null && hasOpenssl)(
    'runs as written: migrate, two servers, TLS round robin, one killed, every entry once',
    async () => {
      const work = mkdtempSync(join(tmpdir(), 'kiosk-deploy-'));
      const cluster = await startTempPostgres();
      try {
        spawnSync('openssl', [
          'req',
          '-x509',
          '-newkey',
          'ec',
          '-pkeyopt',
          'ec_paramgen_curve:prime256v1',
          '-nodes',
          '-keyout',
          join(work, 'key.pem'),
          '-out',
          join(work, 'cert.pem'),
          '-days',
          '1',
          '-subj',
          '/CN=127.0.0.1',
          '-addext',
          'subjectAltName=IP:127.0.0.1',
        ]);
        const cert = readFileSync(join(work, 'cert.pem'), 'utf8');
        const key = readFileSync(join(work, 'key.pem'), 'utf8');
        const env = {
          ...process.env,
          DATABASE_URL: await cluster.createDatabase('deploy'),
          KIOSK_ADMIN_TOKEN: 'deploy-example-operator-secret-0123456789',
          LOG_LEVEL: 'error',
        };
        const paths = {
          '/usr/bin/node': process.execPath,
          '/opt/kiosk': ROOT,
          '/var/lib/kiosk': work,
        };
        const migrate = execStart(unit('kiosk-migrate.service'), paths);
        const m = spawnSync(migrate[0]!, migrate.slice(1), { env, encoding: 'utf8', cwd: ROOT });
        expect(m.status, m.stderr).toBe(0);

        const ports = [await freePort(), await freePort()];
        const proxyPort = await freePort();
        const publicUrl = `https://127.0.0.1:${proxyPort}`;
        const servers = await Promise.all(
          ports.map((port) => {
            const args = execStart(unit('kiosk@.service'), {
              ...paths,
              '%i': String(port),
              'https://kiosk.example.vn': publicUrl,
              [`${ROOT}/dist`]: join(ROOT, 'dist'),
            });
            // startServerProcess adds `start --no-build --data D --port P`: pass the rest.
            const rest = args.slice(args.indexOf('start') + 1);
            const keep: string[] = [];
            let data = '';
            for (let i = 0; i < rest.length; i++) {
              if (rest[i] === '--data') data = rest[++i]!;
              else if (rest[i] === '--port') i++;
              else if (rest[i] !== '--no-build') keep.push(rest[i]!);
            }
            mkdirSync(data, { recursive: true, mode: 0o700 });
            return startServerProcess(data, port, env, keep);
          }),
        );
        const proxy = await startTlsProxy(
          servers.map((s) => s.url),
          { cert, key },
        );
        const tlsFetch = fetchTrusting(cert);
        const health = await tlsFetch(
          `${proxy.url.replace(/:\d+$/, `:${proxyPort}`)}/api/health`,
        ).catch(() => null);
        expect(health).toBeNull(); // the proxy listens on its own port; kiosks use publicUrl below
        const admin = adminHttpClient(servers[0]!.url, env.KIOSK_ADMIN_TOKEN);
        const { venue } = await admin.createVenue('Triển khai');
        const kiosks = await Promise.all(
          [0, 1, 2].map(async () => {
            const kiosk = memoryKiosk();
            const client = createSyncClient({
              source: kiosk,
              fetch: tlsFetch,
              keyKind: 'auto',
              backoff: { baseMs: 40, maxMs: 400 },
              intervalMs: 60_000,
              timeoutMs: 5_000,
              network: { online: () => true, watch: () => () => {} },
            });
            const code = (await admin.newEnrollmentCode(venue.id)).code;
            // The enrollment QR carries --public-url: the proxy's address.
            expect((await admin.newEnrollmentCode(venue.id)).text).toContain(`|${publicUrl}|`);
            const enrolled = await client.enroll(proxy.url, code);
            if (!enrolled.ok) throw new Error(`enroll: ${enrolled.reason}`);
            Object.assign(kiosk, { device: enrolled.enrollment.device, serverUrl: proxy.url });
            for (const e of makeEntries(1200)) kiosk.add(e);
            return { kiosk, client };
          }),
        );
        const drain = () =>
          Promise.all(
            kiosks.map(async ({ kiosk, client }) => {
              for (let i = 0; kiosk.pending() > 0 && i < 200; i++) {
                await client.uploadPending({ force: true });
                if (kiosk.pending() > 0) await new Promise((r) => setTimeout(r, 50));
              }
            }),
          );
        const first = drain();
        await new Promise((r) => setTimeout(r, 300));
        await servers[1]!.stop('SIGKILL');
        await first;
        expect(kiosks.map(({ kiosk }) => kiosk.pending())).toEqual([0, 0, 0]);
        const readiness = await tlsFetch(`${proxy.url}/api/health`);
        expect(readiness.status).toBe(200);
        const db = await openPostgresDatabase(env.DATABASE_URL);
        const [row] = await db.query<{ n: number; d: number }>(
          'SELECT count(*) AS n, count(DISTINCT id) AS d FROM entries',
        );
        await db.close();
        expect(row).toEqual({ n: 3600, d: 3600 });
        kiosks.forEach(({ client }) => client.dispose());
        await proxy.close();
        await Promise.all(servers.map((s) => s.stop()));
      } finally {
        await cluster.stop();
        rmSync(work, { recursive: true, force: true });
      }
    },
    180_000,
  );
});
