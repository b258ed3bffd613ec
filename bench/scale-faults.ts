// The faults of bench:scale, between the simulated kiosks and the server processes: requests
// spread round robin over the processes, a few responses lost after the server handled the
// request (the kiosk never hears it was stored), a few requests delivered twice (the second
// is a replay), and whatever a killed process does to the requests in flight.
export interface FaultStats {
  sent: number;
  dropped: number;
  duplicated: number;
  failed: number;
  /** Round trips of uploads that were answered 200, in ms. */
  batchMs: number[];
}

export function faultyRoundRobin(
  origins: () => string[],
  rates: { drop: number; duplicate: number },
  random: () => number,
): { fetch: typeof fetch; stats: FaultStats } {
  const stats: FaultStats = { sent: 0, dropped: 0, duplicated: 0, failed: 0, batchMs: [] };
  let next = 0;
  const faulty = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    const list = origins();
    const target = new URL(list[next++ % list.length]!);
    url.protocol = target.protocol;
    url.host = target.host;
    const upload = url.pathname === '/api/sync/entries';
    stats.sent++;
    const t0 = performance.now();
    try {
      const roll = upload ? random() : 1;
      if (roll < rates.duplicate) {
        stats.duplicated++;
        const [first] = await Promise.all([fetch(url, init), fetch(url, init).catch(() => null)]);
        return first;
      }
      const res = await fetch(url, init);
      if (roll < rates.duplicate + rates.drop) {
        stats.dropped++;
        await res.arrayBuffer();
        throw new TypeError('bench: response dropped');
      }
      if (upload && res.status === 200) stats.batchMs.push(performance.now() - t0);
      return res;
    } catch (e) {
      stats.failed++;
      throw e;
    }
  }) as typeof fetch;
  return { fetch: faulty, stats };
}

/** A small seeded generator (mulberry32): the same faults on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
