// Poison-entry drill (issue 13): a kiosk with 1,000 entries, one of which the server fails on
// (a 500 for any batch holding it, as an older server did for a lone surrogate; or the
// connection dropped), and one the kiosk's wire check refuses, against the real sync server.
// Every other entry reaches the server, the two are set aside and shown (sync status and the
// stored last error), nothing is lost on the device. A whole-server outage sets nothing aside,
// and a 429 keeps every entry and waits the server's Retry-After. The drain before issue 13
// retried the oldest batch for ever: no entry after the poison ever reached the server.
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { Entry } from '../../src/model';
import { addEntries } from '../../src/store';
import { ALWAYS_ONLINE, createSyncClient, type SyncClientOptions } from '../../src/sync';
import type { ServerHandle } from '../../server/start-server';
import { makeEntries, makeEntry } from '../server/support/entries';
import { startTestServer } from '../server/support/test-server';
import { openTestStore } from '../support/test-store';

let server: ServerHandle;
beforeAll(async () => void (server = await startTestServer()), 60_000);
afterAll(() => server?.close());

const held = async (deviceId: string) =>
  (
    await server.db.query<{ n: number }>('SELECT count(*) AS n FROM entries WHERE device_id = $1', [
      deviceId,
    ])
  )[0]!.n;

const isUpload = (input: Parameters<typeof fetch>[0]) =>
  String(input).endsWith('/api/sync/entries');
const bodyOf = (init?: RequestInit) =>
  init?.body ? new TextDecoder().decode(init.body as Uint8Array) : '';

async function enrolledKiosk(options: Partial<SyncClientOptions> = {}) {
  const kiosk = await openTestStore();
  onTestFinished(() => kiosk.remove());
  const client = createSyncClient({
    source: kiosk,
    network: ALWAYS_ONLINE,
    backoff: { baseMs: 60_000, maxMs: 60_000 },
    ...options,
  });
  onTestFinished(() => client.dispose());
  const { enrollment } = await server.ops.createVenue(`Venue ${Math.random()}`);
  const enrolled = await client.enroll(server.url, enrollment.code);
  if (!enrolled.ok) throw new Error(enrolled.reason);
  await kiosk.putDevice(enrolled.enrollment.device);
  await kiosk.saveSettings({ syncServer: server.url });
  return { kiosk, client, deviceId: enrolled.enrollment.device.deviceId };
}

/** Runs until drained or `max` runs (each after the backoff, as the retry timer would). */
async function syncUntilDrained(client: ReturnType<typeof createSyncClient>, max: number) {
  for (let i = 1; i <= max; i++) {
    const report = await client.uploadPending({ force: true });
    if (report.kind === 'ran' && report.stop.kind === 'drained') return i;
  }
  return null;
}

