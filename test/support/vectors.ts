// Locates the shared conformance vectors. They are read from the file, never copied here.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const VECTORS_PATH =
  process.env.PQR_VECTORS ?? resolve(__dirname, '../../../shared/vectors/pqr-v1.json');

export interface VectorCase {
  name: string;
  qr: string;
  now: string;
  policy: {
    admitColors: ('green' | 'yellow' | 'red')[];
    unsigned: 'admit' | 'review' | 'deny';
    staleBundle: 'admit' | 'review' | 'deny';
  };
  expect: { format: string; verdict: string; color: string; reasons: string[] };
}

export interface VectorFile {
  roots: { kid: string; publicKey: string }[];
  bundle: unknown;
  cases: VectorCase[];
  bundleCases: { name: string; envelope: unknown; heldSeq: number | null; expect: string }[];
}

export const vectorsPresent = existsSync(VECTORS_PATH);
if (!vectorsPresent)
  console.warn(`\n*** shared vectors not found at ${VECTORS_PATH}: set PQR_VECTORS ***\n`);

export const vectors: VectorFile = vectorsPresent
  ? JSON.parse(readFileSync(VECTORS_PATH, 'utf8'))
  : { roots: [], bundle: null, cases: [], bundleCases: [] };
