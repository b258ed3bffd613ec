// The bridge to the decode worker (after Squoosh's worker-bridge): one frame in flight at a
// time, so a slow phone drops frames instead of queueing them. The worker compiles its reader
// as soon as it starts. Where the worker has no OffscreenCanvas the window reads the frame's
// pixels and sends those; where the worker cannot run at all, the window decodes with ZXing-js
// (window-decoder.ts, loaded only then).
import type { DecodeRequest, DecodeResponse, DecodeResult } from './decode-messages';

export type { DecodeResult };

export interface FrameDecoder {
  decode(bitmap: ImageBitmap): Promise<DecodeResult>;
  dispose(): void;
}

/** Once per page load; bench:scan reads these marks. */
export function markOnce(name: string, detail: unknown): void {
  if (performance.getEntriesByName(name).length === 0) performance.mark(name, { detail });
}

function inWindow(): FrameDecoder {
  const read = import('./window-decoder').then((m) => m.windowReader());
  void read.then(() => markOnce('kiosk:decoder-ready', { engine: 'zxing-js' }));
  return { decode: async (bitmap) => (await read)(bitmap), dispose() {} };
}

function inWorker(onBroken: () => void): FrameDecoder {
  const worker = new Worker(new URL('../workers/decode-worker.ts', import.meta.url), {
    type: 'module',
  });
  const waiting = new Map<number, (r: DecodeResult) => void>();
  let nextId = 1;
  let ready = false;
  worker.onmessage = ({ data }: MessageEvent<DecodeResponse>) => {
    if (data.kind === 'ready') {
      ready = true;
      markOnce('kiosk:decoder-ready', { engine: data.engine });
    } else {
      waiting.get(data.id)?.(data);
      waiting.delete(data.id);
    }
  };
  // A crashed worker must not leave the scan loop waiting forever; one that never started
  // (no module workers) hands over to the window.
  worker.onerror = () => {
    for (const resolve of waiting.values()) resolve({ text: null, ms: 0, engine: null });
    waiting.clear();
    if (!ready) onBroken();
  };
  return {
    decode: (bitmap) =>
      new Promise((resolve) => {
        const id = nextId++;
        waiting.set(id, resolve);
        if (typeof OffscreenCanvas !== 'undefined') {
          worker.postMessage({ id, bitmap } satisfies DecodeRequest, [bitmap]);
        } else {
          import('./window-decoder')
            .then(({ pixelsInWindow }) => {
              const { data, width, height } = pixelsInWindow(bitmap);
              const request: DecodeRequest = { id, pixels: { data, width, height } };
              worker.postMessage(request, [data.buffer]);
            })
            .catch(() => {
              waiting.delete(id);
              resolve({ text: null, ms: 0, engine: null });
            });
        }
      }),
    dispose: () => worker.terminate(),
  };
}

export function createFrameDecoder(): FrameDecoder {
  let current: FrameDecoder | null = null;
  try {
    current = inWorker(() => {
      current?.dispose();
      current = inWindow();
    });
  } catch {
    current = inWindow();
  }
  return { decode: (bitmap) => current!.decode(bitmap), dispose: () => current!.dispose() };
}
