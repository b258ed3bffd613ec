// `npm run bench:core`: verifications per second on one core, WebCrypto vs noble in one run
// (so machine noise cancels in the ratio), parsing alone, and the EU DCC path (ES256, PS256,
// decode alone). Medians of several runs.
import {
  createNobleVerifier,
  createVerifier,
  DEFAULT_POLICY,
  verifyCode,
  type Ed25519Verifier,
  type TrustBundle,
} from '../src/core';
import { readCode } from '../src/core/formats/read-code';
import { dccSamples } from '../src/issuer/dcc/sample-dccs';
import { dccWorld } from '../test/support/dcc-world';
import { fixtureWorld } from '../test/support/world';
import { median, writeReport } from './report';

const RUNS = 7;
const world = fixtureWorld();
// Signed codes only (valid, tampered, expired), so every iteration checks a signature.
const texts = world.samples
  .filter((s) => ['green', 'yellow', 'red', 'tampered', 'expired'].includes(s.kind))
  .map((s) => s.text);

async function verifyRate(
  codes: string[],
  bundle: TrustBundle,
  now: number,
  verifier: Ed25519Verifier,
  perRun: number,
): Promise<number> {
  const ctx = { bundle, policy: DEFAULT_POLICY, now, verifier };
  const rates: number[] = [];
  for (let run = 0; run < RUNS + 1; run++) {
    const t0 = performance.now();
    for (let i = 0; i < perRun; i++) await verifyCode(codes[i % codes.length]!, ctx);
    const rate = perRun / ((performance.now() - t0) / 1000);
    if (run > 0) rates.push(rate); // run 0 warms the JIT, the key cache and the lazy DCC reader
  }
  return median(rates);
}

function parseRate(codes: string[], perRun: number): number {
  const rates: number[] = [];
  let sink = 0;
  for (let run = 0; run < RUNS + 1; run++) {
    const t0 = performance.now();
    for (let i = 0; i < perRun; i++) sink += readCode(codes[i % codes.length]!).kind.length;
    if (run > 0) rates.push(perRun / ((performance.now() - t0) / 1000));
  }
  if (sink < 0) console.log(sink);
  return median(rates);
}

const webcryptoVerifier = await createVerifier('webcrypto');
const webcrypto = await verifyRate(texts, world.bundle, world.now, webcryptoVerifier, 20_000);
const noble = await verifyRate(texts, world.bundle, world.now, createNobleVerifier(), 2_000);
const parse = parseRate(texts, 200_000);
console.log(`WebCrypto / noble: ${(webcrypto / noble).toFixed(1)}×`);

// DCCs whose signature is checked on every iteration (valid, and expired after the check).
const dcc = await dccWorld();
const signedBy = async (key: typeof dcc.es256) =>
  (await dccSamples(key, dcc.other, dcc.now))
    .filter((s) => s.kind !== 'wrong-signer')
    .map((s) => s.text);
const es256Codes = await signedBy(dcc.es256);
const ps256Codes = await signedBy(dcc.ps256);
const dccEs256 = await verifyRate(es256Codes, dcc.bundle, dcc.now, webcryptoVerifier, 10_000);
const dccPs256 = await verifyRate(ps256Codes, dcc.bundle, dcc.now, webcryptoVerifier, 5_000);
const dccDecode = parseRate([...es256Codes, ...ps256Codes], 20_000);

writeReport('core', {
  verify_webcrypto: { value: webcrypto, unit: 'verifications/s', target: 5000 },
  verify_noble: { value: noble, unit: 'verifications/s', target: 700 },
  parse_only: { value: parse, unit: 'codes/s' },
  dcc_verify_es256: { value: dccEs256, unit: 'verifications/s', target: 2000 },
  dcc_verify_ps256: { value: dccPs256, unit: 'verifications/s' },
  dcc_decode_only: { value: dccDecode, unit: 'codes/s' },
});
