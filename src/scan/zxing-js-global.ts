/** Where zxing-js-bundle.ts leaves `zxingJsFrameReader` for zxing-js-loader.ts to pick up. */
export const ZXING_JS_GLOBAL = '__kioskZxingJsFrameReader';
