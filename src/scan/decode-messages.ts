// Messages between the window and the decode worker.
import type { DecodeOutcome, DecodeVariant } from './qr-decode';

export interface DecodeRequest {
  id: number;
  bitmap: ImageBitmap;
  variants: DecodeVariant[];
}

export interface DecodeResponse extends DecodeOutcome {
  id: number;
  /** Time spent in the worker, drawing and decoding. */
  ms: number;
}
