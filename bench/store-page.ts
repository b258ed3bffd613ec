// The in-page half of `npm run bench:store`: runs in Chromium against the real IndexedDB and
// returns raw timings (ms) to the Node half, which prints and records them.
import { uuidv7 } from '../src/core/uuid7';
import {
  addEntries,
  addEntry,
  countersFor,
  deleteKioskDb,
  exportCsv,
  hourlyCounts,
  openKioskDb,
  pendingCount,
  purgeExpired,
  type KioskDb,
} from '../src/store';
import type { Entry } from '../src/model';
import { writeNewEntries } from '../src/store/entries';

const DB_NAME = 'kiosk-bench';
const NAMES = ['N. L. K. HAN', 'T. T. HẰNG', 'Đ. V. AN', 'P. M. TUẤN', 'L. T. MAI', 'V. Q. HUY'];

let db: KioskDb | undefined;

/** A plausible mix: mostly signed admits, some reviews (half decided) and denies, 30% exits. */
function benchEntry(at: number, i: number, synced: boolean): Entry {
  const r = (i * 2654435761) % 100;
  const verdict = r < 85 ? 'admit' : r < 93 ? 'review' : 'deny';
  return {
    id: uuidv7(at),
    at,
    direction: i % 10 < 7 ? 'in' : 'out',
    source: 'camera',
    format: verdict === 'review' ? 'pqr-unsigned' : 'pqr-signed',
    verdict,
    decision: verdict === 'review' ? (i % 2 ? 'admit' : null) : null,
    color: verdict === 'admit' ? 'green' : verdict === 'deny' ? 'red' : 'none',
    reasons:
      verdict === 'admit'
        ? ['VACCINATED_FULL']
        : verdict === 'deny'
          ? ['NO_VALID_STATUS']
          : ['IDENTITY_ONLY'],
    passId: `qid:${(i * 7919) % 200_000}`,
    passHash: null,
    maskedName: NAMES[i % NAMES.length]!,
    birthYear: 1950 + (i % 60),
    maskedId: `********${String(i % 10_000).padStart(4, '0')}`,
    kid: 'kid-issuer1',
    bundleSeq: 7,
    syncedAt: synced ? at + 60_000 : null,
  };
}

async function open(): Promise<KioskDb> {
  await deleteKioskDb(DB_NAME);
  db = await openKioskDb(DB_NAME, { persist: false });
  return db;
}

const need = () => db ?? Promise.reject(new Error('call fill() first'));

/** Adds `total` entries evenly over [start, end), `batch` per transaction; returns the times. */
async function fill(
  total: number,
  start: number,
  end: number,
  batch: number,
  unsyncedFrom: number,
  fresh: boolean,
): Promise<number[]> {
  const kiosk = fresh ? await open() : await need();
  const step = (end - start) / total;
  const times: number[] = [];
  for (let i = 0; i < total; i += batch) {
    const entries = Array.from({ length: Math.min(batch, total - i) }, (_, k) => {
      const at = Math.floor(start + (i + k) * step);
      return benchEntry(at, i + k, at < unsyncedFrom);
    });
    const t0 = performance.now();
    await addEntries(kiosk, entries);
    times.push(performance.now() - t0);
  }
  return times;
}

/** Single check-in writes as the kiosk makes them; 'relaxed' is the same write without the flush. */
async function writes(n: number, at: number, durability: 'strict' | 'relaxed'): Promise<number[]> {
  const kiosk = await need();
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const entry = benchEntry(at + i, 10_000_000 + i, false);
    const t0 = performance.now();
    if (durability === 'strict') await addEntry(kiosk, entry);
    else await writeNewEntries(kiosk, [entry], 'relaxed');
    times.push(performance.now() - t0);
  }
  return times;
}

async function timed<T>(n: number, run: () => Promise<T>): Promise<{ times: number[]; last: T }> {
  const times: number[] = [];
  let last!: T;
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    last = await run();
    times.push(performance.now() - t0);
  }
  return { times, last };
}

const storeBench = {
  fill,
  writes,
  counters: async (n: number, dayStart: number, dayEnd: number) =>
    timed(n, async () => countersFor(await need(), dayStart, dayEnd)),
  pending: async (n: number) => timed(n, async () => pendingCount(await need())),
  hourly: async (n: number, dayStart: number) =>
    timed(n, async () => (await hourlyCounts(await need(), dayStart)).reduce((a, b) => a + b, 0)),
  exportCsv: async (n: number, from: number, to: number) => {
    const { times, last } = await timed(n, async () => exportCsv(await need(), from, to));
    // Checked outside the timing: the file holds every entry of the span, and a header.
    return { times, bytes: last.size, rows: (await last.text()).split('\r\n').length - 2 };
  },
  purge: async (now: number, days: number) =>
    timed(1, async () => purgeExpired(await need(), now, days)),
  count: async () => (await need()).count('entries'),
  usage: async () => (await navigator.storage.estimate()).usage ?? 0,
  close: async () => deleteKioskDb(DB_NAME, db),
};

export type StoreBench = typeof storeBench;
(window as unknown as { storeBench: StoreBench }).storeBench = storeBench;
document.title = 'store benchmark ready';
