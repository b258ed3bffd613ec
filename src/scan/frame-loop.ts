// The continuous decode loop: every new camera frame, when the decoder is free, is cropped
// to its centre square, scaled down and decoded. No fixed pauses: a fast phone decodes every
// frame, a slow one as often as it can. The extra tries (light-on-dark, half-turned) are
// spread over frames.
import type { FrameDecoder } from './frame-decoder';
import type { DecodeVariant } from './qr-decode';

export interface FrameLoopOptions {
  /** Side of the centre crop as a fraction of the shorter video side. */
  cropFraction: number;
  /** Side in pixels the crop is scaled to before decoding. */
  decodeSize: number;
}

export const DEFAULT_FRAME_LOOP: FrameLoopOptions = { cropFraction: 0.8, decodeSize: 480 };

export interface DecodedFrame {
  text: string;
  /** performance.now() when the frame that held the code was grabbed. */
  frameAt: number;
  /**
   * When the earliest frame not yet looked at was presented. The code may have been in any
   * frame since then (frames that arrive while the decoder is busy are skipped), so timing
   * from here counts that wait too: the honest start of "scan to verdict".
   */
  firstUnseenAt: number;
  /** When the decoder's answer came back. */
  decodedAt: number;
  /** Time inside the decoder alone. */
  decodeMs: number;
  variant: DecodeVariant;
}

export interface FrameLoop {
  pause(): void;
  resume(): void;
  stop(): void;
}

/** Normal every frame; light-on-dark as well on every other frame; half-turned on every third. */
export function variantsForFrame(n: number): DecodeVariant[] {
  const variants: DecodeVariant[] = ['normal'];
  if (n % 2 === 1) variants.push('inverted');
  if (n % 3 === 2) variants.push('rotated');
  return variants;
}

type VideoWithFrameCallback = HTMLVideoElement & {
  requestVideoFrameCallback?: (cb: () => void) => number;
  cancelVideoFrameCallback?: (handle: number) => void;
};

export function startFrameLoop(
  video: HTMLVideoElement,
  decoder: FrameDecoder,
  /** Returns true when the code is taken: the loop then pauses until `resume()`, so that no
   *  frame grabbing competes with verifying, storing and painting the verdict. */
  onCode: (frame: DecodedFrame) => boolean,
  options: FrameLoopOptions = DEFAULT_FRAME_LOOP,
): FrameLoop {
  const v = video as VideoWithFrameCallback;
  let stopped = false;
  let paused = false;
  let busy = false;
  let frameNo = 0;
  let firstUnseenAt: number | null = null;

  const schedule = () => {
    if (stopped) return;
    if (v.requestVideoFrameCallback) v.requestVideoFrameCallback(onFrame);
    else requestAnimationFrame(onFrame);
  };

  async function grab(): Promise<void> {
    const w = video.videoWidth;
    const h = video.videoHeight;
    if (!w || !h) return;
    const side = Math.floor(Math.min(w, h) * options.cropFraction);
    const size = Math.min(side, options.decodeSize);
    const frameAt = performance.now();
    const since = firstUnseenAt ?? frameAt;
    firstUnseenAt = null;
    const bitmap = await createImageBitmap(video, (w - side) >> 1, (h - side) >> 1, side, side, {
      resizeWidth: size,
      resizeHeight: size,
      resizeQuality: 'low',
    });
    const result = await decoder.decode(bitmap, variantsForFrame(frameNo++));
    if (result.text !== null && !paused && !stopped) {
      if (
        onCode({
          text: result.text,
          frameAt,
          firstUnseenAt: since,
          decodedAt: performance.now(),
          decodeMs: result.ms,
          variant: result.variant!,
        })
      ) {
        paused = true;
      }
    }
  }

  function onFrame(): void {
    if (!paused) firstUnseenAt ??= performance.now();
    if (!stopped && !paused && !busy) {
      busy = true;
      grab()
        .catch(() => {}) // a frame that cannot be grabbed (video resizing, track ending) is skipped
        .finally(() => (busy = false));
    }
    schedule();
  }

  schedule();
  return {
    pause: () => (paused = true),
    resume: () => (paused = false),
    stop: () => (stopped = true),
  };
}
