// The bridge to the decode worker (after Squoosh's worker-bridge): one frame in flight at a
// time, so a slow phone drops frames instead of queueing them. Where module workers or
// OffscreenCanvas are missing, the same decoder runs on the main thread.
import type { DecodeRequest, DecodeResponse } from './decode-messages';
import type { DecodeVariant } from './qr-decode';

export interface FrameDecoder {
  readonly kind: 'worker' | 'main-thread';
  decode(bitmap: ImageBitmap, variants: DecodeVariant[]): Promise<DecodeResponse>;
  dispose(): void;
}

function workerDecoder(): FrameDecoder {
  const worker = new Worker(new URL('../workers/decode-worker.ts', import.meta.url), {
    type: 'module',
  });
  const waiting = new Map<number, (r: DecodeResponse) => void>();
  let nextId = 1;
  worker.onmessage = (event: MessageEvent<DecodeResponse>) => {
    waiting.get(event.data.id)?.(event.data);
    waiting.delete(event.data.id);
  };
  // A crashed worker must not leave the scan loop waiting forever.
  worker.onerror = () => {
    for (const [id, resolve] of waiting) resolve({ id, text: null, variant: null, ms: 0 });
    waiting.clear();
  };
  return {
    kind: 'worker',
    decode(bitmap, variants) {
      const id = nextId++;
      return new Promise((resolve) => {
        waiting.set(id, resolve);
        const request: DecodeRequest = { id, bitmap, variants };
        worker.postMessage(request, [bitmap]);
      });
    },
    dispose: () => worker.terminate(),
  };
}

function mainThreadDecoder(): FrameDecoder {
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  // Loaded only on this fallback path: the worker has its own copy of ZXing.
  const zxing = import('./qr-decode');
  return {
    kind: 'main-thread',
    async decode(bitmap, variants) {
      const { decodeGrey, rgbaToGrey } = await zxing;
      const started = performance.now();
      canvas.width = bitmap.width;
      canvas.height = bitmap.height;
      context.drawImage(bitmap, 0, 0);
      bitmap.close();
      const rgba = context.getImageData(0, 0, canvas.width, canvas.height).data;
      const outcome = decodeGrey(rgbaToGrey(rgba), canvas.width, canvas.height, variants);
      return { id: 0, ...outcome, ms: performance.now() - started };
    },
    dispose() {},
  };
}

export function createFrameDecoder(prefer: 'worker' | 'main-thread' = 'worker'): FrameDecoder {
  if (
    prefer === 'worker' &&
    typeof Worker !== 'undefined' &&
    typeof OffscreenCanvas !== 'undefined'
  ) {
    try {
      return workerDecoder();
    } catch {
      // fall through to the main thread
    }
  }
  return mainThreadDecoder();
}
