/// <reference lib="webworker" />
// The decode worker: turns a camera frame (an ImageBitmap, transferred) into QR text off the
// UI thread, so the viewfinder, the verdict and the status bar never wait on the decoder.
// The reader (ZXing-C++ as WebAssembly) is fetched, checked and compiled as soon as the
// worker starts, while the camera is still opening, not on the first frame.
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import { openQrReader, readFrame } from '../scan/qr-reader';
import type { DecodeRequest, DecodeResponse } from '../scan/decode-messages';

declare const self: DedicatedWorkerGlobalScope;

const reply = (response: DecodeResponse) => self.postMessage(response);

const reader = openQrReader(wasmUrl);
void reader.then((r) => reply({ kind: 'ready', engine: r.engine, ms: performance.now() }));

let canvas: OffscreenCanvas | null = null;
let context: OffscreenCanvasRenderingContext2D | null = null;

function pixelsOf(bitmap: ImageBitmap) {
  const { width, height } = bitmap;
  if (!canvas || canvas.width !== width || canvas.height !== height) {
    canvas = new OffscreenCanvas(width, height);
    context = canvas.getContext('2d', { willReadFrequently: true });
  }
  context!.drawImage(bitmap, 0, 0);
  bitmap.close();
  return context!.getImageData(0, 0, width, height);
}

self.onmessage = async (event: MessageEvent<DecodeRequest>) => {
  const request = event.data;
  const r = await reader;
  const started = performance.now();
  let text: string | null = null;
  try {
    text = await readFrame(r, 'bitmap' in request ? pixelsOf(request.bitmap) : request.pixels);
  } catch {
    // A frame that cannot be read (a closed bitmap) holds no code; the window still gets an
    // answer, or its one-frame-in-flight loop would wait forever.
  }
  reply({
    kind: 'decoded',
    id: request.id,
    text,
    engine: r.engine,
    ms: performance.now() - started,
  });
};
