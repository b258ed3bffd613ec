// Step 0 of personal-qr.md §5 and the bounds every reader shares: what a scanned text is
// before any format looks at it.
import type { CodeReading, FormatAdapter } from './facts';

/** A QR holds at most 4,296 characters; anything far longer is not a code we read. */
export const MAX_TEXT_LENGTH = 8192;
/** eu-dcc.md §1: a text that starts with this is a DCC, whatever follows. */
export const DCC_PREFIX = 'HC1:';

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

/** The cleaned text, or null when there is nothing a reader should look at. */
export function scannedText(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length > MAX_TEXT_LENGTH) return null;
  const text = cleanScannedText(raw);
  return text.length === 0 ? null : text;
}

/** Step 1: the first adapter that recognises the text reads it. */
export function readWith(text: string, adapters: readonly FormatAdapter[]): CodeReading {
  for (const adapter of adapters) {
    const reading = adapter.read(text);
    if (reading) return reading;
  }
  return { kind: 'unknown' };
}
