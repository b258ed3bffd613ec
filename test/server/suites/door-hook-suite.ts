// The door hook: on a fresh admit the server POSTs the entry's direction and device to the
// venue's URL, signed with HMAC, from a job table in the database: retried with backoff when
// the receiver fails, never for a denied or stale entry, never twice, and never in the way
// of the upload (which answers before the POST is made).
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { beforeAll, describe, expect, it } from 'vitest';
import { toWireEntry } from '../../../src/sync/wire-entry';
import { verifyHookSignature } from '../../../server/door-hook/hook-signature';
import type { ServerHandle } from '../../../server/start-server';
import { makeEntry } from '../support/entries';
import { enrollTestDevice, upload } from '../support/signed-client';
import type { SuiteContext } from './suite-context';

/** The suite's server looks for due hooks every 50 ms and first retries after 100 ms (1 s
 * each in production): the same doubling, ten times sooner. */
export const DOOR_HOOK_TIMING = { intervalMs: 50, retryBaseMs: 100 };

interface Received {
  body: string;
  signature: string;
  at: number;
}

/** A door controller: answers with the next status of `script` (then 200), records each POST. */
async function receiver(script: number[] = []) {
  const received: Received[] = [];
  const http = createServer((req: IncomingMessage, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      received.push({
        body,
        signature: String(req.headers['x-kiosk-hook-signature'] ?? ''),
        at: Date.now(),
      });
      res.writeHead(script.shift() ?? 200).end();
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}/door`,
    received,
    close: () => new Promise<void>((resolve) => http.close(() => resolve())),
  };
}

const until = async (check: () => boolean | Promise<boolean>, ms = 20_000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting for the door hook');
    await new Promise((r) => setTimeout(r, 50));
  }
};

export function doorHookSuite(ctx: SuiteContext): void {
  describe('door hook', () => {
    let server: ServerHandle;
    beforeAll(() => void (server = ctx.server()));

    it('POSTs each fresh admit once, signed, retrying a failing receiver with backoff', async () => {
      const door = await receiver([500, 503]);
      try {
        const { venue, enrollment } = await server.ops.createVenue('Hooked');
        const device = await enrollTestDevice(server.url, enrollment.code, 'Turnstile');
        const { secret } = await server.ops.setDoorHook(venue.id, door.url);
        const admit = makeEntry({ at: Date.now(), direction: 'in' });
        const sent = await upload(device, [
          toWireEntry(admit),
          toWireEntry(makeEntry({ verdict: 'deny', color: 'red', reasons: ['SIG_INVALID'] })),
          toWireEntry(makeEntry({ at: Date.now() - 10 * 60_000 })), // from a backlog: too late for a door
          toWireEntry(makeEntry({ verdict: 'review', decision: null, color: 'none' })),
        ]);
        expect(sent.status).toBe(200);
        // The third POST reaches the receiver before the worker records its answer: wait
        // for the record, not only for the request.
        const delivered = async () =>
          (
            await server.db.query(
              'SELECT 1 FROM door_hook_jobs WHERE entry_id = $1 AND done_at IS NOT NULL',
              [admit.id],
            )
          ).length === 1;
        await until(delivered);
        await upload(device, [toWireEntry(admit)]); // sent again: no second job
        const jobs = await server.db.query<{ entry_id: string; done: boolean }>(
          'SELECT entry_id::text, done_at IS NOT NULL AS done FROM door_hook_jobs WHERE venue_id = $1',
          [venue.id],
        );
        expect(jobs).toEqual([{ entry_id: admit.id, done: true }]); // nothing left to send
        expect(door.received).toHaveLength(3); // two failures, then delivered
        // Retried after the base delay, then after twice that.
        const [first, second, third] = door.received.map((r) => r.at);
        expect(second! - first!).toBeGreaterThanOrEqual(DOOR_HOOK_TIMING.retryBaseMs);
        expect(third! - second!).toBeGreaterThanOrEqual(2 * DOOR_HOOK_TIMING.retryBaseMs);
        const event = JSON.parse(door.received[2]!.body) as Record<string, unknown>;
        expect(event).toEqual({
          event: 'admit',
          venueId: venue.id,
          deviceId: device.deviceId,
          entryId: admit.id,
          direction: 'in',
          at: admit.at,
        });
        for (const r of door.received)
          expect(verifyHookSignature(secret, r.signature, r.body, Date.now())).toBe(true);
        expect(
          verifyHookSignature(
            'A'.repeat(43),
            door.received[2]!.signature,
            door.received[2]!.body,
            Date.now(),
          ),
        ).toBe(false);
        const [job] = await server.db.query<{ attempts: number; done: boolean }>(
          'SELECT attempts, done_at IS NOT NULL AS done FROM door_hook_jobs WHERE entry_id = $1',
          [admit.id],
        );
        expect(job).toEqual({ attempts: 3, done: true });
      } finally {
        await door.close();
      }
    });

    it('sends each queued hook once, also with several server processes on the database', async () => {
      const door = await receiver();
      try {
        const { venue, enrollment } = await server.ops.createVenue('Hooked twice');
        const device = await enrollTestDevice(server.url, enrollment.code);
        await server.ops.setDoorHook(venue.id, door.url);
        const peer = await ctx.backend.peerOf(server, { doorHooks: DOOR_HOOK_TIMING });
        try {
          const entries = Array.from({ length: 20 }, (_, i) => makeEntry({ at: Date.now() - i }));
          expect((await upload(device, entries.map(toWireEntry))).status).toBe(200);
          const undone = async () =>
            (
              await server.db.query<{ n: number }>(
                'SELECT count(*) AS n FROM door_hook_jobs WHERE venue_id = $1 AND done_at IS NULL',
                [venue.id],
              )
            )[0]!.n;
          await until(async () => door.received.length >= 20 && (await undone()) === 0);
          const ids = door.received.map((r) => (JSON.parse(r.body) as { entryId: string }).entryId);
          expect(ids.sort()).toEqual(entries.map((e) => e.id).sort());
        } finally {
          await peer?.close();
        }
      } finally {
        await door.close();
      }
    });
  });
}
