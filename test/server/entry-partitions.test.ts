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
