// Hostile strings in an entry: a lone UTF-16 surrogate (what `id.slice(-4)` of 'A😀XYZ' left
// in a masked ID, and what PostgreSQL's JSON parser refuses), U+0000, huge text, emoji. The
// server never answers 5xx for what one entry holds: the entry is named in a 400, the others
// of a later batch are stored, and honest Unicode is stored exactly.
import { describe, expect, it } from 'vitest';
import type { WireEntry } from '../../../src/sync/wire';
import { toWireEntry } from '../../../src/sync/wire-entry';
import { EntryRefused } from '../../../server/store/entry-guard';
import { findFaultyEntry, isDataFault } from '../../../server/store/entry-faults';
import { ingestEntries } from '../../../server/store/entries-ingest';
import { makeEntries, makeEntry } from '../support/entries';
import { upload } from '../support/signed-client';
import { entryCount, venueWithDevice, type SuiteContext } from './suite-context';

const LONE_HIGH = '\ud83d';
const LONE_LOW = '\ude00';

/** [what, the change to one entry] */
const HOSTILE: [string, Partial<WireEntry>][] = [
  ['a lone high surrogate in the masked ID', { maskedId: `********${LONE_HIGH}XYZ` }],
  ['a lone low surrogate in the name', { maskedName: `N. ${LONE_LOW} A` }],
  ['U+0000 in the name', { maskedName: 'N.\u0000A' }],
  ['a name of 100,000 characters', { maskedName: 'Ă'.repeat(100_000) }],
];

export function hostileEntriesSuite(ctx: SuiteContext): void {
  describe('hostile strings', () => {
    it.each(HOSTILE)('%s: 400 naming the entry, never a 500', async (_what, change) => {
      const device = await venueWithDevice(ctx);
      const batch = makeEntries(20).map(toWireEntry);
      const bad = { ...batch[13]!, ...change } as WireEntry;
      batch[13] = bad;
      const res = await upload(device, batch);
      expect([400, 413]).toContain(res.status);
      if (res.status === 400) {
        expect(res.body.error).toBe('ENTRY_MALFORMED');
        expect(res.body.id).toBe(bad.id);
        expect(res.body.reason).toMatch(/^entries\[13\]\./);
      }
      // The kiosk sets that one aside and sends the rest: all stored.
      const rest = batch.filter((e) => e.id !== bad.id);
      expect((await upload(device, rest)).body.inserted).toBe(19);
      expect(await entryCount(ctx, 'device_id = $1', [device.deviceId])).toBe(19);
    });

    it('a lone surrogate in a raw pass id (an old kiosk) is keyed like any other: all stored', async () => {
      // The raw id never reaches SQL: the server stores the venue's pseudonym of it.
      const device = await venueWithDevice(ctx);
      const batch = makeEntries(20).map(toWireEntry);
      batch[13] = { ...batch[13]!, passId: `manual:A${LONE_HIGH}` };
      const res = await upload(device, batch);
      expect(res.status).toBe(200);
      expect(res.body.inserted).toBe(20);
      const [row] = await ctx
        .server()
        .db.query<{ pass_id: string }>('SELECT pass_id FROM entries WHERE id = $1', [
          batch[13]!.id,
        ]);
      expect(row!.pass_id).toMatch(/^p1:[A-Za-z0-9_-]{22}$/);
    });

    it('stores emoji, Vietnamese and surrogate pairs exactly', async () => {
      const device = await venueWithDevice(ctx);
      const entry = toWireEntry(
        makeEntry({
          maskedName: 'Nguyễn 😀 Ánh 𝔸',
          maskedId: '********😀YZ',
          passId: 'manual:A😀XYZ',
        }),
      );
      expect((await upload(device, [entry])).body.inserted).toBe(1);
      const [row] = await ctx
        .server()
        .db.query<{ masked_name: string; masked_id: string }>(
          'SELECT masked_name, masked_id FROM entries WHERE id = $1',
          [entry.id],
        );
      expect(row).toEqual({ masked_name: 'Nguyễn 😀 Ánh 𝔸', masked_id: '********😀YZ' });
    });

    it('the store refuses on its own what the database cannot hold, whatever the wire check let by', async () => {
      const device = await venueWithDevice(ctx);
      const db = ctx.server().db;
      const batch = makeEntries(5).map(toWireEntry);
      batch[3] = { ...batch[3]!, maskedId: `**${LONE_HIGH}` };
      const dev = { deviceId: device.deviceId, venueId: device.venueId };
      await expect(
        db.transaction((tx) => ingestEntries(tx, dev, batch, Date.now())),
      ).rejects.toMatchObject({ index: 3, id: batch[3]!.id, field: 'maskedId' });
    });

    it('finds the one entry the database refuses in a batch, by halving it', async () => {
      const device = await venueWithDevice(ctx);
      const db = ctx.server().db;
      const dev = { deviceId: device.deviceId, venueId: device.venueId };
      const batch = makeEntries(50).map(toWireEntry);
      // An integer column out of range: a data exception (22003) no guard looks for.
      batch[37] = { ...batch[37]!, birthYear: 2 ** 40 };
      const failure = await db
        .transaction((tx) => ingestEntries(tx, dev, batch, Date.now()))
        .catch((e: unknown) => e);
      expect(isDataFault(failure)).toBe(true);
      const found = await findFaultyEntry(db, dev, batch, Date.now());
      expect(found).toBeInstanceOf(EntryRefused);
      expect(found).toMatchObject({ index: 37, id: batch[37]!.id });
      expect(found!.message).toMatch(/^entries\[37\]\.content: the database refused it/);
      // The trials were rolled back.
      expect(await entryCount(ctx, 'device_id = $1', [device.deviceId])).toBe(0);
    });

    it('refuses an id whose time is behind the entry time (it would be dropped too early)', async () => {
      const device = await venueWithDevice(ctx);
      const e = toWireEntry(makeEntry());
      const res = await upload(device, [{ ...e, at: e.at + 3_600_000 }]);
      expect(res).toMatchObject({ status: 400, body: { error: 'ENTRY_MALFORMED', id: e.id } });
      expect(res.body.reason).toMatch(/^entries\[0\]\.id: its time/);
    });
  });
}
