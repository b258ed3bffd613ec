// `npm start`'s demo set-up across restarts, and the server-side CLI commands (venue, root,
// bundle publish) both with the server stopped (they open the database) and running (they go
// through its admin API). PGlite only: what is tested here is the data directory's life.
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { DAY_MS, encodeB64u } from '../../src/core';
import { generateKeyPair } from '../../src/issuer/keys';
import { buildTrustBundle } from '../../src/issuer/trust-bundle-builder';
import { startServer } from '../../server/start-server';
import { startServerProcess } from '../sync/support/server-process';
import { pgliteDataDir } from './support/pglite-template';
import { freePort } from './support/temp-postgres';
import { acceptInviteLink, getPage, sessionFrom, sessionOf, signIn } from './support/page-client';
import { enrollRaw, enrollTestDevice, sendSigned } from './support/signed-client';
import { TEST_SCRYPT } from './support/test-server';

const BIN = resolve(import.meta.dirname, '../../bin/kiosk.mjs');
// Async while this process serves: a blocking spawn would stop the server answering the CLI.
const kioskAsync = promisify(execFile);
const kiosk = (args: string[], cwd: string) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });

describe('demo set-up of npm start', () => {
  it('is made once, reused on restart, and a used code is replaced by a fresh one', async () => {
    const dataDir = await pgliteDataDir();
    const start = () =>
      startServer({ dataDir, port: 0, demo: true, logLevel: 'error', scrypt: TEST_SCRYPT });
    const first = await start();
    const demo1 = first.demo!;
    expect(demo1).toMatchObject({ codeReused: false, bundleSeq: 1 });
    // The demo owner's password exists once: printed at this start, never again.
    expect(demo1.owner.login).toBe('demo');
    expect(demo1.owner.password).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
    const signedIn = await signIn(first.url, 'demo', demo1.owner.password!);
    expect(signedIn.status).toBe(303);
    expect(signedIn.headers.get('location')).toBe('/admin');
    expect(demo1.enrollment.text).toBe(`KIOSK-ENROLL|${first.url}|${demo1.enrollment.code}`);
    await first.close();

    const second = await start();
    expect(second.demo!.owner).toEqual({ login: 'demo', password: null });
    expect(second.demo).toMatchObject({
      venueId: demo1.venueId,
      codeReused: true,
      bundleSeq: 1,
      enrollment: { code: demo1.enrollment.code },
    });
    const enrolled = await enrollRaw(second.url, demo1.enrollment.code, generateKeyPair());
    expect(enrolled.status).toBe(200);
    expect((enrolled.body as { roots: string[]; bundle: string | null }).roots).toHaveLength(1);
    expect((enrolled.body as { bundle: string | null }).bundle).not.toBeNull();
    expect((await second.ops.listVenues()).length).toBe(1);
    await second.close();

    const third = await start();
    expect(third.demo).toMatchObject({ venueId: demo1.venueId, codeReused: false });
    expect(third.demo!.enrollment.code).not.toBe(demo1.enrollment.code);
    expect(await third.ops.enrollmentCodeState(third.demo!.enrollment.code)).toBe('usable');
    await third.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
});

describe('demo mode only when asked for', () => {
  it('is refused on a host other machines can reach', async () => {
    const dataDir = await pgliteDataDir();
    try {
      for (const host of ['0.0.0.0', '192.168.1.10', '::'])
        await expect(
          startServer({ dataDir, port: 0, demo: true, host, logLevel: 'error' }),
        ).rejects.toThrow(/allowed on a loopback host only/);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('kiosk start without --demo serves no demo, and removes the demo root and bundle an earlier demo left, and disables the demo owner', async () => {
    const dataDir = await pgliteDataDir();
    try {
      const startDemo = () =>
        startServer({ dataDir, port: 0, demo: true, logLevel: 'error', scrypt: TEST_SCRYPT });
      const demo = await startDemo();
      expect((await fetch(`${demo.url}/demo`)).status).toBe(200);
      expect(await demo.ops.listRoots()).toHaveLength(1);
      const password = demo.demo!.owner.password!;
      const session = sessionOf(demo.url, await signIn(demo.url, 'demo', password));
      expect((await getPage(session, '/admin')).status).toBe(200);
      await demo.close();

      const port = await freePort();
      const plain = await startServerProcess(dataDir, port, {}, []);
      try {
        expect(plain.output()).toMatch(/demo removed: root \S{11} and 1 demo bundle\(s\)/);
        expect(plain.output()).toMatch(/demo owner account 'demo' is disabled/);
        expect((await fetch(`${plain.url}/demo`)).status).toBe(404);
        expect((await fetch(`${plain.url}/api/bundle`)).status).toBe(404);
        // The printed password no longer signs in, and the session it made is gone.
        expect((await signIn(plain.url, 'demo', password)).headers.get('location')).not.toBe(
          '/admin',
        );
        const stale = sessionFrom(plain.url, session.cookie);
        expect((await getPage(stale, '/admin')).status).not.toBe(200);
      } finally {
        await plain.stop();
      }
      expect(existsSync(join(dataDir, 'demo'))).toBe(false);
      // Started again (the CLI's default is no demo): nothing more to remove.
      const again = await startServer({ dataDir, port: 0, logLevel: 'error' });
      expect(again.demoRemoved).toBeNull();
      expect(await again.ops.listRoots()).toEqual([]);
      const owner = (await again.ops.listUsers()).find((u) => u.login === 'demo');
      expect(owner?.disabledAt).not.toBeNull();
      await again.close();

      // A later demo start enables the owner again, with a new password printed once.
      const redemo = await startDemo();
      const fresh = redemo.demo!.owner.password;
      expect(fresh).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
      expect(fresh).not.toBe(password);
      expect((await signIn(redemo.url, 'demo', fresh!)).headers.get('location')).toBe('/admin');
      await redemo.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90_000);
});

describe('kiosk venue, root and bundle publish', () => {
  it('work on a stopped server through its database, and on a running one through its API', async () => {
    const dataDir = await pgliteDataDir();
    const cwd = join(dataDir, '..');
    const ok = (args: string[]) => {
      const r = kiosk([...args, '--data', dataDir], cwd);
      expect(r.status, r.stderr).toBe(0);
      return r.stdout;
    };
    // Keys and a bundle as `kiosk keygen` and `kiosk bundle` make them (tested in test/cli).
    const root = generateKeyPair();
    const issuer = generateKeyPair();
    const now = Date.now();
    const bundleFile = join(dataDir, 'bundle.json');
    const rootPub = join(dataDir, 'root.pub');
    writeFileSync(
      rootPub,
      JSON.stringify({ kid: root.kid, publicKey: encodeB64u(root.publicKey) }),
    );
    const validity = { validFrom: now - DAY_MS, validUntil: now + 365 * DAY_MS };
    const envelope = buildTrustBundle(
      {
        seq: 1,
        issuedAt: now,
        expiresAt: now + 14 * DAY_MS,
        issuers: [{ ...issuer, name: 'I', ...validity }],
      },
      root,
    );
    writeFileSync(bundleFile, JSON.stringify(envelope));

    const unsigned = kiosk(['bundle', 'publish', bundleFile, '--data', dataDir], cwd);
    expect(unsigned.status).toBe(1);
    expect(unsigned.stderr).toMatch(/NO_ROOTS/);
    expect(ok(['root', 'add', rootPub])).toMatch(/^root \S{11} added/);
    expect(ok(['bundle', 'publish', bundleFile])).toMatch(/bundle seq 1 published/);
    const again = kiosk(['bundle', 'publish', bundleFile, '--data', dataDir], cwd);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/BUNDLE_NOT_NEWER/);
    const created = ok(['venue', 'create', 'Quầy lễ tân', '--png', join(dataDir, 'code.png')]);
    expect(created).toMatch(/venue "Quầy lễ tân" created/);
    expect(created).toMatch(
      /QR text: KIOSK-ENROLL\|http:\/\/127\.0\.0\.1:8080\|[0-9A-Z]{5}-[0-9A-Z]{5}/,
    );
    expect(existsSync(join(dataDir, 'code.png'))).toBe(true);
    expect(kiosk(['venue', 'create'], cwd).status).toBe(2);

    const server = await startServer({ dataDir, port: 0, logLevel: 'error' });
    try {
      const { stdout: viaApi } = await kioskAsync(
        process.execPath,
        [BIN, 'venue', 'code', 'Quầy lễ tân', '--data', dataDir],
        { cwd },
      );
      expect(viaApi).toContain(`QR text: KIOSK-ENROLL|${server.url}|`);
      const code = /enrollment code (\S+)/.exec(viaApi)![1]!;
      expect(await server.ops.enrollmentCodeState(code)).toBe('usable');
      const { stdout: list } = await kioskAsync(
        process.execPath,
        [BIN, 'venue', 'list', '--data', dataDir],
        { cwd },
      );
      expect(list).toMatch(/Quầy lễ tân {2}devices 0 {2}keeps 30 days/);
    } finally {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90_000);
});

describe('kiosk bundle with a next root, publish and status', () => {
  it('rotates the root from the command line and says how many kiosks took each bundle', async () => {
    const dataDir = await pgliteDataDir();
    const cwd = join(dataDir, '..');
    const ok = (args: string[]) => {
      const r = kiosk(args, dataDir);
      expect(r.status, r.stderr).toBe(0);
      return r.stdout;
    };
    const viaServer = async (args: string[]) =>
      (await kioskAsync(process.execPath, [BIN, ...args, '--data', dataDir], { cwd })).stdout;
    ok(['keygen', '--out', 'old-root']);
    ok(['keygen', '--out', 'new-root']);
    ok(['keygen', '--out', 'issuer']);
    const oldKid = JSON.parse(readFileSync(join(dataDir, 'old-root.pub'), 'utf8')).kid as string;
    const newKid = JSON.parse(readFileSync(join(dataDir, 'new-root.pub'), 'utf8')).kid as string;
    ok(['bundle', '--root-key', 'old-root.key', '--issuer', 'issuer.pub', '--out', 'b1.json']);
    expect(
      ok([
        'bundle',
        '--root-key',
        'old-root.key',
        '--issuer',
        'issuer.pub',
        '--prev',
        'b1.json',
        '--next-root',
        'new-root.pub',
        '--out',
        'b2.json',
      ]),
    ).toMatch(new RegExp(`bundle seq 2, .*next root ${newKid} from `));
    expect(
      kiosk(
        [
          'bundle',
          '--root-key',
          'old-root.key',
          '--issuer',
          'issuer.pub',
          '--next-root',
          'old-root.pub',
          '--out',
          'x.json',
        ],
        dataDir,
      ).stderr,
    ).toMatch(/must differ/);

    const server = await startServer({ dataDir, port: 0, logLevel: 'error' });
    try {
      await server.ops.addRoot(
        JSON.parse(readFileSync(join(dataDir, 'old-root.pub'), 'utf8')).publicKey,
      );
      expect(await viaServer(['bundle', 'status'])).toMatch(/no bundle is published/);
      expect(await viaServer(['bundle', 'publish', join(dataDir, 'b1.json')])).toMatch(
        /taken so far by 0 of 0 kiosks/,
      );
      const { enrollment } = await server.ops.createVenue('Quầy');
      const device = await enrollTestDevice(server.url, enrollment.code);
      const report = (bundleSeq: number) =>
        sendSigned(
          device,
          {
            pending: 0,
            appVersion: '0.2.0',
            bundleSeq,
            bundleIssuedAt: null,
            reportedAt: Date.now(),
          },
          { path: '/api/sync/status' },
        );
      await report(1);
      expect(await viaServer(['bundle', 'status'])).toMatch(
        /bundle seq 1: taken by 1 of 1 kiosk$/m,
      );

      const published = await viaServer(['bundle', 'publish', join(dataDir, 'b2.json')]);
      expect(published).toContain(`next root ${newKid}: kiosks pin it`);
      expect(published).toMatch(/taken so far by 0 of 1 kiosk;/);
      await report(2);
      expect(await viaServer(['bundle', 'status'])).toMatch(
        /bundle seq 2: taken by 1 of 1 kiosk$/m,
      );

      ok([
        'bundle',
        '--root-key',
        'new-root.key',
        '--issuer',
        'issuer.pub',
        '--prev',
        'b2.json',
        '--out',
        'b3.json',
      ]);
      const handover = await viaServer(['bundle', 'publish', join(dataDir, 'b3.json')]);
      expect(handover).toContain(`root ${oldKid} retired`);
      expect((await server.ops.listRoots()).map((r) => r.kid)).toEqual([newKid]);
    } finally {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90_000);
});

describe('kiosk user', () => {
  it('invites, lists and disables accounts through the running server', async () => {
    const dataDir = await pgliteDataDir();
    const cwd = join(dataDir, '..');
    const server = await startServer({ dataDir, port: 0, logLevel: 'error', scrypt: TEST_SCRYPT });
    try {
      await server.ops.createVenue('Quầy lễ tân');
      // An invite link through the running server, then list and disable.
      const { stdout: invited } = await kioskAsync(
        process.execPath,
        [
          BIN,
          'user',
          'invite',
          '--role',
          'owner',
          '--venue',
          'Quầy lễ tân',
          '--login',
          'le.tan',
          '--data',
          dataDir,
        ],
        { cwd },
      );
      const link = /(http:\/\/\S+\/invite\/[A-Za-z0-9_-]{43})/.exec(invited)![1]!;
      expect(link.startsWith(server.url)).toBe(true);
      expect((await acceptInviteLink(link, 'le.tan', 'a long enough password')).status).toBe(303);
      const { stdout: users } = await kioskAsync(
        process.execPath,
        [BIN, 'user', 'list', '--data', dataDir],
        { cwd },
      );
      expect(users).toMatch(/^le\.tan {2}owner {2}venues \S+/m);
      const { stdout: disabled } = await kioskAsync(
        process.execPath,
        [BIN, 'user', 'disable', 'le.tan', '--data', dataDir],
        { cwd },
      );
      expect(disabled).toContain('le.tan disabled');
      expect((await signIn(server.url, 'le.tan', 'a long enough password')).status).toBe(401);
    } finally {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90_000);
});
