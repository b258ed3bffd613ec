// Every case of the conformance vectors (personal-qr.md §6, eu-dcc.md §5), on both Ed25519
// back ends; the vendored copies are checked against ../shared/vectors where it is present.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createVerifier,
  openTrustBundle,
  rootKeyFrom,
  verifyCode,
  type Ed25519Verifier,
  type RootKey,
} from '../../src/core';
import { loadVectors, sharedPath, vendoredPath, type VectorName } from '../support/vectors';

/** The cases and bundle cases each file was released with. */
const COUNTS: Record<VectorName, [number, number]> = {
  'pqr-v1.json': [55, 10],
  'dcc-v1.json': [338, 5],
};

async function openBundle(envelope: unknown, roots: RootKey[], verifier: Ed25519Verifier) {
  // As a kiosk that holds no bundle yet: every check of personal-qr.md §4 but the seq.
  const opened = await openTrustBundle(envelope, roots, null, verifier);
  return opened.outcome === 'accepted' ? opened.bundle : null;
}

for (const name of Object.keys(COUNTS) as VectorName[]) {
  describe(`vectors ${name}`, () => {
    const vectors = loadVectors(name);

    it(`has the ${COUNTS[name][0]} cases and ${COUNTS[name][1]} bundle cases this suite was written for`, () => {
      expect([vectors.cases.length, vectors.bundleCases.length]).toEqual(COUNTS[name]);
    });

    it.skipIf(!existsSync(sharedPath(name)))('is the same file as ../shared/vectors', () => {
      expect(readFileSync(vendoredPath(name)).equals(readFileSync(sharedPath(name)))).toBe(true);
    });

    for (const kind of ['webcrypto', 'noble'] as const) {
      describe(kind, async () => {
        const verifier = await createVerifier(kind);
        const roots = vectors.roots
          .map((r) => rootKeyFrom(r.publicKey))
          .filter((r): r is RootKey => !!r);
        const fileBundle = await openBundle(vectors.bundle, roots, verifier);

        it('pins the roots by their kid and accepts the file bundle on a new kiosk', () => {
          expect(roots.map((r) => r.kid)).toEqual(vectors.roots.map((r) => r.kid));
          expect(verifier.kind).toBe(kind);
          expect(fileBundle).not.toBeNull();
        });

        it.each(vectors.cases)('$name', async (c) => {
          const bundle =
            c.bundle === undefined ? fileBundle : await openBundle(c.bundle, roots, verifier);
          const result = await verifyCode(c.qr, {
            bundle,
            policy: c.policy,
            now: Date.parse(c.now),
            verifier,
          });
          expect({ format: result.format, verdict: result.verdict, color: result.color }).toEqual({
            format: c.expect.format,
            verdict: c.expect.verdict,
            color: c.expect.color,
          });
          expect(result.reasons).toEqual(expect.arrayContaining(c.expect.reasons));
          // Stricter than the file asks: the expected reasons are the deciding ones, listed
          // first (BUNDLE_STALE and CLOCK_BEHIND before the colour, personal-qr.md §5 step 5).
          expect(result.reasons.slice(0, c.expect.reasons.length)).toEqual(c.expect.reasons);
        });

        it.each(vectors.bundleCases)('bundle: $name', async (c) => {
          const outcome = await openTrustBundle(c.envelope, roots, c.heldSeq, verifier);
          expect(outcome.outcome === 'refused' ? outcome.code : outcome.outcome).toBe(c.expect);
        });
      });
    }
  });
}
