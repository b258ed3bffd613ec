// Writes a Y4M video for Chromium's fake camera (--use-file-for-fake-video-capture) from QR
// codes drawn at test time: blank frames first, then the code, as a camera would see it.
import { writeFileSync } from 'node:fs';
import QRCode from 'qrcode';
import { drawCode, qrMatrix } from '../../support/qr-raster';

export interface Y4mFrame {
  /** Text to draw as a QR code; null for an empty grey frame. */
  qr: string | null;
  /** Draw light-on-dark, as some phone screens show codes. */
  inverted?: boolean;
  /** A harder view: the code tilted away and faded (see test/support/qr-raster.ts). */
  look?: HardLook;
}

export interface HardLook {
  /** Tilt away from the camera, degrees. */
  tiltDeg: number;
  /** Dark-to-light difference as a fraction of full scale, around mid-grey. */
  contrast: number;
}

/** A frame of the code tilted and faded, as 8-bit luma (also read by the decoder unit tests). */
export function drawHardFrame(qr: string, look: HardLook): Buffer {
  const grey = new Float32Array(WIDTH * HEIGHT).fill(200);
  const span = (look.contrast * 255) / 2;
  drawCode(grey, WIDTH, HEIGHT, qrMatrix(qr), {
    cx: WIDTH / 2,
    cy: HEIGHT / 2,
    side: 320,
    tiltDeg: look.tiltDeg,
    rotationDeg: 4,
    dark: 150 - span,
    light: 150 + span,
  });
  return Buffer.from(Uint8ClampedArray.from(grey));
}

export const WIDTH = 640;
export const HEIGHT = 480;

function drawFrame(frame: Y4mFrame): Buffer {
  const y = Buffer.alloc(WIDTH * HEIGHT, 200); // a light grey wall
  if (frame.qr !== null && frame.look) {
    drawHardFrame(frame.qr, frame.look).copy(y);
  } else if (frame.qr !== null) {
    const qr = QRCode.create(frame.qr, { errorCorrectionLevel: 'M' });
    const n = qr.modules.size;
    const quiet = 4;
    const scale = Math.max(1, Math.floor(420 / (n + 2 * quiet)));
    const side = (n + 2 * quiet) * scale;
    const ox = (WIDTH - side) >> 1;
    const oy = (HEIGHT - side) >> 1;
    const dark = frame.inverted ? 235 : 20;
    const light = frame.inverted ? 20 : 235;
    for (let py = 0; py < side; py++) {
      const my = Math.floor(py / scale) - quiet;
      for (let px = 0; px < side; px++) {
        const mx = Math.floor(px / scale) - quiet;
        const on = mx >= 0 && my >= 0 && mx < n && my < n && qr.modules.get(my, mx);
        y[(oy + py) * WIDTH + ox + px] = on ? dark : light;
      }
    }
  }
  const uv = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128);
  return Buffer.concat([Buffer.from('FRAME\n'), y, uv]);
}

/** Writes `frames` to `path`; Chromium loops the file, so end on what should repeat. */
export function writeY4m(path: string, frames: Y4mFrame[]): string {
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F30:1 Ip A1:1 C420jpeg\n`);
  // Identical frames are drawn once.
  const cache = new Map<string, Buffer>();
  const body = frames.map((f) => {
    const key = `${f.inverted ? 1 : 0}${JSON.stringify(f.look ?? null)}${f.qr ?? ''}`;
    let buf = cache.get(key);
    if (!buf) cache.set(key, (buf = drawFrame(f)));
    return buf;
  });
  writeFileSync(path, Buffer.concat([header, ...body]));
  return path;
}

/** `blank` empty frames then `hold` frames of each code in turn. */
export function codeVideo(
  path: string,
  codes: string[],
  opts: { blank?: number; hold?: number; inverted?: boolean; look?: HardLook } = {},
): string {
  const frames: Y4mFrame[] = Array.from({ length: opts.blank ?? 15 }, () => ({ qr: null }));
  for (const qr of codes)
    for (let i = 0; i < (opts.hold ?? 30); i++)
      frames.push({
        qr,
        inverted: opts.inverted ?? false,
        ...(opts.look ? { look: opts.look } : {}),
      });
  return writeY4m(path, frames);
}
