// The "Chờ gửi" count follows every write and every sync outcome, whoever started the sync:
// here the sync client's own backoff retry, which nobody on the screen asked for, and the
// interval is a minute away. Over the real store and services; the server is a fake fetch
// that refuses the first upload (503) and holds everything after.
import { describe, expect, it } from 'vitest';
import { createKiosk } from '../../src/app/create-kiosk';
import { createNobleVerifier, encodeB64u } from '../../src/core';
import { ALWAYS_ONLINE } from '../../src/sync';
import { openTestStore } from '../support/test-store';
import { fixtureEnvelope, fixtureWorld, NOW, rootKey } from '../support/world';

const world = fixtureWorld();

describe('the pending count', () => {
  it('follows the sync client’s own retry within moments, not at the next minute', async () => {
    const store = await openTestStore();
    const uploads: number[] = [];
    const fakeServer: typeof fetch = async (_input, init) => {
      const body = JSON.parse(new TextDecoder().decode(init!.body as Uint8Array)) as {
        entries: { id: string }[];
      };
      uploads.push(body.entries.length);
      if (uploads.length === 1) return new Response('{"error":"DOWN"}', { status: 503 });
      const held = body.entries.map((e) => e.id);
      return Response.json({ held, conflicts: [], inserted: held.length, updated: 0 });
    };
    const kiosk = createKiosk({
      store,
      verifier: createNobleVerifier(),
      now: () => NOW,
      sync: {
        fetch: fakeServer,
        network: ALWAYS_ONLINE,
        backoff: { baseMs: 300, maxMs: 300 },
        nudgeDelayMs: 10,
      },
    });
    try {
      await kiosk.start();
      await kiosk.setup.standalone(
        encodeB64u(rootKey.publicKey),
        JSON.stringify(fixtureEnvelope()),
      );
      await store.putDevice({
        deviceId: 'dev_1',
        venueId: 'venue_1',
        venueName: 'Quán Phở',
        publicKey: 'O2onvM62pC1io6jQKm8Nc2UyFXcd4kOmOsBIoYtZ2ik',
        privateKey: 'nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A',
        enrolledAt: NOW,
      });
      await kiosk.settings.save({ syncServer: 'https://kiosk.example.vn' });

      await kiosk.checkIn.scan(world.validCodes[0]!, 'camera');
      await kiosk.checkIn.scan(world.validCodes[1]!, 'camera');
      // The write is counted: the verdict paints first, then the count follows.
      await expect.poll(() => kiosk.counters.current.value.pending).toBe(2);
      // The first upload fails; the client retries by itself after its backoff…
      await expect.poll(() => uploads.length, { timeout: 5000 }).toBe(2);
      // …and the count follows that run at once.
      await expect.poll(() => kiosk.counters.current.value.pending, { timeout: 1000 }).toBe(0);
      expect(kiosk.sync.status.value.lastError).toBeNull();
    } finally {
      kiosk.dispose();
      await store.remove();
    }
  });
});
