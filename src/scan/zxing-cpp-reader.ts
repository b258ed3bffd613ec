// The QR reader: ZXing-C++ compiled to WebAssembly (zxing-wasm's reader build). Its detector
// finds codes tilted, turned, faded, light-on-dark and half in shadow that ZXing-js misses
// (bench:decode, docs/performance.md), with no retries of our own: tryHarder, tryRotate and
// tryInvert stay at their defaults. The .wasm comes from the kiosk's own origin (the service
// worker precaches it), never from the package's default CDN, and is instantiated only after
// its SHA-256 matches the one the package was built with.
import {
  prepareZXingModule,
  readBarcodes,
  ZXING_WASM_SHA256,
  type ReaderOptions,
} from 'zxing-wasm/reader';

/** 1405 codes are UTF-8 byte mode; one code per frame is all the door needs. */
export const QR_READER_OPTIONS: ReaderOptions = {
  formats: ['QRCode'],
  maxNumberOfSymbols: 1,
  characterSet: 'UTF8',
  textMode: 'Plain',
};

/** RGBA pixels, as getImageData gives them. */
export interface Pixels {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

export class WasmIntegrityError extends Error {}

async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Checks and compiles the reader's WebAssembly, then sets the module up with it. `source` is
 * the URL of the .wasm on the kiosk's origin, or its bytes (Node: the benchmark and tests).
 * Rejects when WebAssembly is missing or refused, or the bytes are not the expected ones.
 */
export async function startZxingCpp(
  source: { url: string } | { bytes: ArrayBuffer },
): Promise<void> {
  let bytes: ArrayBuffer;
  if ('url' in source) {
    const response = await fetch(source.url, { credentials: 'same-origin' });
    if (!response.ok) throw new Error(`zxing wasm: HTTP ${response.status}`);
    bytes = await response.arrayBuffer();
  } else {
    bytes = source.bytes;
  }
  // Compiling runs no code, so it overlaps the hash; nothing is instantiated before the check,
  // and bytes that are not the expected ones are refused as such even if they do not compile.
  const compiling = WebAssembly.compile(bytes);
  compiling.catch(() => {});
  const digest = await sha256Hex(bytes);
  if (digest !== ZXING_WASM_SHA256)
    throw new WasmIntegrityError(`zxing wasm: SHA-256 ${digest}, expected ${ZXING_WASM_SHA256}`);
  const compiled = await compiling;
  const url = 'url' in source ? source.url : 'zxing_reader.wasm';
  // Emscripten waits for `receive` forever: an instance that cannot be made (no memory for its
  // heap) must reject instead.
  let fail: (e: unknown) => void = () => {};
  const failed = new Promise<never>((_, reject) => (fail = reject));
  const ready = prepareZXingModule({
    overrides: {
      // Never the package's default (a CDN): the file is ours, and already compiled here.
      locateFile: () => url,
      instantiateWasm(
        imports: WebAssembly.Imports,
        receive: (instance: WebAssembly.Instance) => void,
      ) {
        WebAssembly.instantiate(compiled, imports).then(receive, fail);
        return {};
      },
    },
    fireImmediately: true,
  });
  await Promise.race([ready, failed]);
}

/** The text of the QR code in `pixels`, or null. Call after `startZxingCpp` has resolved. */
export async function readQrZxingCpp(
  pixels: Pixels,
  options: ReaderOptions = QR_READER_OPTIONS,
): Promise<string | null> {
  const results = await readBarcodes(pixels as ImageData, options);
  return results[0]?.text ?? null;
}
