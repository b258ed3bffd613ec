// Text from a QR code is hostile. These helpers make it safe to show and bounded in size, and
// cut it only between code points, so that what they return is always well-formed UTF-16
// (a lone surrogate is not valid UTF-8: PostgreSQL and strict decoders refuse it).

const encoder = new TextEncoder();

export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}

// C0 and C1 controls, DEL, the bidirectional marks, embeddings, overrides and isolates,
// and the zero-width characters that can hide or reorder what a guard reads.
const UNSAFE =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/g;
/** A surrogate not in a pair: with the `u` flag, pairs are matched as one code point. */
const LONE_SURROGATE = /\p{Cs}/gu;

/** The longest name we ever show; a 1405 name is at most 80 characters. */
export const MAX_DISPLAY_CHARS = 80;

/** True when the text holds a surrogate that is not half of a pair. */
export function hasLoneSurrogate(text: string): boolean {
  LONE_SURROGATE.lastIndex = 0;
  return LONE_SURROGATE.test(text);
}

/** At most `units` UTF-16 units of `text`, never ending inside a surrogate pair. */
function headByUnits(text: string, units: number): string {
  if (text.length <= units) return text;
  const last = text.charCodeAt(units - 1);
  const next = text.charCodeAt(units);
  const splitsPair = last >= 0xd800 && last <= 0xdbff && next >= 0xdc00 && next <= 0xdfff;
  return text.slice(0, splitsPair ? units - 1 : units);
}

/**
 * Text as it may be displayed: lone surrogates replaced by U+FFFD, unsafe characters removed,
 * spaces folded, at most `max` code points (the last one `…` when cut).
 */
export function displayText(raw: string, max = MAX_DISPLAY_CHARS): string {
  // Cap before the regex work so a 100 kB field costs no more than a short one.
  const head = headByUnits(raw, max * 4);
  // Unsafe characters go before composing, so that a hidden one between a letter and its
  // accent cannot leave them apart.
  const cleaned = head
    .replace(LONE_SURROGATE, '\ufffd')
    .replace(UNSAFE, '')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();
  const chars = Array.from(cleaned);
  return chars.length > max ? chars.slice(0, max - 1).join('') + '…' : cleaned;
}

/**
 * An ID number masked for display: only the last four code points stay readable; the result
 * has as many code points as the cleaned ID (at most 20).
 */
export function maskId(raw: string): string {
  const id = Array.from(displayText(raw, 20).replace(/\s/g, ''));
  if (id.length <= 4) return '*'.repeat(id.length);
  return '*'.repeat(id.length - 4) + id.slice(-4).join('');
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
