// Big-export drill: a day of 100,000 entries exported as CSV. The export is streamed a page at
// a time (a keyset cursor), so the server's memory stays flat, other requests are answered
// while it runs, a client that stops reading holds nothing but its socket, and every row is
// there once, in order. (The audit: 261,500 rows held in memory, 11 s with every other
// request blocked, RSS 384 MB → 1.29 GB.)
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServerHandle } from '../../server/start-server';
import { vietnamDayOf, vietnamDayRange } from '../../server/pages/vietnam-day';
import { startTestServer } from '../server/support/test-server';
import { newAccount, type PageSession } from '../server/support/page-client';
import { enrollTestDevice } from '../server/support/signed-client';

const ROWS = 100_000;
// Memory is judged on what stays reachable after a full collection, not on heapUsed as it
// happens: garbage waiting for the next collection is tens of MB on one machine and more on
// another (a CI run saw 84 MB of it), and says nothing about what the export holds.
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;
const retainedHeap = () => (collect(), process.memoryUsage().heapUsed);
let server: ServerHandle;
let venueId: string;
let day: string;
let owner: PageSession;
const exportUrl = () => `${server.url}/admin/export.csv?venue=${venueId}&from=${day}&to=${day}`;

beforeAll(async () => {
  server = await startTestServer();
  const { enrollment, venue } = await server.ops.createVenue('Siêu thị');
  venueId = venue.id;
  const device = await enrollTestDevice(server.url, enrollment.code);
  owner = await newAccount(server.url, server.ops, { role: 'owner', venues: [venueId] });
  day = vietnamDayOf(Date.now() - 24 * 60 * 60_000);
  const { from } = vietnamDayRange(day)!;
  // One entry every 0.8 s of the day; ids are UUIDv7 of their own time, as a kiosk makes them.
  await server.db.query(
    `INSERT INTO entries (id, venue_id, device_id, at, direction, source, format, verdict, decision,
       color, reasons, pass_id, pass_hash, masked_name, birth_year, masked_id, kid, bundle_seq, received_at)
     SELECT (lpad(to_hex($3::bigint + g * 800), 12, '0') || '7000' || '8' || lpad(to_hex(g), 15, '0'))::uuid,
            $1, $2, $3::bigint + g * 800, 'in', 'camera', 'pqr-signed', 'admit', NULL, 'green',
            '["VACCINATED_FULL"]', NULL, NULL, 'N. V. A' || g, 1990, '********' || lpad((g % 10000)::text, 4, '0'),
            NULL, 1, $3::bigint + g * 800
       FROM generate_series(0, $4 - 1) AS g`,
    [venueId, device.deviceId, from, ROWS],
  );
}, 120_000);
afterAll(() => server?.close());

describe('big-export drill', () => {
  it('streams 100,000 rows with flat memory while other requests are answered', async () => {
    const heap0 = retainedHeap();
    let peak = heap0;
    const healthMs: number[] = [];
    let exporting = true;
    const prober = (async () => {
      while (exporting) {
        const t0 = performance.now();
        const res = await fetch(`${server.url}/api/health`);
        await res.arrayBuffer();
        healthMs.push(performance.now() - t0);
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    const res = await fetch(exportUrl(), { headers: { cookie: owner.cookie } });
    expect(res.status).toBe(200);
    const decoder = new TextDecoder();
    let lines = 0;
    let tail = '';
    let lastN = -1;
    let ordered = true;
    const reader = res.body!.getReader();
    for (;;) {
      const { done, value: chunk } = await reader.read();
      if (done) break;
      const text = tail + decoder.decode(chunk, { stream: true });
      const parts = text.split('\r\n');
      tail = parts.pop()!;
      for (const line of parts) {
        lines++;
        // Every 10,000 rows, while the export is mid-way: what does the server still hold?
        if (lines % 10_000 === 0) peak = Math.max(peak, retainedHeap());
        const m = /,N\. V\. A(\d+),/.exec(line);
        if (m) {
          const n = Number(m[1]);
          if (n !== lastN + 1) ordered = false;
          lastN = n;
        }
      }
    }
    exporting = false;
    await prober;
    expect(lines).toBe(ROWS + 1); // the header, then every row once
    expect(ordered).toBe(true);
    expect(lastN).toBe(ROWS - 1);
    // Other requests kept being answered during the export, none waiting for it.
    expect(healthMs.length).toBeGreaterThan(3);
    expect(Math.max(...healthMs)).toBeLessThan(2000);
    // A page at a time keeps ~2 MB reachable here; the same export built whole before sending
    // kept 42 MB (checked by swapping the stream for a joined string).
    expect(peak - heap0).toBeLessThan(16 * 1024 * 1024);
  }, 120_000);

  it('a client that stops reading holds only its socket', async () => {
    const controller = new AbortController();
    const res = await fetch(exportUrl(), {
      headers: { cookie: owner.cookie },
      signal: controller.signal,
    });
    const reader = res.body!.getReader();
    await reader.read(); // the first chunk, then nothing
    const heap0 = retainedHeap();
    await new Promise((r) => setTimeout(r, 1500));
    const t0 = performance.now();
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(retainedHeap() - heap0).toBeLessThan(20 * 1024 * 1024);
    controller.abort();
  });
});
