// `npm run bench:core`: verifications per second on one core, WebCrypto vs noble in one run
// (so machine noise cancels in the ratio), and parsing alone. Medians of several runs.
import {
  createNobleVerifier,
  createVerifier,
  DEFAULT_POLICY,
  verifyCode,
  type Ed25519Verifier,
} from '../src/core';
import { readCode } from '../src/core/formats/read-code';
import { fixtureWorld } from '../test/support/world';
import { median, writeReport } from './report';

const RUNS = 7;
const world = fixtureWorld();
// Signed codes only (valid, tampered, expired), so every iteration checks a signature.
const texts = world.samples
  .filter((s) => !['unsigned', 'cccd'].includes(s.kind))
  .map((s) => s.text);

async function verifyRate(verifier: Ed25519Verifier, perRun: number): Promise<number> {
  const ctx = { bundle: world.bundle, policy: DEFAULT_POLICY, now: world.now, verifier };
  const rates: number[] = [];
  for (let run = 0; run < RUNS + 1; run++) {
    const t0 = performance.now();
    for (let i = 0; i < perRun; i++) await verifyCode(texts[i % texts.length]!, ctx);
    const rate = perRun / ((performance.now() - t0) / 1000);
    if (run > 0) rates.push(rate); // run 0 warms the JIT and the key cache
  }
  return median(rates);
}

function parseRate(perRun: number): number {
  const rates: number[] = [];
  let sink = 0;
  for (let run = 0; run < RUNS + 1; run++) {
    const t0 = performance.now();
    for (let i = 0; i < perRun; i++) sink += readCode(texts[i % texts.length]!).kind.length;
    if (run > 0) rates.push(perRun / ((performance.now() - t0) / 1000));
  }
  if (sink < 0) console.log(sink);
  return median(rates);
}

const webcrypto = await verifyRate(await createVerifier('webcrypto'), 20_000);
const noble = await verifyRate(createNobleVerifier(), 2_000);
const parse = parseRate(200_000);
console.log(`WebCrypto / noble: ${(webcrypto / noble).toFixed(1)}×`);
writeReport('core', {
  verify_webcrypto: { value: webcrypto, unit: 'verifications/s', target: 5000 },
  verify_noble: { value: noble, unit: 'verifications/s', target: 700 },
  parse_only: { value: parse, unit: 'codes/s' },
});
