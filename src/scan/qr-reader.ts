// Chooses the QR reader where it runs (the decode worker, or the window as a last resort):
// ZXing-C++ wherever WebAssembly runs and its .wasm is the expected one; otherwise ZXing-js,
// loaded only then. A reader that throws on a frame reads nothing in it; it never stops scanning.
import type { QrEngine } from './decode-messages';
import { readQrZxingCpp, startZxingCpp, type Pixels } from './zxing-cpp-reader';
import { loadZxingJs, type ZxingJsFrameReader } from './zxing-js-loader';

export interface QrReader {
  engine: QrEngine;
  read(pixels: Pixels): Promise<string | null>;
}

async function zxingJs(load: () => Promise<ZxingJsFrameReader>): Promise<QrReader> {
  const read = (await load())();
  return { engine: 'zxing-js', read: async (p) => read(p.data, p.width, p.height) };
}

/**
 * `wasmUrl`: the reader's .wasm on the kiosk's own origin; null to use ZXing-js. `loadFallback`
 * fetches ZXing-js (Node tests, with no built bundle to fetch, import it directly).
 */
export async function openQrReader(
  wasmUrl: string | null,
  loadFallback: () => Promise<ZxingJsFrameReader> = loadZxingJs,
): Promise<QrReader> {
  if (wasmUrl !== null && typeof WebAssembly === 'object') {
    try {
      await startZxingCpp({ url: wasmUrl });
      return { engine: 'zxing-cpp', read: readQrZxingCpp };
    } catch (e) {
      // Refused by policy, not the expected bytes, or not reachable: scan with ZXing-js.
      console.warn('QR reader: ZXing-C++ unavailable, using ZXing-js:', e);
    }
  }
  return zxingJs(loadFallback);
}

/** Reads one frame; an error in the reader is a frame with no code. */
export async function readFrame(reader: QrReader, pixels: Pixels): Promise<string | null> {
  try {
    return await reader.read(pixels);
  } catch {
    return null;
  }
}
