// The kiosk side of the trust bundle against a real server: fetched by ETag (src/sync), applied
// by spec §4 (src/kiosk/trust-offer.ts), and a refused bundle never replaces the held one.
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import {
  createVerifier,
  DAY_MS,
  encodeB64u,
  type BundleOutcome,
  type Ed25519Verifier,
} from '../../src/core';
import { generateKeyPair, type KeyPair } from '../../src/issuer/keys';
import { buildTrustBundle } from '../../src/issuer/trust-bundle-builder';
import { offerTrustBundle, type HeldBundleAccess } from '../../src/kiosk/trust-offer';
import type { HeldBundle } from '../../src/model';
import { ALWAYS_ONLINE, createSyncClient, refreshTrustBundle } from '../../src/sync';
import type { ServerHandle } from '../../server/start-server';
import { startTestServer } from '../server/support/test-server';
import { openTestStore } from '../support/test-store';

const envelope = (root: KeyPair, seq: number) => {
  const now = Date.now();
  const issuer = generateKeyPair();
  return JSON.stringify(
    buildTrustBundle(
      {
        seq,
        issuedAt: now - DAY_MS,
        expiresAt: now + 7 * DAY_MS,
        issuers: [
          { ...issuer, name: 'I', validFrom: now - DAY_MS, validUntil: now + DAY_MS * 300 },
        ],
      },
      root,
    ),
  );
};

function heldAccess(start: HeldBundle | null = null) {
  const box = { held: start, refusal: null as HeldBundle['lastRefusal'] };
  const access: HeldBundleAccess = {
    getHeld: async () => box.held && { ...box.held, lastRefusal: box.refusal },
    putHeld: async (held) => void ((box.held = held), (box.refusal = held.lastRefusal)),
    recordRefusal: async (code, at) => void (box.refusal = { code, at }),
  };
  return { box, access };
}

let server: ServerHandle;
let verifier: Ed25519Verifier;
const pinned = generateKeyPair();
const other = generateKeyPair();
beforeAll(async () => {
  server = await startTestServer();
  verifier = await createVerifier('auto');
  await server.ops.addRoot(encodeB64u(pinned.publicKey));
  await server.ops.addRoot(encodeB64u(other.publicKey));
}, 60_000);
afterAll(() => server?.close());

describe('trust bundle refresh', () => {
  const roots = [encodeB64u(pinned.publicKey)];

  it('accepts a newer bundle, then asks with its ETag and gets nothing new', async () => {
    await server.ops.publishBundle(envelope(pinned, 1));
    const kiosk = await openTestStore();
    onTestFinished(() => kiosk.remove());
    await kiosk.saveSettings({ syncServer: server.url });
    const { box, access } = heldAccess();
    const offers: BundleOutcome[] = [];
    const client = createSyncClient({ source: kiosk, network: ALWAYS_ONLINE });
    const offer = async (text: string) => {
      const outcome = await offerTrustBundle(text, { access, roots, verifier, now: Date.now });
      offers.push(outcome);
      return outcome;
    };
    expect(await client.refreshBundle(offer)).toMatchObject({
      outcome: 'accepted',
      bundle: { seq: 1 },
    });
    expect(box.held).toMatchObject({ seq: 1, lastRefusal: null });
    expect((await kiosk.getSyncState()).bundleEtag).toMatch(/^"b1-/);
    expect(await client.refreshBundle(offer)).toBeNull(); // 304: nothing offered
    expect(offers).toHaveLength(1);

    // A bundle from a root this kiosk did not pin: refused, the held one stays, the reason is kept.
    await server.ops.publishBundle(envelope(other, 2));
    expect(await client.refreshBundle(offer)).toEqual({
      outcome: 'refused',
      code: 'BUNDLE_ROOT_UNKNOWN',
    });
    expect(box.held).toMatchObject({ seq: 1 });
    expect(box.refusal).toMatchObject({ code: 'BUNDLE_ROOT_UNKNOWN' });
    // Its ETag was not kept: it is looked at again next time (the roots may change meanwhile).
    expect((await kiosk.getSyncState()).bundleEtag).toMatch(/^"b1-/);
    expect(await client.refreshBundle(offer)).toMatchObject({ outcome: 'refused' });
    expect(offers).toHaveLength(3);

    await server.ops.publishBundle(envelope(pinned, 3));
    expect(await client.refreshBundle(offer)).toMatchObject({
      outcome: 'accepted',
      bundle: { seq: 3 },
    });
    expect(box.held).toMatchObject({ seq: 3, lastRefusal: null });
  });

  it('refuses a server bundle older than the one held (rollback), and calls an equal one the same', async () => {
    const { box, access } = heldAccess();
    const own = envelope(pinned, 50);
    expect(await offerTrustBundle(own, { access, roots, verifier, now: Date.now })).toMatchObject({
      outcome: 'accepted',
    });
    const etag = { value: null as string | null };
    const etagStore = {
      get: async () => etag.value,
      put: async (v: string | null) => void (etag.value = v),
    };
    const transport = { fetch, now: Date.now, timeoutMs: 5000 };
    const offerTo = (to: HeldBundleAccess) => (text: string) =>
      offerTrustBundle(text, { access: to, roots, verifier, now: Date.now });
    expect(await refreshTrustBundle(server.url, etagStore, transport, offerTo(access))).toEqual({
      outcome: 'refused',
      code: 'BUNDLE_ROLLBACK',
    });
    expect(box.held).toMatchObject({ seq: 50, envelope: own });
    expect(box.refusal).toMatchObject({ code: 'BUNDLE_ROLLBACK' });
    expect(etag.value).toBeNull();

    const { access: same } = heldAccess({ envelope: '', seq: 3, receivedAt: 0, lastRefusal: null });
    expect(await refreshTrustBundle(server.url, etagStore, transport, offerTo(same))).toMatchObject(
      { outcome: 'same' },
    );
    expect(etag.value).toMatch(/^"b3-/);
    expect(await refreshTrustBundle(server.url, etagStore, transport, offerTo(same))).toEqual({
      kind: 'not-modified',
    });
  });

  it('reports an unreachable server without touching the held bundle', async () => {
    const { box, access } = heldAccess();
    const etagStore = { get: async () => null, put: async () => {} };
    const transport = { fetch, now: Date.now, timeoutMs: 2000 };
    const offer = (text: string) =>
      offerTrustBundle(text, { access, roots, verifier, now: Date.now });
    expect(
      await refreshTrustBundle('http://127.0.0.1:9', etagStore, transport, offer),
    ).toMatchObject({
      kind: 'failed',
      error: { code: 'network' },
    });
    expect(box).toEqual({ held: null, refusal: null });
  });
});
