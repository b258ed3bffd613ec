// Format detection (spec §5 step 1): the first adapter that recognises the text reads it.
import { cccdAdapter } from './cccd';
import type { CodeReading, FormatAdapter } from './facts';
import { pqr1405Adapter } from './pqr-1405';

/** Order matters only where shapes could overlap; 1405 and CCCD cannot (field 4 differs). */
const ADAPTERS: readonly FormatAdapter[] = [pqr1405Adapter, cccdAdapter];

/** A QR holds at most 2,953 bytes; anything far longer is not a code we read. */
const MAX_TEXT_LENGTH = 8192;

export function readCode(text: string): CodeReading {
  if (typeof text !== 'string' || text.length === 0 || text.length > MAX_TEXT_LENGTH) {
    return { kind: 'unknown' };
  }
  for (const adapter of ADAPTERS) {
    const reading = adapter.read(text);
    if (reading) return reading;
  }
  return { kind: 'unknown' };
}
