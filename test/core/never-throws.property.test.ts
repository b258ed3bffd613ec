// Property: for any text at all, verification resolves with a verdict; never a throw, never a
// fault, and nothing but an untouched signed code is ever admitted.
import { describe, expect, it } from 'vitest';
import {
  createNobleVerifier,
  createVerifier,
  verifyCode,
  type CheckResult,
  type VenuePolicy,
} from '../../src/core';
import { randomUnicode, mutate, rng } from '../support/mutate';
import { fixtureWorld } from '../support/world';

const RUNS = 100_000;
const FORMATS = ['pqr-signed', 'pqr-unsigned', 'cccd', 'unknown'];
const VERDICTS = ['admit', 'review', 'deny'];
/** Unsigned codes denied, so any admit below must come from a valid signature. */
const POLICY: VenuePolicy = {
  admitColors: ['green', 'yellow'],
  unsigned: 'deny',
  staleBundle: 'deny',
};

function wellShaped(r: CheckResult) {
  return FORMATS.includes(r.format) && VERDICTS.includes(r.verdict) && r.reasons.length > 0;
}

describe('hostile input', () => {
  it(`${RUNS.toLocaleString('en')} random and mutated texts always yield a verdict`, async () => {
    const world = fixtureWorld();
    const verifier = await createVerifier('auto');
    const ctx = { bundle: world.bundle, policy: POLICY, now: world.now, verifier };
    const valid = new Set(world.validCodes);
    const seeds = [...world.validCodes, ...world.otherCodes];
    const r = rng(20211011);
    const counts: Record<string, number> = {};

    for (let i = 0; i < RUNS; i++) {
      let text: string;
      if (i % 5 === 0) text = randomUnicode(r, 300);
      else {
        text = seeds[i % seeds.length]!;
        for (let m = 1 + Math.floor(r() * 3); m > 0; m--) text = mutate(r, text);
      }
      const result = await verifyCode(text, ctx);
      if (!wellShaped(result) || result.reasons.includes('INTERNAL_ERROR')) {
        expect.fail(
          `bad result for run ${i}: ${JSON.stringify(result)} from ${JSON.stringify(text.slice(0, 300))}`,
        );
      }
      if (result.verdict === 'admit' && !valid.has(text)) {
        expect.fail(`admitted a mutated code: ${JSON.stringify(text)}`);
      }
      counts[result.reasons[0]!] = (counts[result.reasons[0]!] ?? 0) + 1;
    }
    // The mutations must reach every stage, or the property says little.
    for (const reason of [
      'FORMAT_UNKNOWN',
      'FORMAT_MALFORMED',
      'SIG_INVALID',
      'IDENTITY_ONLY',
      'VACCINATED_FULL',
    ]) {
      expect(counts[reason], reason).toBeGreaterThan(50);
    }
  });

  it('non-string input from a careless caller still yields a verdict', async () => {
    const world = fixtureWorld();
    const verifier = createNobleVerifier();
    for (const bad of [undefined, null, 42, {}, ['a|b']]) {
      const result = await verifyCode(bad as unknown as string, {
        bundle: world.bundle,
        policy: POLICY,
        now: world.now,
        verifier,
      });
      expect(result.verdict).toBe('deny');
      expect(result.reasons[0]).toBe('FORMAT_UNKNOWN');
    }
  });

  it('WebCrypto and noble agree on 3,000 mutated signed codes', async () => {
    const world = fixtureWorld();
    const web = await createVerifier('webcrypto');
    const noble = createNobleVerifier();
    const r = rng(7);
    for (let i = 0; i < 3_000; i++) {
      const text = mutate(r, world.validCodes[i % world.validCodes.length]!);
      const a = await verifyCode(text, {
        bundle: world.bundle,
        policy: POLICY,
        now: world.now,
        verifier: web,
      });
      const b = await verifyCode(text, {
        bundle: world.bundle,
        policy: POLICY,
        now: world.now,
        verifier: noble,
      });
      expect(b).toEqual(a);
    }
  });
});
