// Format detection (spec §5 steps 0–1): clean the text, then the first adapter that
// recognises it reads it.
import { cccdAdapter } from './cccd';
import type { CodeReading, FormatAdapter } from './facts';
import { pqr1405Adapter } from './pqr-1405';

/** Order matters only where shapes could overlap; 1405 and CCCD cannot (field 4 differs). */
const ADAPTERS: readonly FormatAdapter[] = [pqr1405Adapter, cccdAdapter];

/** A QR holds at most 2,953 bytes; anything far longer is not a code we read. */
const MAX_TEXT_LENGTH = 8192;

/**
 * Step 0: a leading byte-order mark and trailing CR/LF, which some scanners and phone apps
 * add, are removed; nothing else is changed (a signed code's bytes must stay as signed).
 */
export function cleanScannedText(text: string): string {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let end = text.length;
  while (end > start && (text.charCodeAt(end - 1) === 0x0a || text.charCodeAt(end - 1) === 0x0d))
    end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

export function readCode(raw: string): CodeReading {
  if (typeof raw !== 'string' || raw.length > MAX_TEXT_LENGTH) return { kind: 'unknown' };
  const text = cleanScannedText(raw);
  if (text.length === 0) return { kind: 'unknown' };
  for (const adapter of ADAPTERS) {
    const reading = adapter.read(text);
    if (reading) return reading;
  }
  return { kind: 'unknown' };
}
