// The conformance vectors again, in real Chromium: the kiosk verifies with the browser's own
// WebCrypto (Ed25519 for personal QRs and bundles, ECDSA P-256 and RSA-PSS for DCCs) and loads
// the DCC reader lazily, none of which the Node suite can prove for the browser.
import { describe, expect, it } from 'vitest';
import {
  createVerifier,
  openTrustBundle,
  rootKeyFrom,
  verifyCode,
  type RootKey,
} from '../../src/core';
import dcc from '../vectors/dcc-v1.json';
import pqr from '../vectors/pqr-v1.json';
import type { VectorFile } from '../support/vectors';

/** Cases, and those admitted: every DCC admit follows an ECDSA or RSA-PSS check here. */
const COUNTS: Record<string, [number, number]> = {
  'pqr-v1.json': [55, 13],
  'dcc-v1.json': [338, 143],
};

for (const [name, file] of [
  ['pqr-v1.json', pqr],
  ['dcc-v1.json', dcc],
] as [string, VectorFile][]) {
  describe(`${name} in Chromium`, () => {
    it('passes every case with the browser WebCrypto', async () => {
      const verifier = await createVerifier('webcrypto');
      const roots = file.roots
        .map((r) => rootKeyFrom(r.publicKey))
        .filter((r): r is RootKey => !!r);
      const open = async (envelope: unknown) => {
        const o = await openTrustBundle(envelope, roots, null, verifier);
        return o.outcome === 'accepted' ? o.bundle : null;
      };
      const fileBundle = await open(file.bundle);
      const failures: string[] = [];
      let admitted = 0;
      for (const c of file.cases) {
        const bundle = c.bundle === undefined ? fileBundle : await open(c.bundle);
        const r = await verifyCode(c.qr, {
          bundle,
          policy: c.policy,
          now: Date.parse(c.now),
          verifier,
        });
        const e = c.expect;
        const passed =
          r.format === e.format &&
          r.verdict === e.verdict &&
          r.color === e.color &&
          JSON.stringify(r.reasons.slice(0, e.reasons.length)) === JSON.stringify(e.reasons);
        if (!passed) failures.push(`${c.name}: ${r.format} ${r.verdict} ${r.color} ${r.reasons}`);
        if (r.verdict === 'admit') admitted++;
      }
      for (const c of file.bundleCases) {
        const o = await openTrustBundle(c.envelope, roots, c.heldSeq, verifier);
        const got = o.outcome === 'refused' ? o.code : o.outcome;
        if (got !== c.expect) failures.push(`bundle ${c.name}: ${got}`);
      }
      expect(failures).toEqual([]);
      // The cases really ran, and their signatures verified in this browser.
      expect([file.cases.length, admitted]).toEqual(COUNTS[name]);
    });
  });
}
