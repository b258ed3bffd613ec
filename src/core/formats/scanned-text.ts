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

const UNKNOWN: CodeReading = { kind: 'unknown' };
/** A text starting `HC1:` is a DCC whatever follows (eu-dcc.md §1), one too long included. */
const TOO_LONG_DCC: CodeReading = { kind: 'malformed', format: 'dcc', identity: null };

/** The cleaned text, or the reading of a text no reader should look at. */
export function scannedText(raw: unknown): string | CodeReading {
  if (typeof raw !== 'string') return UNKNOWN;
  if (raw.length > MAX_TEXT_LENGTH) return raw.startsWith(DCC_PREFIX) ? TOO_LONG_DCC : UNKNOWN;
  const text = cleanScannedText(raw);
  return text.length === 0 ? UNKNOWN : text;
}

/** Step 1: the first adapter that recognises the text reads it. */
export function readWith(text: string, adapters: readonly FormatAdapter[]): CodeReading {
  for (const adapter of adapters) {
    const reading = adapter.read(text);
    if (reading) return reading;
  }
  return { kind: 'unknown' };
}
