// The decoded part of a camera frame: centred, never scaled up, at 640×480 and 1280×720.
import { describe, expect, it } from 'vitest';
import { DEFAULT_FRAME_CROP, frameCrop } from '../../src/scan/frame-crop';

describe('frame crop', () => {
  it('takes the centre square of 80 % of the shorter side, scaled down to 480 at most', () => {
    const o = { fraction: 0.8, square: true, maxSide: 480 };
    expect(frameCrop(640, 480, o)).toEqual({ sx: 128, sy: 48, sw: 384, sh: 384, dw: 384, dh: 384 });
    expect(frameCrop(1280, 720, o)).toEqual({
      sx: 352,
      sy: 72,
      sw: 576,
      sh: 576,
      dw: 480,
      dh: 480,
    });
    // Portrait video (a phone held upright) crops the same square.
    expect(frameCrop(720, 1280, o)).toEqual({
      sx: 72,
      sy: 352,
      sw: 576,
      sh: 576,
      dw: 480,
      dh: 480,
    });
  });
  it('takes the whole frame in its own shape, scaled by its longer side', () => {
    const o = { fraction: 1, square: false, maxSide: 960 };
    expect(frameCrop(1280, 720, o)).toEqual({ sx: 0, sy: 0, sw: 1280, sh: 720, dw: 960, dh: 540 });
    expect(frameCrop(640, 480, o)).toEqual({ sx: 0, sy: 0, sw: 640, sh: 480, dw: 640, dh: 480 });
  });
  it('gives the decoder at most the pixels of the frame', () => {
    for (const [w, h] of [
      [640, 480],
      [1280, 720],
      [1920, 1080],
      [320, 240],
    ] as const) {
      const c = frameCrop(w, h, DEFAULT_FRAME_CROP);
      expect(c.sx + c.sw).toBeLessThanOrEqual(w);
      expect(c.sy + c.sh).toBeLessThanOrEqual(h);
      expect(c.dw).toBeLessThanOrEqual(c.sw);
      expect(c.dh).toBeLessThanOrEqual(c.sh);
    }
  });
});
