// Messages between the window and the decode worker.

/** Which reader decodes: ZXing-C++ (WebAssembly), or ZXing-js where that cannot run. */
export type QrEngine = 'zxing-cpp' | 'zxing-js';

/** A frame as an ImageBitmap (transferred), or as RGBA pixels where the worker has no canvas. */
export type DecodeRequest =
  | { id: number; bitmap: ImageBitmap }
  | { id: number; pixels: { data: Uint8ClampedArray; width: number; height: number } };

export type DecodeResponse =
  | {
      kind: 'decoded';
      id: number;
      text: string | null;
      /** Time spent in the worker on this frame: reading its pixels and decoding. */
      ms: number;
      engine: QrEngine;
    }
  /** Sent once, when the reader is compiled and ready: `ms` since the worker started. */
  | { kind: 'ready'; engine: QrEngine; ms: number };

/** One frame's answer, as the window sees it from either reader. */
export interface DecodeResult {
  text: string | null;
  /** Time in the decoder on this frame (reading pixels and decoding). */
  ms: number;
  engine: QrEngine | null;
}
