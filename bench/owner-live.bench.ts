// `npm run bench:owner`: does the owner's live view stay responsive while 50 kiosks sync?
// The server runs as its own process, on PGlite (as `npm start`) and then on PostgreSQL (a
// temporary cluster, default durable settings) when its binaries are there, each with one
// venue of 50 enrolled devices and a day's worth of entries. Then:
//
//   idle     the live page (/admin/live) and the full page (/admin), one request at a time
//   busy     the same while all 50 devices upload a batch of 10 fresh entries every second,
//            send a status report every 5 seconds and ask for the venue's occupancy every
//            2 seconds (≈ 85 signed requests a second); the uploads' own latency beside it
//
// Figures are medians and 95th percentiles of each page's answer time in milliseconds. The
// target (p95 under 1 s while busy) is what "stays responsive" means for a page that reloads
// itself every 15 seconds. Kiosks, owner and server share this machine's cores.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adminHttpClient } from '../server/admin/admin-http-client';
import { toWireEntry } from '../src/sync/wire-entry';
import { makeEntry } from '../test/server/support/entries';
import { getPage, newAccount, type PageSession } from '../test/server/support/page-client';
import {
  enrollTestDevice,
  sendSigned,
  upload,
  type TestDevice,
} from '../test/server/support/signed-client';
import { freePort, postgresBinDir, startTempPostgres } from '../test/server/support/temp-postgres';
import { startServerProcess } from '../test/sync/support/server-process';
import { median, percentile, writeReport, type Metric } from './report';

const DEVICES = 50;
const SEEDED_PER_DEVICE = 200;
const BUSY_MS = 20_000;

async function timed(f: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await f();
  return performance.now() - t;
}

async function pageTimes(
  owner: PageSession,
  path: string,
  count: number,
  gapMs: number,
): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    times.push(
      await timed(async () => {
        const res = await getPage(owner, path);
        if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
        await res.text();
      }),
    );
    await new Promise((r) => setTimeout(r, gapMs));
  }
  return times;
}

/** One kiosk's traffic until `until`: uploads every second, status every 5 s, occupancy every 2 s. */
async function kiosk(device: TestDevice, until: number, uploadTimes: number[]): Promise<void> {
  for (let tick = 0; Date.now() < until; tick++) {
    const started = Date.now();
    const batch = Array.from({ length: 10 }, () => toWireEntry(makeEntry({ at: Date.now() })));
    uploadTimes.push(await timed(() => upload(device, batch)));
    if (tick % 5 === 0)
      await sendSigned(
        device,
        {
          pending: 0,
          appVersion: 'bench',
          bundleSeq: 1,
          bundleIssuedAt: Date.now(),
          reportedAt: Date.now(),
        },
        { path: '/api/sync/status' },
      );
    if (tick % 2 === 0) await sendSigned(device, {}, { path: '/api/sync/occupancy' });
    await new Promise((r) => setTimeout(r, Math.max(0, 1000 - (Date.now() - started))));
  }
}

async function run(
  backend: 'pglite' | 'postgres',
  env: NodeJS.ProcessEnv,
): Promise<Record<string, Metric>> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kiosk-owner-bench-'));
  const server = await startServerProcess(dataDir, await freePort(), env);
  try {
    const admin = adminHttpClient(
      server.url,
      readFileSync(join(dataDir, 'admin-token'), 'utf8').trim(),
    );
    const { venue, enrollment } = await admin.createVenue('Bench venue');
    const devices = [await enrollTestDevice(server.url, enrollment.code, 'Door 0')];
    for (let i = 1; i < DEVICES; i++)
      devices.push(
        await enrollTestDevice(
          server.url,
          (await admin.newEnrollmentCode(venue.id)).code,
          `Door ${i}`,
        ),
      );
    const dayStart = Date.now() - 6 * 3_600_000;
    await Promise.all(
      devices.map((d, i) =>
        upload(
          d,
          Array.from({ length: SEEDED_PER_DEVICE }, (_, k) =>
            toWireEntry(
              makeEntry({ at: dayStart + i * 1000 + k * 60_000, direction: k % 3 ? 'in' : 'out' }),
            ),
          ),
        ),
      ),
    );
    const owner = await newAccount(server.url, admin, { role: 'owner', venues: [venue.id] });
    const live = `/admin/live?venue=${venue.id}`;
    const full = `/admin?venue=${venue.id}`;
    await pageTimes(owner, live, 3, 0); // warm up
    const idleLive = await pageTimes(owner, live, 30, 50);
    const idleFull = await pageTimes(owner, full, 15, 50);

    const until = Date.now() + BUSY_MS;
    const uploadTimes: number[] = [];
    const traffic = Promise.all(devices.map((d) => kiosk(d, until, uploadTimes)));
    // The owner's pages for as long as the kiosks are busy, alternating, a quarter second apart.
    const busyLive: number[] = [];
    const busyFull: number[] = [];
    while (Date.now() < until - 1000) {
      busyLive.push(...(await pageTimes(owner, live, 1, 250)));
      busyFull.push(...(await pageTimes(owner, full, 1, 250)));
    }
    await traffic;

    const stat = (xs: number[], name: string, target?: number): Record<string, Metric> => ({
      [`${name}_p50`]: { value: median(xs), unit: 'ms' },
      [`${name}_p95`]: {
        value: percentile(xs, 95),
        unit: 'ms',
        ...(target ? { target, kind: 'max' as const } : {}),
      },
    });
    const metrics: Record<string, Metric> = {
      devices: { value: DEVICES, unit: 'devices' },
      entries_today: {
        value: DEVICES * SEEDED_PER_DEVICE + uploadTimes.length * 10,
        unit: 'entries',
      },
      ...stat(idleLive, 'live_idle'),
      ...stat(idleFull, 'full_idle'),
      ...stat(busyLive, 'live_busy', 1000),
      ...stat(busyFull, 'full_busy', 2000),
      ...stat(uploadTimes, 'upload_busy'),
      busy_uploads_per_s: { value: uploadTimes.length / (BUSY_MS / 1000), unit: 'req/s' },
      busy_page_samples: { value: busyLive.length, unit: 'each' },
    };
    return Object.fromEntries(Object.entries(metrics).map(([k, m]) => [`${backend}_${k}`, m]));
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const results = await run('pglite', {});
if (postgresBinDir()) {
  const cluster = await startTempPostgres({ durable: true });
  try {
    Object.assign(
      results,
      await run('postgres', { DATABASE_URL: await cluster.createDatabase('owner_bench') }),
    );
  } finally {
    await cluster.stop();
  }
} else console.warn('PostgreSQL binaries not found: PGlite only');
writeReport('owner-live', results);
