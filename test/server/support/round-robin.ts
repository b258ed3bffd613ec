// A client-side round robin over several server processes: each request goes to the next
// origin in turn (what a load balancer in front of them does). A process that is down makes
// that request fail; the kiosk's sync client retries, and the retry goes to the next one.
export function roundRobinFetch(origins: string[]): typeof fetch & { sent: number[] } {
  let next = 0;
  const sent = origins.map(() => 0);
  const rr = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    const i = next++ % origins.length;
    const target = new URL(origins[i]!);
    url.protocol = target.protocol;
    url.host = target.host;
    sent[i]!++;
    return fetch(url, init);
  }) as typeof fetch & { sent: number[] };
  rr.sent = sent;
  return rr;
}
