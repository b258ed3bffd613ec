// `npm run bench:store`: the entry log in real Chromium with a million entries stored. Single
// check-in writes (strict, as the kiosk makes them, and relaxed for comparison in the same run),
// the status bar's counters, hourly counts, a CSV export of 100,000 entries and a purge of
// 100,000. Timings are taken in the page; medians and p95 go to bench-results/store.json.
// STORE_BENCH_ENTRIES=100000 runs a smaller fill for a quick look.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { createServer } from 'vite';
import { BASE_ARGS, CHROMIUM_PATH } from '../test/e2e/support/chromium';
import { median, percentile, writeReport, type Metric } from './report';
import type { StoreBench } from './store-page';

const TOTAL = Number(process.env.STORE_BENCH_ENTRIES ?? 1_000_000);
const SLICE = Math.min(100_000, Math.floor(TOTAL / 4));
const DAYS = 30;
const DAY_MS = 86_400_000;
const RETENTION_DAYS = 21;

const todayStart = new Date(new Date().setHours(0, 0, 0, 0)).getTime();
const todayEnd = new Date(todayStart).setDate(new Date(todayStart).getDate() + 1);
const start = new Date(todayStart).setDate(new Date(todayStart).getDate() - (DAYS - 1));
const step = (todayEnd - start) / TOTAL;
/** Entry i's time, as the page computes it. */
const atOf = (i: number) => Math.floor(start + i * step);

const server = await createServer({
  configFile: false,
  root: new URL('..', import.meta.url).pathname,
  logLevel: 'warn',
  // No reloads: others edit the tree while a run fills its million entries.
  server: { host: '127.0.0.1', port: 4396, strictPort: false, hmr: false, watch: null },
  optimizeDeps: { noDiscovery: true },
});
await server.listen();
// A profile on disk, as on a kiosk: a fresh browser context is off the record, and its
// in-memory IndexedDB is both unrealistic and about ten times slower to fill.
const profile = mkdtempSync(join(tmpdir(), 'store-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: BASE_ARGS,
});

try {
  const page = await context.newPage();
  await page.goto(`${server.resolvedUrls!.local[0]}bench/store-bench.html`);
  await page.waitForFunction(() => document.title === 'store benchmark ready');
  type Args<K extends keyof StoreBench> = Parameters<StoreBench[K]>;
  const call = <K extends keyof StoreBench>(name: K, ...args: Args<K>) =>
    page.evaluate(
      ([n, a]) =>
        (window as unknown as { storeBench: Record<string, (...x: unknown[]) => unknown> })
          .storeBench[n]!(...a),
      [name, args] as const,
    ) as Promise<Awaited<ReturnType<StoreBench[K]>>>;

  // Everything before today's noon is synced; the afternoon waits for the network.
  const noon = todayStart + 12 * 3_600_000;
  const t0 = performance.now();
  const fillTimes: number[] = [];
  for (let done = 0; done < TOTAL; done += 100_000) {
    const part = Math.min(100_000, TOTAL - done);
    // Each call fills its own slice of the timeline; the first call creates the database.
    fillTimes.push(
      ...(await call('fill', part, atOf(done), atOf(done + part), 10_000, noon, done === 0)),
    );
    process.stdout.write(
      `\rfilled ${(done + part).toLocaleString('en')} entries in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
    );
  }
  console.log(`, ${(((await call('usage')) as number) / 2 ** 20).toFixed(0)} MiB on disk`);
  const stored = await call('count');
  if (stored !== TOTAL) throw new Error(`expected ${TOTAL} entries stored, found ${stored}`);

  const strict = await call('writes', 300, todayStart + 15 * 3_600_000, 'strict');
  const relaxed = await call('writes', 300, todayStart + 16 * 3_600_000, 'relaxed');
  const counters = await call('counters', 30, todayStart, todayEnd);
  const pending = await call('pending', 30);
  const hourly = await call('hourly', 10, todayStart);
  const exported = await call('exportCsv', 3, atOf(TOTAL - SLICE), todayEnd);
  // The span is the newest SLICE of the fill, plus the single writes made today.
  const expectedRows = SLICE + strict.length + relaxed.length;
  if (exported.rows !== expectedRows)
    throw new Error(`export held ${exported.rows} rows, expected ${expectedRows}`);
  const purgeNow = atOf(SLICE) + RETENTION_DAYS * DAY_MS;
  const purged = await call('purge', purgeNow, RETENTION_DAYS);
  if (purged.last.deleted !== SLICE)
    throw new Error(`purge deleted ${purged.last.deleted}, expected ${SLICE}`);
  await call('close');

  console.log(
    `today: ${counters.last.today.toLocaleString('en')} entries, ${counters.last.inside} inside, ` +
      `${counters.last.pending.toLocaleString('en')} pending; export ${(exported.bytes / 2 ** 20).toFixed(1)} MiB`,
  );
  const ms = (value: number, target?: number): Metric => ({
    value,
    unit: 'ms',
    kind: 'max',
    ...(target ? { target } : {}),
  });
  // Stable names, so runs compare; the sizes are figures of their own.
  writeReport('store', {
    entries_stored: { value: TOTAL, unit: 'entries' },
    slice_entries: { value: SLICE, unit: 'entries' },
    fill_10k_batch_p50: ms(median(fillTimes)),
    write_strict_p50: ms(median(strict)),
    write_strict_p95: ms(percentile(strict, 95), 10),
    write_relaxed_p50: ms(median(relaxed)),
    write_relaxed_p95: ms(percentile(relaxed, 95)),
    today_counters_p50: ms(median(counters.times)),
    today_counters_p95: ms(percentile(counters.times, 95), 20),
    pending_count_p50: ms(median(pending.times)),
    hourly_counts_p50: ms(median(hourly.times)),
    export_csv_slice_p50: ms(median(exported.times), 3000),
    purge_slice: ms(purged.times[0]!),
  });
} finally {
  await context.close();
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}
