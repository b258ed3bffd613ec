// Weekly partitions of `entries` on PostgreSQL: created ahead at start, a week created later
// takes its rows out of the default partition, and retention drops whole weeks before a
// cutoff (the primitive the retention job calls). On PGlite the same calls do nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toWireEntry } from '../../src/sync/wire-entry';
import {
  dropEntryPartitionsBefore,
  ensureEntryPartitions,
  listEntryPartitions,
  partitionFor,
  WEEK_MS,
  weekStart,
} from '../../server/db/entry-partitions';
import type { ServerHandle } from '../../server/start-server';
import { postgresBackend } from './support/backends';
import { makeEntry } from './support/entries';
import { enrollTestDevice, upload, type TestDevice } from './support/signed-client';
import { startTestServer } from './support/test-server';

const DAY = 24 * 60 * 60_000;
const entryAt = (at: number) => toWireEntry(makeEntry({ at }));

describe('week boundaries', () => {
  it('start on Monday 00:00 UTC and are named after it', () => {
    const wed = Date.UTC(2026, 0, 7, 15, 30); // a Wednesday
    expect(new Date(weekStart(wed)).toISOString()).toBe('2026-01-05T00:00:00.000Z');
    expect(partitionFor(wed)).toEqual({
      name: 'entries_w20260105',
      from: Date.UTC(2026, 0, 5),
      to: Date.UTC(2026, 0, 12),
    });
    expect(weekStart(Date.UTC(2026, 0, 5))).toBe(Date.UTC(2026, 0, 5));
  });
});

