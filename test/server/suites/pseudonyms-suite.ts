// Pseudonyms on the server (issue 13 item 2): each venue has its own 32-byte secret, kept in
// its own table, given to the kiosk at enrollment and by a signed request; raw pass ids from
// older kiosks are keyed with it before they are stored; entries stored before pseudonyms
// are re-keyed by the migration (its schema step and the data step at start), tested with
// data on a database created at the old schema.
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServer } from '../../../server/start-server';
import { pgliteDataDir } from '../support/pglite-template';
import { TEST_SCRYPT } from '../support/test-server';
import { enrollTestDevice } from '../support/signed-client';
import { passPseudonym, readPseudonymSecret } from '../../../src/core';
import { toWireEntry } from '../../../src/sync/wire-entry';
import { loadMigrations, migrate } from '../../../server/db/migrate';
import { purgeRawRemnants, rekeyRawPassIds } from '../../../server/privacy/rekey-pass-ids';
import { venueSecret } from '../../../server/privacy/venue-secrets';
import { makeEntry } from '../support/entries';
import { sendSigned, upload } from '../support/signed-client';
import { venueWithDevice, type SuiteContext } from './suite-context';

const storedPassIds = async (ctx: SuiteContext, deviceId: string) =>
  (
    await ctx
      .server()
      .db.query<{ pass_id: string | null }>(
        'SELECT pass_id FROM entries WHERE device_id = $1 ORDER BY at',
        [deviceId],
      )
  ).map((r) => r.pass_id);

