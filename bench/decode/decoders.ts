// The two decoders bench:decode compares, each as the kiosk runs it on one camera frame:
// the shipped one (ZXing-C++ as WebAssembly, one call, its own tryRotate/tryInvert) and
// today's (ZXing-js with the finder fix, and its retry schedule by frame number: light-on-dark
// on every other frame, half-turned on every third). The same module runs in Node and Chromium.
import { QR_READER_OPTIONS, readQrZxingCpp, startZxingCpp } from '../../src/scan/zxing-cpp-reader';
import {
  decodeGrey,
  rgbaToGrey,
  variantsForFrame,
  type DecodeVariant,
} from '../../src/scan/zxing-js-reader';

export interface BenchDecoder {
  name: string;
  /** `frameNo` drives a per-frame retry schedule where the decoder has one. */
  read(
    rgba: Uint8ClampedArray,
    width: number,
    height: number,
    frameNo: number,
  ): Promise<string | null>;
}

export const SHIPPED = 'zxing-cpp';
export const LEGACY = 'zxing-js';
/**
 * The shipped decoder with the text's character set guessed instead of fixed to UTF-8: how
 * ZXing's own blackbox tests count (qrcode-2 holds Shift_JIS texts without an ECI, which the
 * kiosk, reading UTF-8 1405 codes, decodes as UTF-8). Run on the blackbox photos only.
 */
export const SHIPPED_GUESSING = 'zxing-cpp-charset-guessed';

export async function benchDecoders(wasm: ArrayBuffer): Promise<BenchDecoder[]> {
  await startZxingCpp({ bytes: wasm });
  return [
    {
      name: SHIPPED,
      read: (data, width, height) => readQrZxingCpp({ data, width, height }),
    },
    {
      name: SHIPPED_GUESSING,
      read: (data, width, height) =>
        readQrZxingCpp({ data, width, height }, { ...QR_READER_OPTIONS, characterSet: 'Unknown' }),
    },
    {
      name: LEGACY,
      read: async (rgba, width, height, frameNo) =>
        decodeGrey(rgbaToGrey(rgba), width, height, variantsForFrame(frameNo)).text,
    },
  ];
}

/** The shipped decoder followed by explicit extra passes: do they ever add a read? */
export async function extraPassesRead(
  rgba: Uint8ClampedArray,
  width: number,
  height: number,
  variants: DecodeVariant[],
): Promise<string | null> {
  for (const variant of variants) {
    const data =
      variant === 'inverted'
        ? rgba.map((v, i) => ((i & 3) === 3 ? v : 255 - v))
        : variant === 'rotated'
          ? rotate180(rgba)
          : rgba;
    const text = await readQrZxingCpp({ data, width, height });
    if (text !== null) return text;
  }
  return null;
}

function rotate180(rgba: Uint8ClampedArray): Uint8ClampedArray {
  const src = new Uint32Array(rgba.buffer, rgba.byteOffset, rgba.length >> 2);
  const out = new Uint32Array(src.length);
  for (let i = 0; i < src.length; i++) out[i] = src[src.length - 1 - i]!;
  return new Uint8ClampedArray(out.buffer);
}
