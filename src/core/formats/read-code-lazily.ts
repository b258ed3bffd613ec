// Format detection as the kiosk does it: the 1405 and ID-card readers are always there, and
// the DCC reader (CBOR, inflate, COSE: most of the format code) is loaded the first time a DCC
// is scanned, so that it does not weigh on the kiosk's start-up.
import { cccdAdapter } from './cccd';
import type { CodeReading, FormatAdapter } from './facts';
import { pqr1405Adapter } from './pqr-1405';
import { DCC_PREFIX, readWith, scannedText } from './scanned-text';

const ADAPTERS: readonly FormatAdapter[] = [pqr1405Adapter, cccdAdapter];

let dccAdapter: Promise<FormatAdapter> | null = null;

/** Starts loading the DCC reader (e.g. when the kiosk is idle); later calls share it. */
export function loadDccAdapter(): Promise<FormatAdapter> {
  if (!dccAdapter) {
    dccAdapter = import('./dcc/dcc-adapter').then((m) => m.dccAdapter);
    // A failed load (the chunk missing from an old cache) is tried again at the next DCC.
    dccAdapter.catch(() => (dccAdapter = null));
  }
  return dccAdapter;
}

/** Synchronous except for a DCC, whose reader may have to be loaded first. */
export function readCodeLazily(raw: string): CodeReading | Promise<CodeReading> {
  const text = scannedText(raw);
  if (typeof text !== 'string') return text;
  if (text.startsWith(DCC_PREFIX)) return loadDccAdapter().then((dcc) => readWith(text, [dcc]));
  return readWith(text, ADAPTERS);
}
