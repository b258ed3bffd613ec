// The continuous decode loop: every new camera frame, when the decoder is free, is cropped
// (frame-crop.ts), scaled down where it is large and decoded. No fixed pauses: a fast phone
// decodes every frame, a slow one as often as it can. A frame read with no code is reported
// too: that is how the kiosk knows a code held up has been taken away.
import type { QrEngine } from './decode-messages';
import { DEFAULT_FRAME_CROP, frameCrop, type FrameCropOptions } from './frame-crop';
import { markOnce, type FrameDecoder } from './frame-decoder';

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
  engine: QrEngine | null;
}

export interface FrameLoop {
  pause(): void;
  resume(): void;
  stop(): void;
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
  options: FrameCropOptions = DEFAULT_FRAME_CROP,
  /** A frame was read and held no code (not told while paused). */
  onNoCode: (frameAt: number) => void = () => {},
): FrameLoop {
  const v = video as VideoWithFrameCallback;
  let stopped = false;
  let paused = false;
  let busy = false;
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
    const crop = frameCrop(w, h, options);
    const frameAt = performance.now();
    const since = firstUnseenAt ?? frameAt;
    firstUnseenAt = null;
    const bitmap = await createImageBitmap(video, crop.sx, crop.sy, crop.sw, crop.sh, {
      resizeWidth: crop.dw,
      resizeHeight: crop.dh,
      resizeQuality: 'low',
    });
    const result = await decoder.decode(bitmap);
    markOnce('kiosk:first-decode', { ms: result.ms, engine: result.engine });
    if (paused || stopped) return;
    if (result.text === null) return onNoCode(frameAt);
    const taken = onCode({
      text: result.text,
      frameAt,
      firstUnseenAt: since,
      decodedAt: performance.now(),
      decodeMs: result.ms,
      engine: result.engine,
    });
    if (taken) paused = true;
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
