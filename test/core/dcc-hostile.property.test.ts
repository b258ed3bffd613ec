// Property (issue 16, item 5): any hostile DCC text — random bytes at every layer, mutated real
// codes, deep or huge CBOR, zip bombs, giant integers — gets a verdict, never a throw or a fault;
// nothing but a code signed by a bundle signer is admitted; and the entry it makes is one the
// wire accepts. `npm run fuzz:dcc` runs 100,000 of these with timings.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  createVerifier,
  DEFAULT_POLICY,
  encodeB64u,
  verifyCode,
  type Ed25519Verifier,
} from '../../src/core';
import { readCode } from '../../src/core/formats/read-code';
import { entryFromResult } from '../../src/kiosk/entry-from-result';
import { checkWireEntry } from '../../src/sync/wire';
import { toWireEntry } from '../../src/sync/wire-entry';
import { hostileDcc, HOSTILE_KINDS, type HostileSeeds } from '../support/dcc-hostile';
import { dccWorld, type DccWorld } from '../support/dcc-world';
import { rng } from '../support/mutate';
import { loadVectors } from '../support/vectors';

const RUNS = 5000;
let w: DccWorld;
let seeds: HostileSeeds;
/** The signed content (COSE signed bytes and signature) of every seed code. */
let signedSeeds: Set<string>;
const signedContent = (text: string) => {
  const reading = readCode(text);
  const proof = reading.kind === 'read' ? reading.proof : null;
  return proof ? `${encodeB64u(proof.signedBytes)}.${encodeB64u(proof.signature)}` : null;
};
let verifier: Ed25519Verifier;
beforeAll(async () => {
  w = await dccWorld();
  verifier = await createVerifier('auto');
  const vectorCodes = loadVectors('dcc-v1.json').cases.map((c) => c.qr);
  const samples = w.samples.map((s) => s.text);
  seeds = { codes: [...samples, ...vectorCodes], verifiable: samples, signer: w.es256 };
  signedSeeds = new Set(seeds.codes.flatMap((c) => signedContent(c) ?? []));
});

describe('hostile DCC input', () => {
  it(`${RUNS.toLocaleString('en')} hostile texts: a verdict for each, an entry the wire accepts`, async () => {
    const firstReasons = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(fc.integer(), fc.constantFrom(...HOSTILE_KINDS), async (seed, kind) => {
        const text = await hostileDcc(rng(seed), kind, seeds);
        const result = await verifyCode(text, {
          bundle: w.bundle,
          policy: DEFAULT_POLICY,
          now: w.now,
          verifier,
        });
        expect(['dcc', 'unknown']).toContain(result.format);
        expect(result.reasons.length).toBeGreaterThan(0);
        expect(result.reasons).not.toContain('INTERNAL_ERROR');
        // Nothing is admitted but content a bundle signer signed: a seed's, or freshly signed.
        if (result.verdict === 'admit' && kind !== 're-signed claims')
          expect(signedSeeds.has(signedContent(text)!), kind).toBe(true);
        const entry = entryFromResult(result, {
          at: w.now,
          direction: 'in',
          source: 'camera',
          bundleSeq: 1,
        });
        expect(checkWireEntry(toWireEntry(entry))).toMatchObject({ ok: true });
        const first = result.reasons[0]!;
        firstReasons.set(first, (firstReasons.get(first) ?? 0) + 1);
      }),
      // A fixed seed: the coverage counts below must not depend on the day's luck (the
      // 100,000-input `npm run fuzz:dcc` is where new seeds explore).
      { numRuns: RUNS, seed: 20_220_315 },
    );
    // The inputs must reach every stage, or the property says little.
    for (const reason of ['FORMAT_UNKNOWN', 'FORMAT_MALFORMED', 'SIG_INVALID', 'KEY_UNKNOWN'])
      expect(firstReasons.get(reason) ?? 0, reason).toBeGreaterThan(10);
    const colored = ['VACCINATED_FULL', 'VACCINATED_PARTIAL', 'NO_VALID_STATUS', 'RECOVERED'];
    expect(colored.reduce((n, r) => n + (firstReasons.get(r) ?? 0), 0)).toBeGreaterThan(20);
  }, 120_000);
});
