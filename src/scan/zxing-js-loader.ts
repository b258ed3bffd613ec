// Loads the ZXing-js fallback reader, in the window or in the decode worker. Both used to import
// zxing-js-reader.ts, and as the worker is a bundle of its own each got a copy of ZXing-js
// (~26 KB gzip twice). `?worker&url` builds zxing-js-bundle.ts once, as a file of its own that
// both builds point at, so the kiosk ships and precaches ZXing-js once.
import type { zxingJsFrameReader } from './zxing-js-reader';
import { ZXING_JS_GLOBAL } from './zxing-js-global';
import bundleUrl from './zxing-js-bundle.ts?worker&url';

export type ZxingJsFrameReader = typeof zxingJsFrameReader;

/** Resolves to ZXing-js's frame reader factory; rejects if its file cannot be loaded. */
export async function loadZxingJs(): Promise<ZxingJsFrameReader> {
  const scope = globalThis as Record<string, unknown>;
  if (typeof scope[ZXING_JS_GLOBAL] !== 'function') {
    await import(/* @vite-ignore */ new URL(bundleUrl, import.meta.url).href);
  }
  const reader = scope[ZXING_JS_GLOBAL];
  if (typeof reader !== 'function') throw new Error('ZXing-js bundle did not register its reader');
  return reader as ZxingJsFrameReader;
}
