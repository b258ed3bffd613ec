// `kiosk vectors FILE`: runs a conformance file in the format of shared/vectors/pqr-v1.json
// (personal-qr.md §6) or dcc-v1.json (eu-dcc.md §5, where a case may carry its own bundle).
import { parseArgs } from 'node:util';
import {
  createVerifier,
  openTrustBundle,
  rootKeyFrom,
  verifyCode,
  type Ed25519Verifier,
  type RootKey,
  type VerifierKind,
} from '../../src/core';
import { readJson } from '../files';
import { fail } from '../usage-error';

interface VectorFile {
  roots: { publicKey: string }[];
  bundle: unknown;
  cases: {
    name: string;
    qr: string;
    now: string;
    policy: never;
    /** Replaces the file's bundle for this case (eu-dcc.md §5). */
    bundle?: unknown;
    expect: { format: string; verdict: string; color: string; reasons: string[] };
  }[];
  bundleCases: { name: string; envelope: unknown; heldSeq: number | null; expect: string }[];
}

export interface VectorOutcome {
  name: string;
  passed: boolean;
  detail: string;
}

function asVectorFile(json: unknown, path: string): VectorFile {
  const f = json as Partial<VectorFile> | null;
  if (!f || !Array.isArray(f.roots) || !Array.isArray(f.cases) || !Array.isArray(f.bundleCases)) {
    fail(`${path} is not a vector file (roots, bundle, cases, bundleCases)`);
  }
  return f as VectorFile;
}

export async function runVectorFile(
  file: VectorFile,
  verifier: Ed25519Verifier,
): Promise<VectorOutcome[]> {
  const roots = file.roots
    .map((r) => rootKeyFrom(r.publicKey))
    .filter((r): r is RootKey => r !== null);
  // Each bundle opened as a kiosk that holds none yet would: every check of §4 but the seq.
  const open = async (envelope: unknown) => {
    const opened = await openTrustBundle(envelope, roots, null, verifier);
    return opened.outcome === 'refused' ? null : opened.bundle;
  };
  const fileBundle = await open(file.bundle);
  const outcomes: VectorOutcome[] = [];
  for (const c of file.cases) {
    const r = await verifyCode(c.qr, {
      bundle: c.bundle === undefined ? fileBundle : await open(c.bundle),
      policy: c.policy,
      now: Date.parse(c.now),
      verifier,
    });
    const e = c.expect;
    const passed =
      r.format === e.format &&
      r.verdict === e.verdict &&
      r.color === e.color &&
      e.reasons.every((reason) => (r.reasons as string[]).includes(reason));
    outcomes.push({
      name: c.name,
      passed,
      detail: `${r.format} ${r.verdict} ${r.color} [${r.reasons.join(', ')}]`,
    });
  }
  for (const c of file.bundleCases) {
    const o = await openTrustBundle(c.envelope, roots, c.heldSeq, verifier);
    const got = o.outcome === 'refused' ? o.code : o.outcome;
    outcomes.push({ name: `bundle: ${c.name}`, passed: got === c.expect, detail: got });
  }
  return outcomes;
}

export async function vectorsCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { crypto: { type: 'string', default: 'auto' } },
  });
  if (positionals.length !== 1)
    fail('usage: kiosk vectors FILE [--crypto auto|webcrypto|noble|both]');
  const kinds: ('auto' | VerifierKind)[] =
    values.crypto === 'both' ? ['webcrypto', 'noble'] : [values.crypto as 'auto' | VerifierKind];
  if (!kinds.every((k) => ['auto', 'webcrypto', 'noble'].includes(k)))
    fail(`unknown --crypto ${values.crypto}`);
  const file = asVectorFile(readJson(positionals[0]!, 'vector file'), positionals[0]!);

  let passed = 0;
  let failed = 0;
  for (const kind of kinds) {
    const verifier = await createVerifier(kind);
    for (const o of await runVectorFile(file, verifier)) {
      if (o.passed) passed++;
      else {
        failed++;
        console.log(
          `FAIL ${kinds.length > 1 ? `[${verifier.kind}] ` : ''}${o.name}: got ${o.detail}`,
        );
      }
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}
