// No-full-ID drill (issue 13, Law 91/2025): a morning of scans at a kiosk (signed 1405 codes,
// legacy unsigned ones, chip ID cards, Căn cước cards and typed manual entries, each person
// with their own numbers), half before the kiosk is enrolled (its local key) and half after,
// all synced to a real server on a PGlite data directory. Then every ID number and QID is
// searched for, as text and as raw bytes, in: the kiosk's IndexedDB (dumped), its CSV export,
// every request and answer on the wire, every table of the server, and every file of the
// server's data directory (WAL and heap files). None may be found; the masked IDs are there.
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeB64u } from '../../src/core';
import { issueSignedCode, unsignedText, type PersonFields } from '../../src/issuer/personal-code';
import { startServer, type ServerHandle } from '../../server/start-server';
import { pgliteDataDir } from '../server/support/pglite-template';
import { TEST_SCRYPT } from '../server/support/test-server';
import { dumpDatabase } from '../support/idb-dump';
import { testKiosk } from '../support/test-kiosk';
import { fixtureEnvelope, issuerKey, rootKey } from '../support/world';

/** Today: the server checks request times against its own clock. */
const NOW = Date.now();
const ymd = (ms: number) => new Date(ms).toISOString().slice(0, 10).replace(/-/g, '');

const PEOPLE = 12;
const pad = (n: number, width: number) => String(n).padStart(width, '0');
/** Each person's numbers: unlike any other digits in the data (no 5 zeros, no repeats). */
const docNumber = (i: number) => `0791${pad(48_213_57 + i * 7919, 8)}`;
const qid = (i: number) => `1629793885${pad(61_733_17 + i * 104_729, 8)}`;
const cardNumber = (i: number) => `0931${pad(86_002_23 + i * 3571, 8)}`;
const manualNumber = (i: number) => `0380${pad(93_027_71 + i * 6151, 8)}`;

function person(i: number): PersonFields {
  return {
    documentNumber: docNumber(i),
    name: `NGUYEN VAN ${String.fromCharCode(65 + i)}`,
    birthDate: '1987-01-18',
    declaredBy: '0',
    qid: qid(i),
  };
}

/** The codes one person shows in a morning, and their typed entry. */
function codesOf(i: number): string[] {
  const vaccinated = issueSignedCode(
    person(i),
    { issuedAt: NOW - 2 * 86_400_000, vaccination: `2,2,${ymd(NOW - 60 * 86_400_000)},AZ` },
    issuerKey,
  );
  const card = `${cardNumber(i)}|012345678|Nguyễn Văn ${String.fromCharCode(65 + i)}|18011987|Nam|Hà Nội|15042021`;
  const canCuoc = `${cardNumber(i + 100)}|362499103|Trần Thị ${String.fromCharCode(65 + i)}|11011986|Nữ|Cần Thơ|04102024||||`;
  return [vaccinated, unsignedText({ ...person(i + 200) }), card, canCuoc];
}

const SECRETS = Array.from({ length: PEOPLE }, (_, i) => [
  docNumber(i),
  qid(i),
  cardNumber(i),
  cardNumber(i + 100),
  docNumber(i + 200),
  qid(i + 200),
  manualNumber(i),
]).flat();

let server: ServerHandle | undefined;
let dataDir = '';
afterAll(async () => {
  await server?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('no full ID number or QID anywhere', () => {
  it('after a morning of scans: IndexedDB, CSV, wire, server tables and data files', async () => {
    dataDir = await pgliteDataDir();
    server = await startServer({ logLevel: 'error', port: 0, scrypt: TEST_SCRYPT, dataDir });
    const wire: string[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = async (input, init) => {
      if (init?.body) wire.push(new TextDecoder().decode(init.body as Uint8Array));
      const res = await realFetch(input, init);
      wire.push(await res.clone().text());
      return res;
    };
    try {
      const { store, services, clock } = await testKiosk(NOW);
      const setup = await services.setup.standalone(
        encodeB64u(rootKey.publicKey),
        JSON.stringify(fixtureEnvelope(1, NOW)),
      );
      expect(setup.outcome).toBe('accepted');
      await services.settings.save({ duplicateWindowSec: 0 });
      // What the codes identify people by before keying: the search below would find these.
      const rawIds: string[] = [];
      const morning = async (people: number[]) => {
        for (const i of people) {
          for (const text of codesOf(i)) {
            clock.now = Math.max(clock.now + 1_000, Date.now());
            const outcome = await services.checkIn.scan(text, 'camera');
            expect(outcome.kind === 'logged' && outcome.saved).toBe(true);
            if (outcome.kind === 'logged') rawIds.push(outcome.result.passId ?? '');
          }
          clock.now = Math.max(clock.now + 1_000, Date.now());
          await services.checkIn.manual({ name: 'Lê Văn Cường', idNumber: manualNumber(i) });
        }
      };
      const half = Array.from({ length: PEOPLE / 2 }, (_, i) => i);
      await morning(half);
      expect((await store.getPassKey()).source).toBe('local');

      const { enrollment } = await server.ops.createVenue('Quán Phở');
      expect(await services.setup.enroll(server.url, enrollment.code, 'Cửa chính')).toEqual({
        ok: true,
      });
      expect((await store.getPassKey()).source).toBe('venue');
      await morning(half.map((i) => i + PEOPLE / 2));
      await services.sync.syncNow();
      expect(await store.getSyncState()).toMatchObject({ lastError: null });
      expect(await store.pendingCount()).toBe(0);
      const entries = await store.readAll();
      expect(entries.entries.length).toBe(PEOPLE * 5);
      expect(entries.entries.filter((e) => e.passId?.startsWith('p1:')).length).toBe(PEOPLE * 5);

      for (let i = 0; i < PEOPLE; i++) {
        expect(rawIds).toContain(`qid:${qid(i)}`);
        expect(rawIds).toContain(`cccd:${cardNumber(i)}`);
      }
      const idb = JSON.stringify(await dumpDatabase(store.db.name));
      const csv = await (await store.log.exportCsv(0, NOW + 86_400_000)).text();
      const tables = await server.db.query<{ name: string }>(
        `SELECT table_schema || '.' || table_name AS name FROM information_schema.tables
          WHERE table_schema NOT IN ('pg_catalog', 'information_schema')`,
      );
      const rows: string[] = [];
      for (const { name } of tables)
        rows.push(JSON.stringify(await server.db.query(`SELECT * FROM ${name}`)));
      const serverText = rows.join('\n');
      expect(serverText).toMatch(/p1:/);
      await server.close();
      server = undefined;
      const files = filesUnder(dataDir).map((f) => readFileSync(f).toString('latin1'));
      expect(files.length).toBeGreaterThan(10);

      // The masked IDs are there (the search would find digits if they were kept).
      expect(idb).toContain('********9317'.slice(0, 8));
      expect(wire.length).toBeGreaterThan(2);
      for (const secret of SECRETS) {
        expect(idb, `IndexedDB holds ${secret}`).not.toContain(secret);
        expect(csv, `CSV holds ${secret}`).not.toContain(secret);
        for (const body of wire) expect(body, `the wire carries ${secret}`).not.toContain(secret);
        expect(serverText, `a server table holds ${secret}`).not.toContain(secret);
        for (const bytes of files)
          expect(bytes.includes(secret), `a data file holds ${secret}`).toBe(false);
      }
    } finally {
      globalThis.fetch = realFetch;
    }
  }, 180_000);
});
