// Format detection (personal-qr.md §5 steps 0–1), every format at once and synchronously: for
// the CLI, the issuer's self-checks, tests and benchmarks. The kiosk verifies through
// read-code-lazily.ts instead, which loads the DCC reader only when a DCC is scanned.
import { cccdAdapter } from './cccd';
import { dccAdapter } from './dcc/dcc-adapter';
import type { CodeReading, FormatAdapter } from './facts';
import { pqr1405Adapter } from './pqr-1405';
import { readWith, scannedText } from './scanned-text';

export { cleanScannedText } from './scanned-text';

/** A DCC is told by its prefix; 1405 and CCCD shapes cannot overlap (field 4 differs). */
const ADAPTERS: readonly FormatAdapter[] = [dccAdapter, pqr1405Adapter, cccdAdapter];

export function readCode(raw: string): CodeReading {
  const text = scannedText(raw);
  return typeof text === 'string' ? readWith(text, ADAPTERS) : text;
}
