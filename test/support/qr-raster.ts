// Draws a QR code into a grey camera frame as a camera would see it: a sheet (or screen) held
// somewhere in front of the lens, turned in its plane and tilted away (a true perspective
// projection), sampled 2×2 per pixel. Pure arithmetic, no Node or DOM API, so the decode
// benchmark draws the same frames in Node and in Chromium, and the fake-camera tests draw
// their Y4M frames with it.
import QRCode from 'qrcode';

export interface QrMatrix {
  size: number;
  dark(row: number, col: number): boolean;
}

export function qrMatrix(text: string): QrMatrix {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  return { size: qr.modules.size, dark: (r, c) => !!qr.modules.get(r, c) };
}

export interface CodePlacement {
  /** Centre of the code in the frame, in pixels. */
  cx: number;
  cy: number;
  /** Side of the code with its 4-module quiet zone, in pixels, seen face on. */
  side: number;
  /** Turn in the image plane, degrees. */
  rotationDeg?: number;
  /** Tilt away from the camera about the code's vertical axis, degrees (0 = face on). */
  tiltDeg?: number;
  /** Grey levels of dark and light modules (light-on-dark: dark > light). */
  dark: number;
  light: number;
  /** Light sheet around the quiet zone, in modules (a paper edge). */
  margin?: number;
  /**
   * A phone screen's pixel grid: period in modules of a brightness ripple on the code plane.
   * Sampled by the camera's pixels it beats into moiré.
   */
  screenPitch?: number;
}

type Homography = [number, number, number, number, number, number, number, number];

/** Maps the unit square's corners (0,0) (1,0) (1,1) (0,1) to `q` (Heckbert's square-to-quad). */
type Quad = [[number, number], [number, number], [number, number], [number, number]];

function squareToQuad([[x0, y0], [x1, y1], [x2, y2], [x3, y3]]: Quad): Homography {
  const dx1 = x1 - x2,
    dx2 = x3 - x2,
    sx = x0 - x1 + x2 - x3;
  const dy1 = y1 - y2,
    dy2 = y3 - y2,
    sy = y0 - y1 + y2 - y3;
  const den = dx1 * dy2 - dx2 * dy1;
  const g = (sx * dy2 - dx2 * sy) / den;
  const h = (dx1 * sy - sx * dy1) / den;
  return [x1 - x0 + g * x1, x3 - x0 + h * x3, x0, y1 - y0 + g * y1, y3 - y0 + h * y3, y0, g, h];
}

/** Inverse of a homography (adjugate; scale does not matter). */
function invert([a, b, c, d, e, f, g, h]: Homography): number[] {
  return [
    e - f * h,
    c * h - b,
    b * f - c * e,
    f * g - d,
    a - c * g,
    c * d - a * f,
    d * h - e * g,
    b * g - a * h,
    a * e - b * d,
  ];
}

/** The four corners of the sheet (code plus margin) in the frame, by perspective projection. */
function cornersOf(p: CodePlacement, frameHeight: number): Quad {
  const tilt = ((p.tiltDeg ?? 0) * Math.PI) / 180;
  const rot = ((p.rotationDeg ?? 0) * Math.PI) / 180;
  const focal = frameHeight * 1.2; // about a 45° vertical field of view, a phone's main camera
  const half = p.side / 2;
  const distance = focal; // the sheet's centre at the focal distance: face on, one pixel = one unit
  const unit: Quad = [
    [-1, -1],
    [1, -1],
    [1, 1],
    [-1, 1],
  ];
  return unit.map(([u, v]): [number, number] => {
    // Tilt about the vertical axis, then project, then turn in the image plane.
    const x = u * half * Math.cos(tilt);
    const z = distance + u * half * Math.sin(tilt);
    const y = v * half;
    const px = (x * focal) / z;
    const py = (y * focal) / z;
    return [
      p.cx + px * Math.cos(rot) - py * Math.sin(rot),
      p.cy + px * Math.sin(rot) + py * Math.cos(rot),
    ];
  }) as Quad;
}

/**
 * A screen's pixel grid seen by one camera pixel: sampled at the pixel's centre only, as a
 * sensor without an anti-aliasing filter does, so a grid near the pixel pitch beats into bands.
 */
function screenRipple(inv: number[], fx: number, fy: number, modules: number, pitch: number) {
  const w = inv[6]! * fx + inv[7]! * fy + inv[8]!;
  const mx = ((inv[0]! * fx + inv[1]! * fy + inv[2]!) / w) * modules;
  const my = ((inv[3]! * fx + inv[4]! * fy + inv[5]!) / w) * modules;
  const k = (2 * Math.PI) / pitch;
  return 0.65 + 0.35 * Math.cos(k * mx) * Math.cos(k * my);
}

/**
 * Draws `qr` into `grey` (a `width`×`height` frame already holding its background). Pixels
 * outside the sheet keep the background.
 */
export function drawCode(
  grey: Float32Array,
  width: number,
  height: number,
  qr: QrMatrix,
  p: CodePlacement,
): void {
  const quiet = 4;
  const margin = p.margin ?? 1;
  const modules = qr.size + 2 * (quiet + margin);
  const corners = cornersOf(p, height);
  // Scale the sheet so that the code with its quiet zone (not the margin) is `side` wide.
  const grow = modules / (qr.size + 2 * quiet);
  const cx = p.cx,
    cy = p.cy;
  const quad = corners.map(([x, y]) => [cx + (x - cx) * grow, cy + (y - cy) * grow]) as Quad;
  const inv = invert(squareToQuad(quad));
  const xs = quad.map((c) => c[0]);
  const ys = quad.map((c) => c[1]);
  const x0 = Math.max(0, Math.floor(Math.min(...xs)));
  const x1 = Math.min(width - 1, Math.ceil(Math.max(...xs)));
  const y0 = Math.max(0, Math.floor(Math.min(...ys)));
  const y1 = Math.min(height - 1, Math.ceil(Math.max(...ys)));
  const offsets = [0.25, 0.75];
  for (let y = y0; y <= y1; y++) {
    for (let x = x0; x <= x1; x++) {
      let sum = 0;
      let inside = 0;
      for (const oy of offsets) {
        for (const ox of offsets) {
          const fx = x + ox,
            fy = y + oy;
          const w = inv[6]! * fx + inv[7]! * fy + inv[8]!;
          const u = (inv[0]! * fx + inv[1]! * fy + inv[2]!) / w;
          const v = (inv[3]! * fx + inv[4]! * fy + inv[5]!) / w;
          if (u < 0 || v < 0 || u >= 1 || v >= 1) continue;
          inside++;
          const mx = u * modules - quiet - margin;
          const my = v * modules - quiet - margin;
          const c = Math.floor(mx),
            r = Math.floor(my);
          const isDark = c >= 0 && r >= 0 && c < qr.size && r < qr.size && qr.dark(r, c);
          sum += isDark ? p.dark : p.light;
        }
      }
      if (inside === 0) continue;
      if (p.screenPitch) sum *= screenRipple(inv, x + 0.5, y + 0.5, modules, p.screenPitch);
      grey[y * width + x] = (sum + (4 - inside) * grey[y * width + x]!) / 4;
    }
  }
}

/** Clamps and rounds a float frame to 8-bit luma. */
export function toBytes(grey: Float32Array): Uint8ClampedArray {
  return Uint8ClampedArray.from(grey);
}
