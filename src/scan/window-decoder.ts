// The last-resort decoder in the window, where the decode worker cannot run (no module
// workers): ZXing-js, loaded only on that path
// (from the one file the worker's fallback loads too: zxing-js-loader.ts). No WebAssembly here, so the
// kiosk's CSP needs no 'wasm-unsafe-eval' (docs/performance.md, "the fallback").
import { loadZxingJs } from './zxing-js-loader';
import type { DecodeResult } from './decode-messages';

export function pixelsInWindow(bitmap: ImageBitmap): ImageData {
  const canvas = document.createElement('canvas');
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(bitmap, 0, 0);
  bitmap.close();
  return context.getImageData(0, 0, canvas.width, canvas.height);
}

export async function windowReader(): Promise<(bitmap: ImageBitmap) => DecodeResult> {
  const read = (await loadZxingJs())();
  return (bitmap) => {
    const started = performance.now();
    const pixels = pixelsInWindow(bitmap);
    let text: string | null = null;
    try {
      text = read(pixels.data, pixels.width, pixels.height);
    } catch {
      // a frame the reader chokes on holds no code
    }
    return { text, ms: performance.now() - started, engine: 'zxing-js' };
  };
}
