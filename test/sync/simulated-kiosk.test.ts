// A simulated kiosk: the real sync client (src/sync) in Node, logging check-ins while the
// network and the server misbehave: the server killed and restarted, 500 answers, connections
// dropped before and after the server stored a batch, and batches delivered twice. Afterwards
// the server must hold exactly the kiosk's entries, each once, with the kiosk's decisions.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminHttpClient } from '../../server/admin/admin-http-client';
import { openDatabase } from '../../server/db/open-database';
import { addEntries } from '../../src/store';
import { ALWAYS_ONLINE, createSyncClient, type SyncClient } from '../../src/sync';
import { makeEntry } from '../server/support/entries';
import { pgliteDataDir } from '../server/support/pglite-template';
import { freePort } from '../server/support/temp-postgres';
import { openTestStore, storedEntries, type TestStore } from '../support/test-store';
import { startFaultProxy, type FaultProxy } from './support/fault-proxy';
import { startServerProcess, type ServerProcess } from './support/server-process';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(
  what: string,
  done: () => boolean | Promise<boolean>,
  why: () => Promise<string>,
  ms = 30_000,
): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${await why()}`);
    await sleep(50);
  }
}

describe('simulated kiosk against a real server process, with faults', () => {
  let kiosk: TestStore;
  let dataDir: string;
  let port: number;
  let server: ServerProcess;
  let proxy: FaultProxy;
  let client: SyncClient;

  beforeAll(async () => {
    dataDir = await pgliteDataDir();
    port = await freePort();
    server = await startServerProcess(dataDir, port);
    proxy = await startFaultProxy(server.url);
    const admin = adminHttpClient(
      server.url,
      readFileSync(join(dataDir, 'admin-token'), 'utf8').trim(),
    );
    const { enrollment } = await admin.createVenue('Siêu thị mô phỏng');
    kiosk = await openTestStore();
    client = createSyncClient({
      source: kiosk,
      keyKind: 'auto',
      backoff: { baseMs: 40, maxMs: 400 },
      intervalMs: 250,
      timeoutMs: 5_000,
      network: ALWAYS_ONLINE,
    });
    const enrolled = await client.enroll(proxy.url, enrollment.code);
    if (!enrolled.ok) throw new Error(`enroll failed: ${enrolled.reason}`);
    await kiosk.putDevice(enrolled.enrollment.device);
    await kiosk.saveSettings({ syncServer: proxy.url });
    await client.start();
  }, 60_000);

  afterAll(async () => {
    client?.dispose();
    await kiosk?.remove();
    await proxy?.close();
    await server?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const scan = (n: number) =>
    addEntries(
      kiosk.db,
      Array.from({ length: n }, (_, i) =>
        makeEntry({
          at: Date.now(),
          ...(i % 7 === 0
            ? {
                verdict: 'review',
                color: 'none',
                format: 'pqr-unsigned',
                reasons: ['IDENTITY_ONLY'],
              }
            : {}),
        }),
      ),
    );
  const pending = () => kiosk.pendingCount();
  // What a timed-out wait reports, so a failure in CI says where the kiosk got stuck.
  const stuck = async () =>
    JSON.stringify({
      pending: await pending(),
      state: await kiosk.getSyncState(),
      setAside: [...client.setAside()],
      seen: proxy.seen,
    });
  const decideSome = async () => {
    const undecided = (await storedEntries(kiosk)).filter(
      (e) => e.verdict === 'review' && e.decision === null,
    );
    for (const [i, e] of undecided.entries())
      if (i % 2 === 0) await kiosk.setDecision(e.id, i % 4 === 0 ? 'admit' : 'refuse');
  };

  it('ends with the server holding exactly the kiosk log', async () => {
    await scan(1200);
    await client.uploadPending();
    expect(await pending()).toBe(0);

    // The server goes down mid-shift (killed, not stopped); the kiosk keeps working offline.
    await server.stop('SIGKILL');
    await scan(700);
    await decideSome();
    const failed = await client.uploadPending({ force: true });
    expect(failed).toMatchObject({ kind: 'ran', stop: { kind: 'failed' } });
    expect((await kiosk.getSyncState()).consecutiveFailures).toBeGreaterThan(0);
    expect(client.nextAttemptAt()).not.toBeNull();
    await sleep(300);
    expect(await pending()).toBeGreaterThan(0);

    // Back up: the retry timer and the interval drain the backlog without a "sync now".
    server = await startServerProcess(dataDir, port);
    await until(
      'the backlog to drain after the restart',
      async () => (await pending()) === 0,
      stuck,
    );

    // 500s, connections dropped before and after the server stored a batch, and batches
    // delivered twice, while check-ins and decisions keep coming.
    proxy.inject(
      'error-500',
      'drop-after',
      'deliver-twice',
      'error-500',
      'drop-before',
      'drop-after',
      'deliver-twice',
      'error-500',
    );
    for (let round = 0; round < 8; round++) {
      await scan(150);
      if (round % 3 === 1) await decideSome();
      await client.uploadPending();
      await sleep(30);
    }
    await until(
      'every entry to be acknowledged',
      async () => {
        if ((await pending()) > 0) await client.uploadPending({ force: true });
        return (await pending()) === 0;
      },
      stuck,
    );
    expect(proxy.seen).toMatchObject({
      'error-500': 3,
      'drop-before': 1,
      'drop-after': 2,
      'deliver-twice': 2,
    });
    expect(proxy.seen['upstream-down']).toBeGreaterThan(0);
    expect((await kiosk.getSyncState()).lastError).toBeNull();
    expect(client.setAside().size).toBe(0);

    // Compare both sides, row by row, with the server stopped and its database opened here.
    await server.stop();
    const db = await openDatabase({ dataDir });
    try {
      const rows = await db.query<{ id: string; decision: string | null; verdict: string }>(
        'SELECT id::text AS id, decision, verdict FROM entries',
      );
      const [stats] = await db.query<{ n: number; distinct_ids: number }>(
        'SELECT count(*) AS n, count(DISTINCT id) AS distinct_ids FROM entries',
      );
      const entries = new Map((await storedEntries(kiosk)).map((e) => [e.id, e]));
      expect(entries.size).toBe(1200 + 700 + 8 * 150);
      expect(stats).toEqual({ n: entries.size, distinct_ids: entries.size });
      for (const row of rows) {
        const local = entries.get(row.id);
        expect(local, row.id).toBeDefined();
        expect(row.decision).toBe(local!.decision);
      }
      const decided = rows.filter((r) => r.decision !== null).length;
      expect(decided).toBe([...entries.values()].filter((e) => e.decision !== null).length);
      expect(decided).toBeGreaterThan(0);
    } finally {
      await db.close();
    }
  }, 120_000);
});
