// One check-in entry as it travels to the server: the kiosk's Entry (src/model/entry.ts, pure
// types shared by kiosk and server) without its local `syncedAt`. Validation is
// strict and names the first bad field, so that a refusal (400) says exactly why, and nothing
// but masked identity can ever be uploaded.
import type { Entry } from '../../model/entry';
import { UUID_V7 } from '../../core/uuid7';

/** The kiosk's Entry without its local sync mark. */
export type WireEntry = Omit<Entry, 'syncedAt'>;

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

const DIRECTIONS = ['in', 'out'];
const SOURCES = ['camera', 'wedge', 'paste', 'typed', 'manual'];
const FORMATS = ['pqr-signed', 'pqr-unsigned', 'cccd', 'dcc', 'unknown', 'manual'];
const VERDICTS = ['admit', 'review', 'deny'];
/** `none`: a review closed without the guard's decision (the venue's review timeout). */
const DECISIONS = ['admit', 'refuse', 'none'];
const COLORS = ['green', 'yellow', 'red', 'none'];
/** Reason codes are the spec's and ours; unknown codes of the same shape pass (newer kiosks). */
const REASON = /^[A-Z][A-Z0-9_]{1,39}$/;
const MAX_REASONS = 16;
const PASS_HASH = /^[A-Za-z0-9_-]{22}$/;
const KID = /^[A-Za-z0-9_-]{11}$/;
// Control and bidirectional characters have no place in a stored name or id.
const UNSAFE_TEXT =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/;
// A lone surrogate is not text: it has no UTF-8 form, and PostgreSQL refuses the whole batch.
const LONE_SURROGATE = /\p{Cs}/u;

const FIELDS = [
  'id',
  'at',
  'direction',
  'source',
  'format',
  'verdict',
  'decision',
  'color',
  'reasons',
  'passId',
  'passHash',
  'maskedName',
  'birthYear',
  'maskedId',
  'kid',
  'bundleSeq',
] as const satisfies readonly (keyof WireEntry)[];
const KNOWN = new Set<string>(FIELDS);

/** At most `max` code points (the kiosk cuts text by code point), well-formed, nothing unsafe. */
const isText = (v: unknown, max: number): v is string =>
  typeof v === 'string' &&
  v.length <= 2 * max &&
  !UNSAFE_TEXT.test(v) &&
  !LONE_SURROGATE.test(v) &&
  codePoints(v) <= max;

function codePoints(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++; // a pair counts once, by its high half
  }
  return n;
}
const oneOf = (v: unknown, list: string[]): v is string =>
  typeof v === 'string' && list.includes(v);
const isIntIn = (v: unknown, min: number, max: number): v is number =>
  Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max;

/** The first problem with one field of an entry, or null when the field is right. */
function fieldProblem(e: Record<string, unknown>, field: (typeof FIELDS)[number]): string | null {
  const v = e[field];
  switch (field) {
    case 'id':
      return typeof v === 'string' && UUID_V7.test(v) ? null : 'not a lower-case UUIDv7';
    case 'at':
      return isIntIn(v, 0, 8.64e15) ? null : 'not an epoch millisecond';
    case 'direction':
      return oneOf(v, DIRECTIONS) ? null : `not one of ${DIRECTIONS.join('|')}`;
    case 'source':
      return oneOf(v, SOURCES) ? null : `not one of ${SOURCES.join('|')}`;
    case 'format':
      return oneOf(v, FORMATS) ? null : `not one of ${FORMATS.join('|')}`;
    case 'verdict':
      return oneOf(v, VERDICTS) ? null : `not one of ${VERDICTS.join('|')}`;
    case 'decision':
      if (v === null) return null;
      if (!oneOf(v, DECISIONS)) return `not null or one of ${DECISIONS.join('|')}`;
      return e.verdict === 'review' ? null : 'a decision is only made on a review verdict';
    case 'color':
      return oneOf(v, COLORS) ? null : `not one of ${COLORS.join('|')}`;
    case 'reasons':
      return Array.isArray(v) &&
        v.length <= MAX_REASONS &&
        v.every((r) => typeof r === 'string' && REASON.test(r))
        ? null
        : `not a list of at most ${MAX_REASONS} reason codes`;
    case 'passId':
      return v === null || (isText(v, 100) && v.length > 0)
        ? null
        : 'not null or 1–100 characters of well-formed text';
    case 'passHash':
      return v === null || (typeof v === 'string' && PASS_HASH.test(v))
        ? null
        : 'not null or a 22-character pass hash';
    case 'maskedName':
      return isText(v, 120) ? null : 'not a well-formed text of at most 120 characters';
    case 'birthYear':
      return v === null || isIntIn(v, 1800, 2200) ? null : 'not null or a year';
    case 'maskedId':
      return isText(v, 40) ? null : 'not a well-formed text of at most 40 characters';
    case 'kid':
      return v === null || (typeof v === 'string' && KID.test(v))
        ? null
        : 'not null or an 11-character key id';
    case 'bundleSeq':
      return v === null || isIntIn(v, 0, Number.MAX_SAFE_INTEGER)
        ? null
        : 'not null or a bundle seq';
  }
}

/** Checks one uploaded entry; unknown fields are refused so that nothing extra leaks out. */
export function checkWireEntry(value: unknown): Checked<WireEntry> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: 'not an object' };
  }
  const e = value as Record<string, unknown>;
  const extra = Object.keys(e).find((k) => !KNOWN.has(k));
  if (extra !== undefined) return { ok: false, reason: `unknown field "${extra.slice(0, 40)}"` };
  for (const field of FIELDS) {
    if (!(field in e)) return { ok: false, reason: `${field}: missing` };
    const problem = fieldProblem(e, field);
    if (problem) return { ok: false, reason: `${field}: ${problem}` };
  }
  return { ok: true, value: e as unknown as WireEntry };
}
