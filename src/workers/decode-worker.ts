/// <reference lib="webworker" />
// The decode worker: turns a camera frame (an ImageBitmap, transferred) into QR text off the
// UI thread, so the viewfinder, the verdict and the status bar never wait on ZXing.
import { decodeGrey, rgbaToGrey } from '../scan/qr-decode';
import type { DecodeRequest, DecodeResponse } from '../scan/decode-messages';

declare const self: DedicatedWorkerGlobalScope;

let canvas: OffscreenCanvas | null = null;
let context: OffscreenCanvasRenderingContext2D | null = null;
let grey = new Uint8ClampedArray(0);

self.onmessage = (event: MessageEvent<DecodeRequest>) => {
  const { id, bitmap, variants } = event.data;
  const started = performance.now();
  const { width, height } = bitmap;
  if (!canvas || canvas.width !== width || canvas.height !== height) {
    canvas = new OffscreenCanvas(width, height);
    context = canvas.getContext('2d', { willReadFrequently: true });
    grey = new Uint8ClampedArray(width * height);
  }
  context!.drawImage(bitmap, 0, 0);
  bitmap.close();
  const rgba = context!.getImageData(0, 0, width, height).data;
  const outcome = decodeGrey(rgbaToGrey(rgba, grey), width, height, variants);
  const response: DecodeResponse = { id, ...outcome, ms: performance.now() - started };
  self.postMessage(response);
};
