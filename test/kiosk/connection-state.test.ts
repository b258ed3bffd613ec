// What the status bar's pill says (issue 12, item 7): "connected" only when the sync server
// answered the last request (src/sync/server-reach.ts), whatever navigator.onLine says, and
// "no network" only when the browser knows there is none (src/kiosk/connection-state.ts).
import { describe, expect, it } from 'vitest';
import { connectionState } from '../../src/kiosk/connection-state';
import { reachOf, watchServerReach } from '../../src/sync/server-reach';

describe('connection pill', () => {
  it('a standalone kiosk has no server to speak of', () => {
    expect(connectionState({ online: true, server: 'answered' }, false)).toBe('standalone');
    expect(connectionState({ online: false, server: 'failed' }, false)).toBe('standalone');
  });

  it('follows the last request, not the network interface', () => {
    expect(connectionState({ online: true, server: 'answered' }, true)).toBe('connected');
    // A Wi-Fi without internet, a server down: the interface is up, requests fail.
    expect(connectionState({ online: true, server: 'failed' }, true)).toBe('lost');
    // Nothing asked yet this session (an offline reload): not "connected" on a guess.
    expect(connectionState({ online: true, server: 'unknown' }, true)).toBe('checking');
    // navigator.onLine is trusted when it says there is no network at all.
    expect(connectionState({ online: false, server: 'answered' }, true)).toBe('offline');
  });
});

describe('server reach', () => {
  it('any answer of the server counts, a refusal too; a gateway saying it got none does not', () => {
    expect(reachOf(new Response('{}', { status: 200 }))).toBe('answered');
    expect(reachOf(new Response('', { status: 401 }))).toBe('answered');
    expect(reachOf(new Response('', { status: 500 }))).toBe('answered');
    for (const status of [502, 503, 504])
      expect(reachOf(new Response('', { status }))).toBe('failed');
    expect(reachOf('no-answer')).toBe('failed');
  });

  it('every request through the watched fetch reports its outcome, and the caller sees it unchanged', async () => {
    const seen: string[] = [];
    const answers: Array<Response | Error> = [
      new Response('ok'),
      new TypeError('Failed to fetch'),
      new Response('', { status: 503 }),
    ];
    const fetchImpl = (async () => {
      const next = answers.shift()!;
      if (next instanceof Error) throw next;
      return next;
    }) as typeof fetch;
    const watched = watchServerReach(fetchImpl, (reach) => seen.push(reach));
    expect(await (await watched('https://x/api/a')).text()).toBe('ok');
    await expect(watched('https://x/api/b')).rejects.toThrow('Failed to fetch');
    expect((await watched('https://x/api/c')).status).toBe(503);
    expect(seen).toEqual(['answered', 'failed', 'failed']);
  });
});
