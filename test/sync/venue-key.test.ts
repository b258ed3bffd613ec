// The venue's pseudonym key for a kiosk that does not hold it (enrolled by a server that did
// not send it, or upgraded to schema 4 after enrolling with a local key): the sync client asks
// the signed /api/sync/venue-secret before its upload and takes it into use; a failure to get
// it changes nothing and uploads go on.
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { passPseudonym, readPseudonymSecret } from '../../src/core';
import { ALWAYS_ONLINE, createSyncClient, type SyncClientOptions } from '../../src/sync';
import type { ServerHandle } from '../../server/start-server';
import { makeEntry } from '../server/support/entries';
import { startTestServer } from '../server/support/test-server';
import { openTestStore } from '../support/test-store';

let server: ServerHandle;
beforeAll(async () => void (server = await startTestServer()), 60_000);
afterAll(() => server?.close());

async function kioskWithLocalKey(options: Partial<SyncClientOptions> = {}) {
  const kiosk = await openTestStore();
  onTestFinished(() => kiosk.remove());
  const client = createSyncClient({ source: kiosk, network: ALWAYS_ONLINE, ...options });
  onTestFinished(() => client.dispose());
  const { enrollment } = await server.ops.createVenue(`Venue ${Math.random()}`);
  const enrolled = await client.enroll(server.url, enrollment.code);
  if (!enrolled.ok) throw new Error(enrolled.reason);
  // As an upgraded kiosk: enrolled, but its key is the one the schema 4 step made.
  await kiosk.putDevice(enrolled.enrollment.device);
  await kiosk.saveSettings({ syncServer: server.url });
  return { kiosk, client, venueSecret: enrolled.enrollment.venueSecret! };
}

describe('the venue key', () => {
  it('is fetched, signed, before an upload, and used from then on', async () => {
    const { kiosk, client, venueSecret } = await kioskWithLocalKey();
    expect(venueSecret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const local = await kiosk.getPassKey();
    expect(local.source).toBe('local');
    const before = await kiosk.pseudonymOf('qid:123456789');
    await kiosk.addEntry(makeEntry({ passId: before }));
    expect(await client.uploadPending()).toMatchObject({ stop: { kind: 'drained' }, marked: 1 });
    expect(await kiosk.getPassKey()).toMatchObject({ source: 'venue', secret: venueSecret });
    const after = await kiosk.pseudonymOf('qid:123456789');
    expect(after).toBe(passPseudonym(readPseudonymSecret(venueSecret)!, 'qid:123456789'));
    expect(after).not.toBe(before);
  });

  it('a server that cannot give it changes nothing, and the upload goes on', async () => {
    const { kiosk, client } = await kioskWithLocalKey({
      fetch: async (input, init) =>
        String(input).endsWith('/api/sync/venue-secret')
          ? new Response('{"error":"NOT_FOUND"}', { status: 404 })
          : fetch(input, init),
    });
    await kiosk.addEntry(makeEntry({ passId: await kiosk.pseudonymOf('cccd:001093029317') }));
    expect(await client.uploadPending()).toMatchObject({ stop: { kind: 'drained' }, marked: 1 });
    expect((await kiosk.getPassKey()).source).toBe('local');
  });
});
