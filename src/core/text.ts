// Text from a QR code is hostile. These helpers make it safe to show and bounded in size.

const encoder = new TextEncoder();

export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

// C0 and C1 controls, DEL, the bidirectional marks, embeddings, overrides and isolates,
// and the zero-width characters that can hide or reorder what a guard reads.
const UNSAFE =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/g;

/** The longest name we ever show; a 1405 name is at most 80 characters. */
export const MAX_DISPLAY_CHARS = 80;

/** Text as it may be displayed: unsafe characters removed, spaces folded, length capped. */
export function displayText(raw: string, max = MAX_DISPLAY_CHARS): string {
  // Cap before the regex work so a 100 kB field costs no more than a short one.
  const head = raw.length > max * 4 ? raw.slice(0, max * 4) : raw;
  const cleaned = head.normalize('NFC').replace(UNSAFE, '').replace(/\s+/g, ' ').trim();
  const chars = Array.from(cleaned);
  return chars.length > max ? chars.slice(0, max - 1).join('') + '…' : cleaned;
}

/** An ID number masked for display: only the last four characters stay readable. */
export function maskId(raw: string): string {
  const id = displayText(raw, 20).replace(/\s/g, '');
  if (id.length <= 4) return '*'.repeat(id.length);
  return '*'.repeat(id.length - 4) + id.slice(-4);
}

/**
 * A name masked for storage and logs: initials, then the last word (the given name in
 * Vietnamese order), e.g. `NGUYEN LE KHA HAN` → `N. L. K. HAN`.
 */
export function maskName(raw: string): string {
  const words = displayText(raw).split(' ').filter(Boolean);
  if (words.length === 0) return '';
  const last = words.pop()!;
  return [...words.map((w) => `${Array.from(w)[0]}.`), last].join(' ');
}
