// The sync client's requests beside the upload, against an in-process server: the venue-wide
// people-inside figure after each round (every door of the venue), the kiosk's status report
// (after the first round, then only when due), and nothing of either while the server does not
// answer.
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { HeldBundle } from '../../src/model';
import { addEntries } from '../../src/store';
import { ALWAYS_ONLINE, createSyncClient, type SyncClientOptions } from '../../src/sync';
import type { StatusFacts } from '../../src/sync/status-reporter';
import type { ServerHandle } from '../../server/start-server';
import { venueDeviceStatus } from '../../server/store/device-status';
import { makeEntry } from '../server/support/entries';
import { startTestServer } from '../server/support/test-server';
import { openTestStore } from '../support/test-store';

let server: ServerHandle;
beforeAll(async () => void (server = await startTestServer()), 60_000);
afterAll(() => server?.close());

/** A kiosk enrolled with `code` at `url`, its client asking the venue's figure. */
async function kioskWith(code: string, options: Partial<SyncClientOptions> = {}, url = server.url) {
  const kiosk = await openTestStore();
  onTestFinished(() => kiosk.remove());
  const client = createSyncClient({
    source: kiosk,
    network: ALWAYS_ONLINE,
    backoff: { baseMs: 60_000, maxMs: 60_000 },
    venueOccupancy: true,
    ...options,
  });
  onTestFinished(() => client.dispose());
  const enrolled = await client.enroll(server.url, code);
  if (!enrolled.ok) throw new Error(enrolled.reason);
  await kiosk.putDevice(enrolled.enrollment.device);
  // As set-up does: the venue's pass key comes with the enrollment, so no round asks for it.
  if (enrolled.enrollment.venueSecret)
    await kiosk.adoptVenueSecret(
      enrolled.enrollment.device.venueId,
      enrolled.enrollment.venueSecret,
    );
  await kiosk.saveSettings({ syncServer: url });
  return { kiosk, client, device: enrolled.enrollment.device };
}

/** A fetch that counts the requests to each path. */
function countingFetch(through: typeof fetch = fetch) {
  const calls: string[] = [];
  const counted: typeof fetch = (input, init) => {
    calls.push(new URL(String(input)).pathname);
    return through(input, init);
  };
  return { counted, calls, count: (path: string) => calls.filter((p) => p === path).length };
}

describe('sync client: venue-wide occupancy and status reports', () => {
  it("gives each kiosk the whole venue's people inside: in at one door, out at another", async () => {
    const { venue, enrollment } = await server.ops.createVenue(`Two doors ${Math.random()}`);
    // Above the server's 2 s cache, so that a follow-up question sees what was just sent.
    const options = { occupancyGapMs: 2100 };
    const entrance = await kioskWith(enrollment.code, options);
    const exit = await kioskWith((await server.ops.newEnrollmentCode(venue.id)).code, options);
    const now = Date.now();
    await addEntries(entrance.kiosk.db, [
      makeEntry({ at: now - 3000 }),
      makeEntry({ at: now - 2000 }),
      makeEntry({ at: now - 1000 }),
      makeEntry({ at: now - 500, verdict: 'deny', color: 'red', reasons: ['SIG_INVALID'] }),
    ]);
    await addEntries(exit.kiosk.db, [makeEntry({ at: now - 800, direction: 'out' })]);
    await entrance.client.syncNow();
    expect(entrance.client.occupancy.value).toMatchObject({ inside: 3, in: 3, out: 0 });
    // The exit's first answer may be the server's cached figure, without its own exit; its
    // follow-up question, when the gap ends, counts it.
    await exit.client.syncNow();
    await expect
      .poll(() => exit.client.occupancy.value, { timeout: 10_000 })
      .toMatchObject({ inside: 2, in: 3, out: 1 });
    // The entrance's next round (nothing to send) asks again, at once or when its gap ends.
    await entrance.client.syncNow();
    await expect
      .poll(() => entrance.client.occupancy.value, { timeout: 10_000 })
      .toMatchObject({ inside: 2, in: 3, out: 1 });
    expect(entrance.client.occupancy.value!.receivedAt).toBeGreaterThanOrEqual(now);
  });

  it('reports its status after the first round, then only when due or when the bundle changes', async () => {
    const { enrollment, venue } = await server.ops.createVenue(`Reports ${Math.random()}`);
    const facts: StatusFacts = {
      pending: 0,
      appVersion: '0.9.0+test',
      bundleSeq: null,
      bundleIssuedAt: null,
      bundleRefusal: null,
    };
    const net = countingFetch();
    const { kiosk, client, device } = await kioskWith(enrollment.code, {
      fetch: net.counted,
      statusFacts: async () => ({ ...facts, pending: await kiosk.pendingCount() }),
    });
    await addEntries(kiosk.db, [makeEntry()]);
    await client.syncNow();
    const held = async () => (await venueDeviceStatus(server.db, venue.id)).get(device.deviceId);
    expect(await held()).toMatchObject({
      pending: 0,
      appVersion: '0.9.0+test',
      bundleSeq: null,
      bundleRefusal: null,
    });
    await client.syncNow();
    expect(net.count('/api/sync/status')).toBe(1);
    const refusal: HeldBundle['lastRefusal'] = { code: 'BUNDLE_ROOT_UNKNOWN', at: Date.now() };
    facts.bundleRefusal = refusal;
    await client.syncNow();
    expect(net.count('/api/sync/status')).toBe(2);
    expect((await held())?.bundleRefusal).toEqual(refusal);
  });

  it('asks nothing beside the upload while the server does not answer', async () => {
    const { enrollment } = await server.ops.createVenue(`Down ${Math.random()}`);
    const net = countingFetch();
    const { kiosk, client } = await kioskWith(
      enrollment.code,
      {
        fetch: net.counted,
        statusFacts: async () => ({
          pending: 1,
          appVersion: 'x',
          bundleSeq: null,
          bundleIssuedAt: null,
        }),
      },
      'http://127.0.0.1:9',
    );
    await addEntries(kiosk.db, [makeEntry()]);
    await client.syncNow();
    expect(client.status.value.server).toBe('failed');
    expect(net.calls).toEqual(['/api/enroll', '/api/sync/entries']);
    expect(client.occupancy.value).toBeNull();
  });
});
