// Which part of a camera frame goes to the decoder, and at what size. Pure, so that
// bench:decode measures exactly the geometry the kiosk ships.

export interface FrameCropOptions {
  /**
   * Centre square with this side as a fraction of the shorter video side; `1` with
   * `square: false` is the whole frame.
   */
  fraction: number;
  /** A centre square (true) or the frame's own shape (false). */
  square: boolean;
  /** Longest side in pixels after scaling down (never scaled up). */
  maxSide: number;
}

/**
 * What the kiosk decodes (frame-loop.ts): the centre square of 80 % of the shorter side (the
 * viewfinder's guide), at the camera's own resolution up to 576 px. At 720p that is 576 px
 * unscaled, where the old 480-px downscale lost small and tilted codes; bench:decode compares
 * it with the other crops and sizes at 640×480 and 1280×720 (docs/performance.md). The cap
 * keeps a 1080p camera's frames as cheap to decode as 720p ones.
 */
export const DEFAULT_FRAME_CROP: FrameCropOptions = { fraction: 0.8, square: true, maxSide: 576 };

export interface FrameCrop {
  sx: number;
  sy: number;
  sw: number;
  sh: number;
  /** Size handed to the decoder. */
  dw: number;
  dh: number;
}

export function frameCrop(width: number, height: number, o: FrameCropOptions): FrameCrop {
  const short = Math.min(width, height);
  const sw = Math.floor((o.square ? short : width) * o.fraction);
  const sh = Math.floor((o.square ? short : height) * o.fraction);
  const scale = Math.min(1, o.maxSide / Math.max(sw, sh));
  return {
    sx: (width - sw) >> 1,
    sy: (height - sh) >> 1,
    sw,
    sh,
    dw: Math.round(sw * scale),
    dh: Math.round(sh * scale),
  };
}
