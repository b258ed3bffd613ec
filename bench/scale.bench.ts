// `npm run bench:scale`: several sync-server processes on one PostgreSQL, and 5 M entries.
// Starts its own PostgreSQL (Debian's binaries, as the tests do) with its default, durable
// settings. Writes bench-results/scale.json and bench-results/scale-explain.txt; the figures
// and what they mean are in docs/scaling.md.
//
//   SCALE_KIOSKS (40) × SCALE_PER_KIOSK (2,500) entries per process count (1, 2, 4), with 3 %
//   lost responses, 3 % duplicate deliveries and one process killed with kill -9 mid-run;
//   SCALE_ROWS (5,000,000) for the owner page and retention figures (0 skips that part);
//   SCALE_PROCESSES ("1,2,4"; empty skips the first part).
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { postgresBinDir, startTempPostgres } from '../test/server/support/temp-postgres';
import { runFiveMillion } from './scale-5m';
import { runProcesses, type ProcessRun } from './scale-processes';
import { median, writeReport, type Metric } from './report';

const count = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const KIOSKS = count('SCALE_KIOSKS', 40);
const PER_KIOSK = count('SCALE_PER_KIOSK', 2_500);
const ROWS = count('SCALE_ROWS', 5_000_000);
const PROCESSES = (process.env.SCALE_PROCESSES ?? '1,2,4').split(',').filter(Boolean).map(Number);

if (!postgresBinDir()) {
  console.error('bench:scale needs PostgreSQL (apt-get install -y postgresql)');
  process.exit(2);
}
const cluster = await startTempPostgres({ durable: true });
const metrics: Record<string, Metric> = {};
try {
  const runs: ProcessRun[] = [];
  for (const processes of PROCESSES) {
    console.log(`${processes} process(es), ${KIOSKS} kiosks × ${PER_KIOSK} entries, faults on …`);
    const run = await runProcesses(
      await cluster.createDatabase(`scale_${processes}`),
      processes,
      KIOSKS,
      PER_KIOSK,
    );
    runs.push(run);
    console.log(
      `  ${Math.round(run.entriesPerSecond)} entries/s, batch p50 ${run.batchP50.toFixed(0)} ms, p95 ${run.batchP95.toFixed(0)} ms, ` +
        `stored ${run.stored} (${run.distinct} distinct) of ${run.entries}: ${run.exactlyOnce ? 'exactly once' : 'NOT EXACTLY ONCE'} ` +
        `(lost ${run.dropped}, duplicated ${run.duplicated}, failed requests ${run.failedRequests})`,
    );
    metrics[`p${processes}_entries_per_s`] = { value: run.entriesPerSecond, unit: 'entries/s' };
    metrics[`p${processes}_batch_p50`] = { value: run.batchP50, unit: 'ms per 500' };
    metrics[`p${processes}_batch_p95`] = { value: run.batchP95, unit: 'ms per 500' };
    metrics[`p${processes}_exactly_once`] = {
      value: run.exactlyOnce ? 1 : 0,
      unit: '1 = yes',
      target: 1,
    };
  }
  if (ROWS > 0) {
    console.log(`${ROWS.toLocaleString('en')} entries: owner page and retention …`);
    const five = await runFiveMillion(await cluster.createDatabase('scale_5m'), ROWS);
    metrics.rows_seeded = {
      value: five.rows,
      unit: `entries (in ${five.seedSeconds.toFixed(0)} s)`,
    };
    metrics.busy_venue_day_rows = { value: five.busyVenueDayRows, unit: 'entries' };
    metrics.owner_page_http = {
      value: median(five.ownerPageHttpMs),
      unit: 'ms (median, one day)',
      target: 100,
      kind: 'max',
    };
    metrics.owner_page_older_http = {
      value: median(five.olderPageHttpMs),
      unit: 'ms (median, the next 200 through the keyset link)',
      target: 100,
      kind: 'max',
    };
    metrics.list_200_read_and_render = {
      value: five.listing200Ms,
      unit: 'ms (median): the list of a page, 200 scans',
    };
    metrics.list_2000_read_and_render = {
      value: five.listing2000Ms,
      unit: 'ms (median): the list before paging, 2,000 scans',
    };
    metrics.owner_page_node_cpu = { value: five.ownerPageCpuMs, unit: 'ms of Node CPU per page' };
    five.queries.forEach((q, i) => {
      metrics[`query_${i + 1}`] = {
        value: q.ms,
        unit: `ms (median; EXPLAIN ANALYZE ${q.explainMs.toFixed(1)} ms): ${q.name}`,
      };
    });
    metrics.owner_page_queries_slowest = {
      value: Math.max(...five.queries.map((q) => q.explainMs)),
      unit: 'ms, the slowest page query (EXPLAIN ANALYZE; the page runs them at once)',
      target: 100,
      kind: 'max',
    };
    metrics.owner_page_queries_explain = {
      value: five.queries.reduce((n, q) => n + q.explainMs, 0),
      unit: 'ms, planning + execution, all the page queries (EXPLAIN ANALYZE)',
      target: 100,
      kind: 'max',
    };
    metrics.retention_drop_month = {
      value: five.retention.ms,
      unit: `ms for ${five.retention.partitions} weeks, ${five.retention.rows} rows`,
      target: 1000,
      kind: 'max',
    };
    metrics.retention_drop_wal = { value: five.retention.walBytes / 1024, unit: 'kB of WAL' };
    metrics.delete_one_week = {
      value: five.deleteOneWeek.ms,
      unit: `ms for ${five.deleteOneWeek.rows} rows`,
    };
    metrics.delete_one_week_wal = {
      value: five.deleteOneWeek.walBytes / 1024 / 1024,
      unit: 'MB of WAL',
    };
    writeFileSync(
      resolve(import.meta.dirname, '../bench-results/scale-explain.txt'),
      five.queries
        .map((q) => `-- median ${q.ms.toFixed(1)} ms\n${q.sql.trim()}\n\n${q.plan}\n`)
        .join('\n'),
    );
  }
} finally {
  await cluster.stop();
}
console.log('');
writeReport('scale', metrics);
