// `kiosk start`: builds the kiosk, starts the sync server on embedded PGlite (or PostgreSQL
// with DATABASE_URL) and serves the kiosk on the same origin. `npm start` is `kiosk start
// --demo`: demo keys, a demo bundle, a demo venue and an enrollment code, on this machine
// only; later runs reuse them and print a fresh code only when the old one was used. The demo
// owner's password is printed once, at the first start (no token in any URL). Nothing to
// install beyond `npm ci`.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import QRCode from 'qrcode';
import { AdminError } from '../../server/admin/admin-error';
import { DEMO_LOGIN } from '../../server/demo/demo-owner';
import { startServer, StartRefused, type ServerHandle } from '../../server/start-server';
import { DATA_OPTION, dataDirOf, printTicket, refusalOf } from '../admin-connection';
import { parseCountArg } from '../time-args';
import { fail } from '../usage-error';

const USAGE =
  'usage: kiosk start [--port N] [--host ADDR] [--data DIR] [--out DIR] [--no-build] [--demo]\n' +
  '  [--public-url URL] [--cert FILE --key FILE] [--trust-proxy] [--multi-server] [--no-migrate]\n' +
  '  [--db-pool N] [--min-free-mb N]\n' +
  '  --demo        demo keys, venue and the /demo page of codes (loopback --host only)\n' +
  '  --host 0.0.0.0 serves the LAN (a kiosk on another device needs HTTPS for its camera: --cert/--key)\n' +
  '  --trust-proxy  behind a TLS reverse proxy (its X-Forwarded-Proto/-For decide Secure cookies and client addresses)\n' +
  '  --multi-server  one of several processes on DATABASE_URL (see docs/scaling.md)';

