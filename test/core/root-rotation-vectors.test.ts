// The root rotation vectors (docs/spec/root-rotation.md §5, test/vectors/root-rotation-v1.json,
// made with node:crypto alone and outcomes written by hand): through the pure core on both
// Ed25519 back ends, and through the kiosk's trust service as the window composes it (the
// pins it stores, the bundle it keeps, the refusal it records).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createVerifier,
  openTrustBundle,
  retiredByHandover,
  rootKeyFrom,
  rootsAfterBundle,
  type RootKey,
} from '../../src/core';
import { signal } from '@preact/signals-core';
import { createTrustService } from '../../src/kiosk/trust-service';
import type { HeldBundle } from '../../src/model';

interface RotationCase {
  name: string;
  pinned: string[];
  held: unknown;
  envelope: unknown;
  expect: string;
  pinnedAfter: string[];
}

const file = JSON.parse(
  readFileSync(new URL('../vectors/root-rotation-v1.json', import.meta.url), 'utf8'),
) as { roots: { name: string; kid: string; publicKey: string }[]; cases: RotationCase[] };

const keyOf = (name: string) => file.roots.find((r) => r.name === name)!.publicKey;
const nameOf = (key: string) => file.roots.find((r) => r.publicKey === key)?.name ?? key;
const keysOf = (names: string[]): RootKey[] => names.map((n) => rootKeyFrom(keyOf(n))!);
const outcomeOf = (o: { outcome: string; code?: string }) =>
  o.outcome === 'refused' ? o.code : o.outcome;

describe('root rotation vectors', () => {
  it('has the 19 cases this suite was written for, each kid derived from its key', () => {
    expect(file.cases.length).toBe(19);
    for (const r of file.roots) expect(rootKeyFrom(r.publicKey)?.kid).toBe(r.kid);
  });

  for (const kind of ['webcrypto', 'noble'] as const) {
    describe(`core, ${kind}`, async () => {
      const verifier = await createVerifier(kind);
      const everyRoot = keysOf(file.roots.map((r) => r.name));
      for (const c of file.cases) {
        it(c.name, async () => {
          const held = await openTrustBundle(c.held, everyRoot, null, verifier);
          if (held.outcome !== 'accepted') throw new Error('the held bundle does not open');
          const offered = await openTrustBundle(
            c.envelope,
            keysOf(c.pinned),
            held.bundle.seq,
            verifier,
            held.bundle.nextRoot,
          );
          expect(outcomeOf(offered)).toBe(c.expect);
          const pinned = c.pinned.map(keyOf);
          const after =
            offered.outcome === 'refused'
              ? pinned
              : rootsAfterBundle(
                  pinned,
                  offered.bundle,
                  offered.outcome === 'accepted'
                    ? retiredByHandover(held.bundle, offered.bundle)
                    : null,
                );
          expect(after.map(nameOf)).toEqual(c.pinnedAfter);
        });
      }
    });
  }

  describe('the kiosk trust service', async () => {
    const verifier = await createVerifier('noble');
    for (const c of file.cases) {
      it(c.name, async () => {
        let pinned: readonly string[] = c.pinned.map(keyOf);
        let stored: HeldBundle = {
          envelope: JSON.stringify(c.held),
          seq: -1,
          receivedAt: 0,
          lastRefusal: null,
        };
        const trust = createTrustService({
          store: {
            getHeldBundle: async () => stored,
            putHeldBundle: async (h) => {
              stored = h;
              return true;
            },
            recordBundleRefusal: async (code, at) =>
              void (stored = { ...stored, lastRefusal: { code, at } }),
          },
          verifier,
          pinnedRoots: () => pinned,
          pinRoots: async (roots) => void (pinned = roots),
          now: () => 1,
          clock: signal(1),
        });
        await trust.start();
        const heldEnvelope = stored.envelope;
        expect(trust.held.value).not.toBeNull();
        expect(outcomeOf(await trust.offer(JSON.stringify(c.envelope)))).toBe(c.expect);
        expect(pinned.map(nameOf)).toEqual(c.pinnedAfter);
        if (c.expect === 'accepted') expect(stored.envelope).toBe(JSON.stringify(c.envelope));
        else expect(stored.envelope).toBe(heldEnvelope);
        if (c.expect.startsWith('BUNDLE_')) expect(stored.lastRefusal?.code).toBe(c.expect);
      });
    }
  });
});