const pg = postgresBackend();
describe.runIf(pg.available)('partitions on PostgreSQL', () => {
  let server: ServerHandle;
  let device: TestDevice;
  beforeAll(async () => {
    server = await pg.start();
    const { enrollment } = await server.ops.createVenue('Chuỗi cửa hàng');
    device = await enrollTestDevice(server.url, enrollment.code);
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await pg.teardown();
  });
  const rowsIn = async (table: string) =>
    (await server.db.query<{ n: number }>(`SELECT count(*) AS n FROM ${table}`))[0]!.n;

  it('has this week and the next ones ready when it starts', async () => {
    const names = (await listEntryPartitions(server.db)).map((p) => p.name);
    for (let w = 0; w < 3; w++)
      expect(names).toContain(partitionFor(Date.now() + w * WEEK_MS).name);
  });

  it('keeps an entry from an uncovered week in the default partition, and moves it when its week is made', async () => {
    const old = Date.now() - 5 * WEEK_MS;
    const entry = entryAt(old);
    expect((await upload(device, [entry])).body.inserted).toBe(1);
    expect(await rowsIn('entries_default')).toBe(1);
    expect(await ensureEntryPartitions(server.db, old, old + 1)).toEqual([partitionFor(old).name]);
    expect(await rowsIn('entries_default')).toBe(0);
    expect(await rowsIn(partitionFor(old).name)).toBe(1);
    // Still the same entry to the server: a re-send is held, not inserted.
    expect((await upload(device, [entry])).body).toMatchObject({ inserted: 0, held: [entry.id] });
  });

  it('drops whole weeks before a cutoff and nothing after it', async () => {
    const now = Date.now();
    const weeksAgo = (n: number) => weekStart(now) - n * WEEK_MS + 3_600_000;
    await ensureEntryPartitions(server.db, weeksAgo(9), weeksAgo(6) + 1);
    const olds = [9, 8, 7, 6].map((n) => entryAt(weeksAgo(n)));
    const recent = entryAt(now - 60_000);
    await upload(device, [...olds, recent]);
    const before = await rowsIn('entries');
    const cutoff = weekStart(weeksAgo(7)); // weeks 9 and 8 end at or before it
    const dropped = await dropEntryPartitionsBefore(server.db, cutoff);
    expect(dropped.map((p) => p.name)).toEqual(
      [weeksAgo(9), weeksAgo(8)].map((t) => partitionFor(t).name),
    );
    expect(await rowsIn('entries')).toBe(before - 2);
    const left = await server.db.query<{ id: string }>(
      'SELECT id::text AS id FROM entries WHERE id = ANY($1::uuid[])',
      [[...olds, recent].map((e) => e.id)],
    );
    expect(new Set(left.map((r) => r.id))).toEqual(new Set([olds[2]!.id, olds[3]!.id, recent.id]));
  });

  it("gives every week, the default and a week made later the privacy step's pseudonym indexes", async () => {
    const later = Date.now() - 20 * WEEK_MS;
    expect(await ensureEntryPartitions(server.db, later, later + 1)).toEqual([
      partitionFor(later).name,
    ]);
    const tables = [
      ...(await listEntryPartitions(server.db)).map((p) => p.name),
      'entries_default',
    ];
    const indexes = await server.db.query<{ table: string; def: string }>(
      'SELECT tablename AS table, indexdef AS def FROM pg_indexes WHERE tablename = ANY($1::text[])',
      [tables],
    );
    for (const table of tables) {
      const defs = indexes.filter((i) => i.table === table).map((i) => i.def);
      expect(defs, table).toContainEqual(
        expect.stringMatching(/\(pass_id, at\) WHERE \(pass_id IS NOT NULL\)/),
      );
      expect(defs, table).toContainEqual(
        expect.stringMatching(/\(venue_id\) WHERE \(pass_id !~~ 'p1:%'::text\)/),
      );
    }
  });

  it('retention through the server drops the weeks past every venue, then trims each venue', async () => {
    const now = Date.now();
    const { venue, enrollment } = await server.ops.createVenue('Giữ 10 ngày');
    await server.ops.setRetention(venue.id, 10);
    const short = await enrollTestDevice(server.url, enrollment.code);
    await ensureEntryPartitions(server.db, now - 8 * WEEK_MS, now);
    const old = entryAt(weekStart(now) - 7 * WEEK_MS + 3_600_000); // a week past 30 days
    const long20 = entryAt(now - 20 * DAY);
    const short20 = entryAt(now - 20 * DAY + 1);
    const short5 = entryAt(now - 5 * DAY);
    await upload(device, [old, long20]);
    await upload(short, [short20, short5]);
    const oldWeek = partitionFor(old.at).name;
    expect((await listEntryPartitions(server.db)).map((p) => p.name)).toContain(oldWeek);

    await server.jobs.retentionNow();
    const names = (await listEntryPartitions(server.db)).map((p) => p.name);
    expect(names).not.toContain(oldWeek); // dropped whole (PartitionDropper)
    for (const p of await listEntryPartitions(server.db))
      expect(p.to).toBeGreaterThan(now - 30 * DAY); // nothing older than the longest retention
    const left = await server.db.query<{ id: string }>(
      'SELECT id::text AS id FROM entries WHERE id = ANY($1::uuid[])',
      [[old, long20, short20, short5].map((e) => e.id)],
    );
    // The 30-day venue keeps its 20-day-old entry; the 10-day venue loses its own, row by row.
    expect(new Set(left.map((r) => r.id))).toEqual(new Set([long20.id, short5.id]));
    const [audit] = await server.db.query<{ row_count: number }>(
      "SELECT row_count FROM audit_log WHERE action = 'retention' AND $1 = ANY(venue_ids)",
      [venue.id],
    );
    expect(audit?.row_count).toBe(1);
  });
});

describe('partitions on PGlite', () => {
  it('are not used: the calls do nothing and the table stays one', async () => {
    const server = await startTestServer();
    try {
      expect(await ensureEntryPartitions(server.db, 0, Date.now())).toEqual([]);
      expect(await dropEntryPartitionsBefore(server.db, Date.now())).toEqual([]);
      expect(await listEntryPartitions(server.db)).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