async function buildKiosk(outDir: string): Promise<void> {
  console.log(`building the kiosk into ${outDir} …`);
  const { build } = await import('vite');
  // The repository's vite.config.ts, wherever the command is run from.
  const root = fileURLToPath(new URL('../../', import.meta.url));
  await build({ root, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}

function durabilityLine(server: ServerHandle): string {
  if (server.db.kind === 'postgres')
    return server.db.durability === 'fsync'
      ? 'durability: PostgreSQL with fsync on: a stored entry survives a power cut'
      : 'durability: WARNING PostgreSQL runs with fsync or synchronous_commit off: a power cut may lose acknowledged entries';
  return server.db.durability === 'fsync'
    ? 'durability: PGlite with fsync on every commit: a stored entry survives a power cut of this machine (one process; back up with kiosk backup)'
    : 'durability: WARNING PGlite without fsync: a power cut may lose acknowledged entries';
}

async function printSummary(server: ServerHandle, dataDir: string): Promise<void> {
  const database =
    server.db.kind === 'pglite'
      ? `PGlite in ${join(dataDir, 'pglite')}`
      : 'PostgreSQL (DATABASE_URL)';
  const removed = server.demoRemoved;
  if (removed?.rootKid)
    console.log(
      `demo removed: root ${removed.rootKid} and ${removed.bundles} demo bundle(s) are no longer trusted or served`,
    );
  if (removed?.ownerDisabled)
    console.log(
      `demo removed: the demo owner account '${DEMO_LOGIN}' is disabled and signed out everywhere`,
    );
  console.log(durabilityLine(server));
  console.log(`\nsync server ready on ${database}`);
  console.log(`  kiosk        ${server.url}/`);
  if (server.demo) console.log(`  demo codes   ${server.url}/demo`);
  const demo = server.demo;
  console.log(`  sign in      ${server.url}/login`);
  if (demo?.owner.password)
    console.log(
      `               owner "${demo.owner.login}", password ${demo.owner.password}  (shown this once; a new one: npx kiosk user reset ${demo.owner.login})`,
    );
  else if (demo)
    console.log(
      `               owner "${demo.owner.login}" (password printed at the first start; a new one: npx kiosk user reset ${demo.owner.login})`,
    );
  else console.log('               accounts: npx kiosk user invite --role owner --venue VENUE');
  console.log(
    `  admin API    ${server.url}/api/admin  (operator's token in ${join(dataDir, 'admin-token')} or KIOSK_ADMIN_TOKEN)`,
  );
  if (demo) {
    console.log(
      `\ndemo venue "${demo.venueName}", trust bundle seq ${demo.bundleSeq}${demo.codeReused ? ' (code printed before, still unused)' : ''}`,
    );
    const png = join(dataDir, 'enroll.png');
    await printTicket(demo.enrollment);
    await QRCode.toFile(png, demo.enrollment.text, {
      errorCorrectionLevel: 'M',
      margin: 2,
      width: 480,
    });
    console.log(`QR image: ${png}`);
  }
  console.log('stop with Ctrl+C');
}

export async function startCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...DATA_OPTION,
      port: { type: 'string' },
      host: { type: 'string' },
      out: { type: 'string' },
      'no-build': { type: 'boolean' },
      demo: { type: 'boolean' },
      'no-demo': { type: 'boolean' },
      'public-url': { type: 'string' },
      cert: { type: 'string' },
      key: { type: 'string' },
      'multi-server': { type: 'boolean' },
      'no-migrate': { type: 'boolean' },
      'db-pool': { type: 'string' },
      'min-free-mb': { type: 'string' },
      'trust-proxy': { type: 'boolean' },
    },
  });
  if (positionals.length || Boolean(values.cert) !== Boolean(values.key)) fail(USAGE);
  if (values.demo && values['no-demo']) fail('--demo and --no-demo: choose one');
  const port = parseCountArg(values.port ?? process.env.PORT, '--port', 8080);
  const poolSize = parseCountArg(values['db-pool'] ?? process.env.KIOSK_DB_POOL, '--db-pool', 8);
  const minFreeMb = parseCountArg(
    values['min-free-mb'] ?? process.env.KIOSK_MIN_FREE_MB,
    '--min-free-mb',
    256,
  );
  const envMs = (name: string, fallback: number) =>
    parseCountArg(process.env[name], name, fallback);
  const dataDir = resolve(dataDirOf(values));
  const outDir = resolve(values.out ?? 'dist');
  const multiServer = Boolean(values['multi-server']) || process.env.KIOSK_MULTI_SERVER === '1';
  const adminToken = process.env.KIOSK_ADMIN_TOKEN || undefined;
  if (!values['no-build']) await buildKiosk(outDir);
  let server: ServerHandle;
  try {
    server = await startServer({
      dataDir,
      port,
      host: values.host ?? '127.0.0.1',
      databaseUrl: process.env.DATABASE_URL || null,
      staticDir: outDir,
      demo: Boolean(values.demo),
      multiServer,
      migrate: values['no-migrate'] ? 'check' : 'apply',
      poolSize,
      minFreeBytes: minFreeMb * 1024 * 1024,
      dbTimeoutMs: envMs('KIOSK_DB_TIMEOUT_MS', 10_000),
      dbDeadAfterMs: envMs('KIOSK_DB_DEAD_AFTER_MS', 30_000),
      stallExitMs: envMs('KIOSK_STALL_EXIT_MS', 60_000),
      logLevel: process.env.LOG_LEVEL ?? 'warn',
      ...(adminToken ? { adminToken } : {}),
      ...(values['trust-proxy'] ? { trustProxy: true } : {}),
      ...(values['public-url'] ? { publicUrl: values['public-url'] } : {}),
      ...(values.cert && values.key
        ? { tls: { cert: readFileSync(values.cert), key: readFileSync(values.key) } }
        : {}),
    });
  } catch (e) {
    // A refusal the operator can act on (a weak KIOSK_ADMIN_TOKEN, a busy or open data
    // directory, a schema behind, a demo on a public address): one line, exit 1.
    const refusal =
      e instanceof AdminError
        ? `${e.code}: ${e.message}`
        : e instanceof StartRefused
          ? e.message
          : refusalOf(e);
    if (!refusal) throw e;
    console.error(`kiosk start: ${refusal}`);
    return 1;
  }
  await printSummary(server, dataDir);
  await new Promise<void>((done) => {
    const stop = () => void server.close().then(done, done);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
