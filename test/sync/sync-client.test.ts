// The sync client (src/sync) against an in-process server: enrollment, draining a backlog in
// batches, decisions re-sent, backoff with "sync now" and "network back" bypassing it, clock
// correction, and entries set aside instead of blocking the queue.
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { SyncStatus } from '../../src/model';
import { addEntries } from '../../src/store';
import { ALWAYS_ONLINE, createSyncClient, type SyncClientOptions } from '../../src/sync';
import type { ServerHandle } from '../../server/start-server';
import { makeEntries, makeEntry } from '../server/support/entries';
import { startTestServer } from '../server/support/test-server';
import { openTestStore } from '../support/test-store';

let server: ServerHandle;
beforeAll(async () => void (server = await startTestServer()), 60_000);
afterAll(() => server?.close());

const serverCount = async (deviceId: string) =>
  (
    await server.db.query<{ n: number }>('SELECT count(*) AS n FROM entries WHERE device_id = $1', [
      deviceId,
    ])
  )[0]!.n;

/** The kiosk's real store (fake-indexeddb), deleted after the test. */
async function kioskStore() {
  const store = await openTestStore();
  onTestFinished(() => store.remove());
  return store;
}

/** A kiosk enrolled at a new venue, with a client over it. */
async function enrolledKiosk(options: Partial<SyncClientOptions> = {}) {
  const kiosk = await kioskStore();
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

const isUpload = (input: Parameters<typeof fetch>[0]) =>
  String(input).endsWith('/api/sync/entries');
const review = () =>
  makeEntry({ verdict: 'review', color: 'none', format: 'cccd', reasons: ['IDENTITY_ONLY'] });

describe('sync client', () => {
  it('uploads a moment after a write is nudged, and says it is running meanwhile', async () => {
    const { kiosk, client, deviceId } = await enrolledKiosk({ nudgeDelayMs: 50 });
    await client.start();
    await kiosk.addEntry(makeEntry());
    client.nudge();
    client.nudge(); // a burst of writes costs one round
    await expect.poll(() => client.status.value.running).toBe(true);
    await expect.poll(() => kiosk.pendingCount()).toBe(0);
    expect(await serverCount(deviceId)).toBe(1);
    await expect.poll(() => client.status.value).toMatchObject({ running: false, setAside: 0 });
  });

  it('uploads a write nudged while a round is past its upload, without waiting for the interval', async () => {
    // The round's later steps (here the bundle request) are held, as on a slow network.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let bundleAsked = false;
    const slowBundle: typeof fetch = async (input, init) => {
      if (String(input).endsWith('/api/bundle')) {
        bundleAsked = true;
        await held;
      }
      return fetch(input, init);
    };
    const { kiosk, client, deviceId } = await enrolledKiosk({
      nudgeDelayMs: 20,
      fetch: slowBundle,
      offerBundle: async () => ({ kind: 'unchanged' }) as never,
    });
    await client.start();
    await expect.poll(() => bundleAsked).toBe(true); // the first round is past its upload
    await kiosk.addEntry(makeEntry());
    client.nudge();
    await new Promise((r) => setTimeout(r, 60)); // the nudge has come while the round is held
    release();
    await expect.poll(() => kiosk.pendingCount()).toBe(0);
    expect(await serverCount(deviceId)).toBe(1);
  });

  it('enrolls once per code, and says why not otherwise', async () => {
    const { enrollment } = await server.ops.createVenue('Enroll me');
    const client = createSyncClient({ source: await kioskStore(), network: ALWAYS_ONLINE });
    const first = await client.enroll(server.url, enrollment.code.toLowerCase());
    expect(first).toMatchObject({
      ok: true,
      enrollment: { device: { venueName: 'Enroll me' }, roots: [], bundle: null },
    });
    expect(await client.enroll(server.url, enrollment.code)).toMatchObject({
      ok: false,
      reason: 'code-used',
    });
    expect(await client.enroll(server.url, 'ZZZZZ-ZZZZZ')).toMatchObject({
      ok: false,
      reason: 'code-invalid',
    });
    expect(await client.enroll(server.url, 'not a code')).toMatchObject({
      ok: false,
      reason: 'code-invalid',
    });
    expect(await client.enroll('http://127.0.0.1:9', enrollment.code)).toMatchObject({
      ok: false,
      reason: 'network',
    });
  });

  it('drains a backlog in batches of at most 500, marking only what the server acknowledged', async () => {
    const statuses: SyncStatus[] = [];
    const sizes: number[] = [];
    const counting: typeof fetch = async (input, init) => {
      if (isUpload(input))
        sizes.push(JSON.parse(new TextDecoder().decode(init!.body as Uint8Array)).entries.length);
      return fetch(input, init);
    };
    const { kiosk, client, deviceId } = await enrolledKiosk({
      fetch: counting,
      onStatus: (s) => statuses.push(s),
    });
    await addEntries(kiosk.db, makeEntries(1234));
    const report = await client.uploadPending();
    expect(report).toMatchObject({
      kind: 'ran',
      stop: { kind: 'drained' },
      sent: 1234,
      marked: 1234,
    });
    expect(sizes).toEqual([500, 500, 234]);
    expect(await kiosk.pendingCount()).toBe(0);
    expect(await serverCount(deviceId)).toBe(1234);
    const state = await kiosk.getSyncState();
    expect(state).toMatchObject({ lastError: null, consecutiveFailures: 0 });
    expect(state.lastSuccessAt).not.toBeNull();
    expect(statuses.some((s) => s.running)).toBe(true);
    expect(statuses.at(-1)).toMatchObject({ running: false });
  });

  it('re-sends an entry when its decision is made, and keeps one decided in flight pending', async () => {
    const racing = { id: '' };
    const { kiosk, client } = await enrolledKiosk({
      fetch: async (input, init) => {
        const answer = await fetch(input, init);
        if (racing.id) await kiosk.setDecision(racing.id, 'refuse'); // the guard decides while the batch is in flight
        racing.id = '';
        return answer;
      },
    });
    const early = review();
    const inFlight = review();
    await addEntries(kiosk.db, [early, inFlight]);
    await client.uploadPending();
    await kiosk.setDecision(early.id, 'admit');
    racing.id = inFlight.id;
    const report = await client.uploadPending();
    // Both went up; the in-flight decision made the first answer stale for that entry only.
    expect(report).toMatchObject({ stop: { kind: 'drained' } });
    expect(await kiosk.pendingCount()).toBe(0);
    const rows = await server.db.query<{ id: string; decision: string }>(
      'SELECT id::text AS id, decision FROM entries WHERE id = ANY($1::uuid[])',
      [[early.id, inFlight.id]],
    );
    expect(Object.fromEntries(rows.map((r) => [r.id, r.decision]))).toEqual({
      [early.id]: 'admit',
      [inFlight.id]: 'refuse',
    });
  });

  it('backs off after a failure; "sync now" and the network coming back do not wait', async () => {
    let online: () => void = () => {};
    let down = true;
    const { kiosk, client, deviceId } = await enrolledKiosk({
      fetch: async (input, init) =>
        down && isUpload(input)
          ? Promise.reject(new TypeError('fetch failed'))
          : fetch(input, init),
      network: {
        online: () => true,
        watch: (callback) => ((online = () => callback(true)), () => {}),
      },
    });
    await kiosk.addEntry(makeEntry());
    await client.start(); // watches the network, and starts a first round (which this joins)
    expect(await client.uploadPending()).toMatchObject({
      kind: 'ran',
      stop: { kind: 'failed', error: { code: 'network' } },
    });
    expect(client.nextAttemptAt()! - Date.now()).toBeGreaterThan(29_000);
    expect(await client.uploadPending()).toEqual({ kind: 'skipped', why: 'backing-off' });
    await client.uploadPending({ force: true });
    expect(await kiosk.getSyncState()).toMatchObject({
      consecutiveFailures: 2,
      lastError: { code: 'network', detail: expect.stringMatching(/fetch failed/) },
    });
    down = false;
    online();
    await client.uploadPending(); // joins the run the online event started
    expect(await kiosk.pendingCount()).toBe(0);
    expect(await serverCount(deviceId)).toBe(1);
    expect(await kiosk.getSyncState()).toMatchObject({ consecutiveFailures: 0, lastError: null });
    expect(client.nextAttemptAt()).toBeNull();
    client.dispose();
  });

  it('corrects its clock from the server when the device clock is 10 minutes off', async () => {
    const { kiosk, client, deviceId } = await enrolledKiosk({
      now: () => Date.now() + 10 * 60_000,
    });
    await kiosk.addEntry(makeEntry());
    expect(await client.uploadPending()).toMatchObject({ stop: { kind: 'drained' }, marked: 1 });
    expect(await serverCount(deviceId)).toBe(1);
  });

  it('sets aside an entry it cannot send, or the server refuses, and syncs the rest', async () => {
    let refuseId = '';
    const { kiosk, client, deviceId } = await enrolledKiosk({
      fetch: async (input, init) => {
        const body = init?.body ? new TextDecoder().decode(init.body as Uint8Array) : '';
        if (refuseId && body.includes(refuseId)) {
          return new Response(
            JSON.stringify({
              error: 'ENTRY_MALFORMED',
              reason: 'entries[0].kid: injected',
              id: refuseId,
            }),
            { status: 400 },
          );
        }
        return fetch(input, init);
      },
    });
    const broken = makeEntry({ maskedName: 'N. \u202eHAN' });
    const refused = makeEntry();
    refuseId = refused.id;
    await addEntries(kiosk.db, [broken, refused, ...makeEntries(10)]);
    const report = await client.uploadPending();
    expect(report).toMatchObject({ stop: { kind: 'drained' }, marked: 10 });
    expect(client.setAside()).toEqual(
      new Map([
        [broken.id, expect.stringMatching(/maskedName/)],
        [refused.id, expect.stringMatching(/ENTRY_MALFORMED/)],
      ]),
    );
    expect(await kiosk.pendingCount()).toBe(2); // never dropped: still on the device, still counted
    expect(await serverCount(deviceId)).toBe(10);
    expect((await kiosk.getSyncState()).lastError).toEqual({
      code: 'set-aside',
      detail: expect.stringMatching(/^2 set aside/),
    });
    expect(client.status.value.setAside).toBe(2);
  });

  it('sends an entry once when the store lists it twice', async () => {
    const { kiosk, client, deviceId } = await enrolledKiosk();
    await addEntries(kiosk.db, makeEntries(3));
    const take = kiosk.takeUnsynced.bind(kiosk);
    kiosk.takeUnsynced = async (limit) => (await take(limit)).flatMap((e) => [e, e]);
    expect(await client.uploadPending()).toMatchObject({ stop: { kind: 'drained' }, marked: 3 });
    expect(client.setAside().size).toBe(0);
    expect(await serverCount(deviceId)).toBe(3);
  });

  it('halves its batches when the server says a batch is too large', async () => {
    const sizes: number[] = [];
    const { kiosk, client, deviceId } = await enrolledKiosk({
      fetch: async (input, init) => {
        if (!isUpload(input)) return fetch(input, init);
        const n = JSON.parse(new TextDecoder().decode(init!.body as Uint8Array)).entries
          .length as number;
        sizes.push(n);
        return n > 120
          ? new Response('{"error":"BODY_TOO_LARGE","reason":"x"}', { status: 413 })
          : fetch(input, init);
      },
    });
    await addEntries(kiosk.db, makeEntries(300));
    expect(await client.uploadPending()).toMatchObject({ stop: { kind: 'drained' }, marked: 300 });
    expect(sizes.slice(0, 3)).toEqual([300, 150, 75]);
    expect(await serverCount(deviceId)).toBe(300);
  });

  it('records a failing store as a failed run instead of throwing', async () => {
    const { kiosk, client } = await enrolledKiosk();
    await kiosk.addEntry(makeEntry());
    kiosk.takeUnsynced = async () => {
      throw new Error('IndexedDB went away');
    };
    const report = await client.uploadPending();
    expect(report).toMatchObject({
      kind: 'ran',
      stop: { kind: 'failed', error: { code: 'storage', detail: 'IndexedDB went away' } },
    });
    expect(await kiosk.getSyncState()).toMatchObject({
      consecutiveFailures: 1,
      lastError: { code: 'storage', detail: 'IndexedDB went away' },
    });
    client.dispose();
  });

  it('does nothing before enrollment', async () => {
    const kiosk = await kioskStore();
    await kiosk.addEntry(makeEntry());
    const client = createSyncClient({ source: kiosk, network: ALWAYS_ONLINE });
    expect(await client.uploadPending({ force: true })).toEqual({
      kind: 'skipped',
      why: 'not-enrolled',
    });
  });
});