export function pseudonymsSuite(ctx: SuiteContext): void {
  describe('venue secrets and pseudonyms', () => {
    it('gives the venue secret at enrollment and to a signed request, the same one', async () => {
      const device = await venueWithDevice(ctx);
      expect(device.venueSecret).toMatch(/^[A-Za-z0-9_-]{43}$/);
      const fetched = await sendSigned(device, {}, { path: '/api/sync/venue-secret' });
      expect(fetched.status).toBe(200);
      expect(fetched.body).toEqual({ venueId: device.venueId, venueSecret: device.venueSecret });
      expect((await fetched.replay()).status).toBe(401);
      const other = await venueWithDevice(ctx);
      expect(other.venueSecret).not.toBe(device.venueSecret);
      const [row] = await ctx
        .server()
        .db.query<{ n: number }>(
          "SELECT count(*) AS n FROM information_schema.columns WHERE table_name = 'entries' AND column_name LIKE '%secret%'",
        );
      expect(row!.n).toBe(0); // kept apart from the entries
    });

    it('keys raw pass ids from older kiosks on ingest, and keeps pseudonyms as they are', async () => {
      const device = await venueWithDevice(ctx);
      const secret = readPseudonymSecret(device.venueSecret!)!;
      const t = Date.now() - 60_000;
      const kioskMade = passPseudonym(secret, 'cccd:001093029317');
      const sent = await upload(device, [
        toWireEntry(makeEntry({ at: t, passId: 'qid:987654321' })),
        toWireEntry(makeEntry({ at: t + 1, passId: 'manual:B1234567' })),
        toWireEntry(makeEntry({ at: t + 2, passId: kioskMade })),
        toWireEntry(makeEntry({ at: t + 3, passId: null })),
      ]);
      expect(sent.status).toBe(200);
      expect(await storedPassIds(ctx, device.deviceId)).toEqual([
        passPseudonym(secret, 'qid:987654321'),
        passPseudonym(secret, 'manual:B1234567'),
        kioskMade,
        null,
      ]);
    });

    it('recognises a re-sent old copy with a raw id as the entry the re-key step keyed', async () => {
      // An entry the old server stored raw, re-keyed at the upgrade; the kiosk, which never
      // got its answer, sends its old copy again (raw id), then decides the review.
      const device = await venueWithDevice(ctx);
      const db = ctx.server().db;
      const raw = 'cccd:079912340001';
      const entry = toWireEntry(
        makeEntry({ at: Date.now() - 60_000, passId: raw, verdict: 'review', color: 'none' }),
      );
      expect((await upload(device, [entry])).status).toBe(200);
      await db.query('UPDATE entries SET pass_id = $2 WHERE id = $1', [entry.id, raw]);
      expect(await rekeyRawPassIds(db, Date.now())).toBeGreaterThanOrEqual(1);
      const keyed = passPseudonym(readPseudonymSecret(device.venueSecret!)!, raw);
      expect(await storedPassIds(ctx, device.deviceId)).toEqual([keyed]);

      const again = await upload(device, [entry]);
      expect(again.body).toMatchObject({ held: [entry.id], conflicts: [], inserted: 0 });
      const decided = await upload(device, [{ ...entry, decision: 'admit' }]);
      expect(decided.body).toMatchObject({ held: [entry.id], conflicts: [], updated: 1 });
      // Another person's raw id under the same entry id is still a changed copy.
      const changed = await upload(device, [{ ...entry, passId: 'cccd:079912340002' }]);
      expect(changed.body.conflicts).toEqual([
        expect.objectContaining({ id: entry.id, kind: 'ENTRY_DIFFERS' }),
      ]);
      expect(await storedPassIds(ctx, device.deviceId)).toEqual([keyed]);
    });

    it.runIf(ctx.backend.name === 'pglite')(
      'never lets a raw identifier from an older kiosk reach the database files',
      async () => {
        const dataDir = await pgliteDataDir();
        const server = await startServer({
          dataDir,
          port: 0,
          logLevel: 'error',
          scrypt: TEST_SCRYPT,
        });
        try {
          const { enrollment } = await server.ops.createVenue('Grep venue');
          const device = await enrollTestDevice(server.url, enrollment.code);
          const t = Date.now() - 60_000;
          const sent = await upload(
            device,
            Array.from({ length: 50 }, (_, i) =>
              toWireEntry(
                makeEntry({
                  at: t + i,
                  passId: i % 2 ? 'cccd:079912345678' : 'qid:QIDRAW4242',
                  format: 'cccd',
                }),
              ),
            ),
          );
          expect(sent.body.held).toHaveLength(50);
          await server.db.exec('CHECKPOINT');
        } finally {
          await server.close();
        }
        const files = (dir: string): string[] =>
          readdirSync(dir).flatMap((name) => {
            const path = join(dir, name);
            return statSync(path).isDirectory() ? files(path) : [path];
          });
        const found = files(join(dataDir, 'pglite')).filter((path) => {
          const bytes = readFileSync(path);
          return bytes.includes('079912345678') || bytes.includes('QIDRAW4242');
        });
        rmSync(dataDir, { recursive: true, force: true });
        expect(found).toEqual([]);
      },
    );

    it('re-keys entries stored before pseudonyms: schema step, then data step at start', async () => {
      const db = await ctx.backend.emptyDatabase();
      try {
        const [initial] = loadMigrations();
        await migrate(db, [initial!]);
        // Venues, devices and entries as the old server stored them: raw ids. (Venue ids are
        // unique per backend: a process keeps the secrets it has read, by venue id.)
        const [old, two] = [`v-old-${ctx.backend.name}`, `v-two-${ctx.backend.name}`];
        await db.query(
          `INSERT INTO venues (id, name, created_at) VALUES ($1, 'Old venue', 1), ($2, 'Two', 1)`,
          [old, two],
        );
        await db.query(
          `INSERT INTO devices (id, venue_id, public_key, enrolled_at) VALUES ('d-old', $1, 'k1', 1), ('d-two', $2, 'k2', 1)`,
          [old, two],
        );
        const rawId = (i: number) => `cccd:0010930${String(i).padStart(5, '0')}`;
        const uuid = (i: number) => `00000000-0000-7000-8000-${String(i).padStart(12, '0')}`;
        await db.query(
          `INSERT INTO entries (id, venue_id, device_id, at, direction, source, format, verdict, color, reasons,
             pass_id, masked_name, masked_id, received_at)
           SELECT ('00000000-0000-7000-8000-' || lpad(i::text, 12, '0'))::uuid,
                  CASE WHEN i % 3 = 0 THEN $2 ELSE $1 END, CASE WHEN i % 3 = 0 THEN 'd-two' ELSE 'd-old' END,
                  i, 'in', 'camera', 'cccd', 'review', 'none', '[]',
                  CASE WHEN i = 7 THEN NULL ELSE 'cccd:0010930' || lpad(i::text, 5, '0') END,
                  'N. AN', '****9317', 1
             FROM generate_series(0, 2502) AS i`,
          [old, two],
        );
        await migrate(db);
        const now = Date.now();
        expect(await rekeyRawPassIds(db, now)).toBe(2502);
        await purgeRawRemnants(db);
        expect(await rekeyRawPassIds(db, now)).toBe(0);
        const [raw] = await db.query<{ n: number }>(
          "SELECT count(*) AS n FROM entries WHERE pass_id NOT LIKE 'p1:%'",
        );
        expect(raw!.n).toBe(0);
        const secrets = {
          old: await venueSecret(db, old, now),
          two: await venueSecret(db, two, now),
        };
        const rows = await db.query<{ id: string; pass_id: string | null }>(
          'SELECT id::text AS id, pass_id FROM entries',
        );
        const byId = new Map(rows.map((r) => [r.id, r.pass_id]));
        for (const i of [0, 1, 7, 2502]) {
          const secret = i % 3 ? secrets.old : secrets.two;
          expect(byId.get(uuid(i))).toBe(i === 7 ? null : passPseudonym(secret, rawId(i)));
        }
        const [dump] = await db.query<{ text: string }>(
          "SELECT string_agg(pass_id, ',') AS text FROM entries",
        );
        expect(dump!.text).not.toContain('cccd:');
      } finally {
        await db.close();
      }
    });
  });
}
