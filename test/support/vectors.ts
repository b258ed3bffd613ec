// The conformance vectors, vendored under test/vectors/ so that a lone clone runs every case;
// ../shared/vectors/ (the contract's own copy) is compared with them wherever it is present.
// With neither there, loading throws: the suites fail, they never pass with zero cases.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

export type VectorName = 'pqr-v1.json' | 'dcc-v1.json';

export interface VectorCase {
  name: string;
  qr: string;
  now: string;
  policy: {
    admitColors: ('green' | 'yellow' | 'red')[];
    unsigned: 'admit' | 'review' | 'deny';
    staleBundle: 'admit' | 'review' | 'deny';
  };
  /** Replaces the file's bundle for this case (eu-dcc.md §5). */
  bundle?: unknown;
  expect: { format: string; verdict: string; color: string; reasons: string[] };
}

export interface VectorFile {
  roots: { kid: string; publicKey: string }[];
  bundle: unknown;
  cases: VectorCase[];
  bundleCases: { name: string; envelope: unknown; heldSeq: number | null; expect: string }[];
}

export const vendoredPath = (name: VectorName) => resolve(here, '../vectors', name);
export const sharedPath = (name: VectorName) => resolve(here, '../../../shared/vectors', name);

/** The vendored copy, else the shared one; throws when neither exists. */
export function vectorPath(name: VectorName): string {
  for (const path of [vendoredPath(name), sharedPath(name)]) if (existsSync(path)) return path;
  throw new Error(
    `conformance vectors ${name} missing: neither test/vectors/ nor ../shared/vectors/`,
  );
}

export function loadVectors(name: VectorName): VectorFile {
  return JSON.parse(readFileSync(vectorPath(name), 'utf8')) as VectorFile;
}
