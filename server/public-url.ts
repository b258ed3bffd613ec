// The address to print and to put in enrollment texts. A server bound to every interface
// (--host 0.0.0.0) is reached by kiosks on the LAN address, not on 0.0.0.0.
import { networkInterfaces } from 'node:os';

export function lanAddress(): string | null {
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) return a.address;
  }
  return null;
}

export function serverUrls(
  host: string,
  port: number,
  scheme: 'http' | 'https',
): { url: string; localUrl: string } {
  const wildcard = host === '0.0.0.0' || host === '::' || host === '';
  const local = wildcard ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  const shown = wildcard ? (lanAddress() ?? '127.0.0.1') : local;
  return { url: `${scheme}://${shown}:${port}`, localUrl: `${scheme}://${local}:${port}` };
}

/** Only this machine can reach a server bound here (the demo is allowed on these alone). */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}
