// CBOR (RFC 8949) by cborg, configured for COSE and the DCC: maps keep their key types (COSE
// labels are integers), a repeated key keeps its last value, and every tag decodes to a
// `CborTag` wrapper, so that the readers below accept a tag only where eu-dcc.md names it (18
// and 61 around the message, 0 and 1 on `sc`); any other tag makes the field that holds it
// the wrong type, and is ignored where the kiosk does not look. Nesting is bounded, so hostile
// input never drives cborg's recursion down to a stack overflow.
import { decode, Tokenizer, type TagDecoder } from 'cborg';
import type { DecodeTokenizer } from 'cborg/interface';

export class CborTag {
  constructor(
    /** The tag number as decimal text (it may exceed 2^53). */
    readonly tag: string,
    readonly value: unknown,
  ) {}
}

export type CborMap = Map<unknown, unknown>;

// cborg looks a tag decoder up as `tags[tagNumber]`; this object has one for every number.
const EVERY_TAG = new Proxy({} as Record<number, TagDecoder>, {
  get: (_target, key) =>
    typeof key === 'string'
      ? (content: Parameters<TagDecoder>[0]) => new CborTag(key, content())
      : undefined,
});

/** A COSE message with its DCC nests about 8 deep; nothing a kiosk reads needs more. */
export const MAX_CBOR_DEPTH = 32;

type Token = ReturnType<DecodeTokenizer['next']>;

/** cborg's tokenizer, refusing to open a container (array, map, tag) past MAX_CBOR_DEPTH. */
class DepthLimitedTokenizer implements DecodeTokenizer {
  /** Items still to come in each open container, innermost last. */
  private readonly open: number[] = [];
  constructor(private readonly inner: DecodeTokenizer) {}
  done(): boolean {
    return this.inner.done();
  }
  pos(): number {
    return this.inner.pos();
  }
  next(): Token {
    const token = this.inner.next();
    const kind = token.type.name;
    if (kind === 'break') {
      this.open.pop(); // the end of an indefinite-length container
      this.closeFinished();
      return token;
    }
    if (this.open.length > 0) this.open[this.open.length - 1]! -= 1;
    // Only a container's value is its length (a number, or Infinity when indefinite).
    const items =
      kind === 'array'
        ? (token.value as number)
        : kind === 'map'
          ? 2 * (token.value as number)
          : kind === 'tag'
            ? 1
            : 0;
    if (items > 0) {
      if (this.open.length >= MAX_CBOR_DEPTH) throw new RangeError('CBOR nested too deep');
      this.open.push(items);
    } else {
      this.closeFinished();
    }
    return token;
  }
  /** A container is done when its last item is: close it, and any parent it completes. */
  private closeFinished(): void {
    while (this.open.length > 0 && this.open[this.open.length - 1] === 0) this.open.pop();
  }
}

const OPTIONS = {
  useMaps: true,
  rejectDuplicateMapKeys: false,
  allowUndefined: true,
  allowIndefinite: true,
  allowBigInt: true,
  tags: EVERY_TAG,
};

export const NOT_CBOR: unique symbol = Symbol('not CBOR');

/** One complete CBOR item, or NOT_CBOR when the bytes are not exactly that. */
export function decodeCbor(bytes: Uint8Array): unknown {
  try {
    return decode(bytes, {
      ...OPTIONS,
      tokenizer: new DepthLimitedTokenizer(new Tokenizer(bytes, OPTIONS)),
    });
  } catch {
    // Malformed CBOR, trailing bytes, or nesting deep enough to exhaust the stack.
    return NOT_CBOR;
  }
}

export const isMap = (v: unknown): v is CborMap => v instanceof Map;
export const isBytes = (v: unknown): v is Uint8Array => v instanceof Uint8Array;
export const isText = (v: unknown): v is string => typeof v === 'string';

/** A map's value; null counts as absent (eu-dcc.md §3). */
export function field(map: CborMap, key: string | number): unknown {
  const v = map.get(key);
  return v === null ? undefined : v;
}

/** An integer, or a float with a whole value (eu-dcc.md §3), as a number; otherwise null. */
export function integerOf(v: unknown): number | null {
  if (typeof v === 'bigint') return Number(v);
  return typeof v === 'number' && Number.isInteger(v) ? v : null;
}

/** Any finite number (integer, float, big integer); otherwise null. */
export function numberOf(v: unknown): number | null {
  if (typeof v === 'bigint') return Number(v);
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
