// The fallback QR reader, ZXing-js (the kiosk's reader before ZXing-C++): used only where
// WebAssembly is missing or refused (iOS Lockdown Mode, a browser's JIT-less "enhanced
// security"), where the .wasm fails its integrity check, or where there is no worker. Loaded
// lazily, so no one else downloads it. It reads about half of what ZXing-C++ reads on the
// bench:decode corpus, and needs the finder fix and the per-frame retries below.
// Deep imports keep the bundle to the QR reader instead of every ZXing format.
import BinaryBitmap from '@zxing/library/esm/core/BinaryBitmap';
import DecodeHintType from '@zxing/library/esm/core/DecodeHintType';
import HybridBinarizer from '@zxing/library/esm/core/common/HybridBinarizer';
import QRCodeReader from '@zxing/library/esm/core/qrcode/QRCodeReader';
import RGBLuminanceSource from '@zxing/library/esm/core/RGBLuminanceSource';
import './zxing-finder-fix';

/**
 * How the frame was read. Phone screens in dark mode show light-on-dark codes: `inverted`.
 * `rotated` (half a turn) scans the frame in the other order: when a false finder pattern in
 * the data area makes the row-skipping search overshoot the real one (see zxing-finder-fix.ts),
 * the other order finds it. Mirrored codes need no pass of their own: ZXing's decoder already
 * retries a code read mirrored (test/scan/zxing-js-reader.test.ts).
 */
export type DecodeVariant = 'normal' | 'inverted' | 'rotated';

export interface DecodeOutcome {
  text: string | null;
  variant: DecodeVariant | null;
}

const reader = new QRCodeReader();
// 1405 codes are UTF-8 byte mode; without this ZXing may guess Shift_JIS or Latin-1.
const hints = new Map<DecodeHintType, unknown>([[DecodeHintType.CHARACTER_SET, 'UTF-8']]);

/** Luma from RGBA (BT.601 weights in fixed point). */
export function rgbaToGrey(
  rgba: Uint8ClampedArray,
  out = new Uint8ClampedArray(rgba.length >> 2),
): Uint8ClampedArray {
  for (let i = 0, j = 0; j < out.length; i += 4, j++) {
    out[j] = (rgba[i]! * 77 + rgba[i + 1]! * 150 + rgba[i + 2]! * 29) >> 8;
  }
  return out;
}

function tryDecode(
  grey: Uint8ClampedArray,
  width: number,
  height: number,
  invert: boolean,
): string | null {
  try {
    let source = new RGBLuminanceSource(grey, width, height);
    if (invert) source = source.invert() as RGBLuminanceSource;
    return reader.decode(new BinaryBitmap(new HybridBinarizer(source)), hints).getText();
  } catch {
    return null; // NotFound, Checksum and Format exceptions all mean "no code in this frame"
  } finally {
    reader.reset();
  }
}

/**
 * Tries the frame as it is, then (when asked) the other variants. Each costs a full decode,
 * so the caller spreads them over frames instead of paying them all on every frame.
 */
export function decodeGrey(
  grey: Uint8ClampedArray,
  width: number,
  height: number,
  variants: readonly DecodeVariant[],
): DecodeOutcome {
  for (const variant of variants) {
    const text =
      variant === 'rotated'
        ? tryDecode(Uint8ClampedArray.from(grey).reverse(), width, height, false)
        : tryDecode(grey, width, height, variant === 'inverted');
    if (text !== null) return { text, variant };
  }
  return { text: null, variant: null };
}

/** Normal every frame; light-on-dark as well on every other frame; half-turned on every third. */
export function variantsForFrame(n: number): DecodeVariant[] {
  const variants: DecodeVariant[] = ['normal'];
  if (n % 2 === 1) variants.push('inverted');
  if (n % 3 === 2) variants.push('rotated');
  return variants;
}

/**
 * A reader of successive camera frames: each extra try costs a full decode, so they are spread
 * over frames (a code held up is seen in every variant within six frames).
 */
export function zxingJsFrameReader(): (
  rgba: Uint8ClampedArray,
  width: number,
  height: number,
) => string | null {
  let frame = 0;
  let grey = new Uint8ClampedArray(0);
  return (rgba, width, height) => {
    if (grey.length !== width * height) grey = new Uint8ClampedArray(width * height);
    return decodeGrey(rgbaToGrey(rgba, grey), width, height, variantsForFrame(frame++)).text;
  };
}
