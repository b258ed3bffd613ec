// The kiosk's frame path in plain arithmetic, for Node (bench:decode and the decoder tests):
// crop, scale down (bilinear, as Chromium's createImageBitmap with resizeQuality 'low'), grey
// to RGBA; and quarter turns for the blackbox photos. In Chromium, createImageBitmap does it.
import type { FrameCrop } from '../../src/scan/frame-crop';

/** Crops and scales `grey` (w wide) to `crop.dw`×`crop.dh` RGBA. */
export function cropToRgba(grey: Uint8ClampedArray, w: number, crop: FrameCrop): Uint8ClampedArray {
  const { sx, sy, sw, sh, dw, dh } = crop;
  const out = new Uint8ClampedArray(dw * dh * 4);
  const out32 = new Uint32Array(out.buffer);
  // Little-endian RGBA: grey g is 0xff_g_g_g.
  const pixel = (g: number) => 0xff000000 | (g << 16) | (g << 8) | g;
  if (dw === sw && dh === sh) {
    for (let y = 0; y < dh; y++) {
      const row = (sy + y) * w + sx;
      for (let x = 0; x < dw; x++) out32[y * dw + x] = pixel(grey[row + x]!);
    }
    return out;
  }
  const fx = sw / dw,
    fy = sh / dh;
  for (let y = 0; y < dh; y++) {
    const gy = Math.min(sh - 1, Math.max(0, (y + 0.5) * fy - 0.5));
    const y0 = Math.floor(gy);
    const ty = gy - y0;
    const r0 = (sy + y0) * w + sx;
    const r1 = (sy + Math.min(sh - 1, y0 + 1)) * w + sx;
    for (let x = 0; x < dw; x++) {
      const gx = Math.min(sw - 1, Math.max(0, (x + 0.5) * fx - 0.5));
      const x0 = Math.floor(gx);
      const x1 = Math.min(sw - 1, x0 + 1);
      const tx = gx - x0;
      const top = grey[r0 + x0]! * (1 - tx) + grey[r0 + x1]! * tx;
      const bottom = grey[r1 + x0]! * (1 - tx) + grey[r1 + x1]! * tx;
      out32[y * dw + x] = pixel(Math.round(top * (1 - ty) + bottom * ty));
    }
  }
  return out;
}

/** `rgba` (w×h) turned clockwise by `quarterTurns` × 90°; returns the new width and height. */
export function rotateRgba(
  rgba: Uint8ClampedArray,
  w: number,
  h: number,
  quarterTurns: number,
): { data: Uint8ClampedArray; width: number; height: number } {
  const turns = ((quarterTurns % 4) + 4) % 4;
  if (turns === 0) return { data: rgba, width: w, height: h };
  const width = turns === 2 ? w : h;
  const height = turns === 2 ? h : w;
  const out = new Uint8ClampedArray(rgba.length);
  const src32 = new Uint32Array(rgba.buffer, rgba.byteOffset, w * h);
  const dst32 = new Uint32Array(out.buffer);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const [nx, ny] =
        turns === 1 ? [h - 1 - y, x] : turns === 2 ? [w - 1 - x, h - 1 - y] : [y, w - 1 - x];
      dst32[ny * width + nx] = src32[y * w + x]!;
    }
  return { data: out, width, height };
}