describe('poison-entry drill', () => {
  for (const fault of ['a 500', 'a dropped connection'] as const) {
    it(`one entry the server fails on (${fault}) among 1,000: all the others go up`, async () => {
      let poison = '';
      const { kiosk, client, deviceId } = await enrolledKiosk({
        fetch: async (input, init) => {
          if (isUpload(input) && bodyOf(init).includes(poison)) {
            if (fault === 'a 500')
              return new Response('{"error":"INTERNAL","reason":"injected"}', { status: 500 });
            throw new TypeError('fetch failed: socket hang up (injected)');
          }
          return fetch(input, init);
        },
      });
      const entries: Entry[] = makeEntries(1000);
      poison = entries[137]!.id;
      // And one the kiosk's own wire check refuses (a lone surrogate, as a bad mask left it).
      const hostile = { ...entries[600]!, maskedName: 'A\uD83D' };
      entries[600] = hostile;
      await addEntries(kiosk.db, entries);

      const runs = await syncUntilDrained(client, 5);
      expect(runs, 'runs until drained').not.toBeNull();
      expect(await held(deviceId)).toBe(998);
      if (fault === 'a 500') {
        expect(new Set(client.setAside().keys())).toEqual(new Set([poison, hostile.id]));
        expect(client.setAside().get(poison)).toMatch(/fails on this entry alone/);
        // Shown to the owner: the status the settings screen reads, and the stored last error.
        expect(client.status.value.setAside).toBe(2);
      } else {
        // No answer is no proof against the entry (a process down behind a load balancer
        // looks the same): it stays a suspect, skipped and tried alone each run, never in
        // anyone's way; only the wire-refused one is set aside.
        expect(new Set(client.setAside().keys())).toEqual(new Set([hostile.id]));
        expect(client.status.value.setAside).toBe(1);
      }
      expect((await kiosk.getSyncState()).lastError).toMatchObject({ code: 'set-aside' });
      // Nothing lost: both still on the device, still pending.
      expect(await kiosk.pendingCount()).toBe(2);
      expect((await kiosk.takeUnsynced()).map((e) => e.id).sort()).toEqual(
        [poison, hostile.id].sort(),
      );
    }, 120_000);
  }

  it('a whole-server outage sets nothing aside; everything goes up when it is back', async () => {
    let down = true;
    const { kiosk, client, deviceId } = await enrolledKiosk({
      fetch: async (input, init) =>
        down && isUpload(input)
          ? new Response('{"error":"INTERNAL","reason":"down"}', { status: 500 })
          : fetch(input, init),
    });
    await addEntries(kiosk.db, makeEntries(300));
    for (let i = 0; i < 6; i++) {
      const report = await client.uploadPending({ force: true });
      expect(report).toMatchObject({ kind: 'ran', stop: { kind: 'failed' } });
    }
    expect(client.setAside().size).toBe(0);
    down = false;
    expect(await syncUntilDrained(client, 2)).toBe(1);
    expect(await held(deviceId)).toBe(300);
    expect(client.setAside().size).toBe(0);
    expect(await kiosk.pendingCount()).toBe(0);
  }, 120_000);

  // An upload that meets the dead process gets no answer. Before issue 13's follow-up, entries
  // were set aside at random here (test/server/multi-server.test.ts caught it); each of these
  // orders set some aside then. Which uploads meet the dead process: half of them, in a fixed
  // pseudo-random order (as several kiosks sharing the balancer would make it), so the same
  // batch fails twice in a row now and then and the isolation runs.
  for (const start of [4, 5, 6, 8]) {
    it(`behind a round robin with one process down (order ${start}), nothing is set aside`, async () => {
      let seed = start;
      const meetsTheDeadOne = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) & 1024) === 0;
      const { kiosk, client, deviceId } = await enrolledKiosk({
        fetch: async (input, init) => {
          if (isUpload(input) && meetsTheDeadOne())
            throw new TypeError('fetch failed: connect ECONNREFUSED (the process that is down)');
          return fetch(input, init);
        },
        batchSize: 20,
      });
      await addEntries(kiosk.db, makeEntries(200));
      for (let i = 0; i < 200 && (await kiosk.pendingCount()) > 0; i++)
        await client.uploadPending({ force: true });
      expect(client.setAside().size).toBe(0);
      expect(await held(deviceId)).toBe(200);
      expect(await kiosk.pendingCount()).toBe(0);
    }, 120_000);
  }

  it('a 429 keeps every entry and waits the Retry-After', async () => {
    let limited = true;
    const { kiosk, client, deviceId } = await enrolledKiosk({
      fetch: async (input, init) =>
        limited && isUpload(input)
          ? new Response('{"error":"QUOTA","reason":"per-device quota"}', {
              status: 429,
              headers: { 'retry-after': '600' },
            })
          : fetch(input, init),
    });
    await addEntries(kiosk.db, [makeEntry(), makeEntry()]);
    const before = Date.now();
    expect(await client.uploadPending({ force: true })).toMatchObject({
      stop: { kind: 'failed', retryAfterMs: 600_000 },
    });
    expect(client.nextAttemptAt()! - before).toBeGreaterThanOrEqual(600_000 - 1000);
    expect(await client.uploadPending()).toEqual({ kind: 'skipped', why: 'backing-off' });
    expect(client.setAside().size).toBe(0);
    expect(await kiosk.pendingCount()).toBe(2);
    limited = false;
    await client.uploadPending({ force: true });
    expect(await held(deviceId)).toBe(2);
  }, 60_000);
});
