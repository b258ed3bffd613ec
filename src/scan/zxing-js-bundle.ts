// The entry of ZXing-js's own bundle (see zxing-js-loader.ts): the window's last-resort decoder
// and the decode worker's fallback load this one file instead of a copy each. A bundle of its
// own keeps no exports, so it hands the reader over on the global scope.
import { zxingJsFrameReader } from './zxing-js-reader';
import { ZXING_JS_GLOBAL } from './zxing-js-global';

(globalThis as Record<string, unknown>)[ZXING_JS_GLOBAL] = zxingJsFrameReader;
