// What a cheap phone camera does to a frame: defocus, motion blur, sensor noise, JPEG-style
// block compression, a shadow across the code, a glare spot. Each works in place on a float
// grey frame; randomness comes from the caller's seeded generator, so Node and Chromium draw
// the same frames. Pure arithmetic (no Node or DOM API).

export type Random = () => number;

/** mulberry32: a small, well-mixed 32-bit generator, the same sequence everywhere. */
export function seededRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One pass of a 1-D kernel along rows (dx=1) or columns (dy=1), edges clamped. */
function convolve1d(
  src: Float32Array,
  w: number,
  h: number,
  kernel: number[],
  horizontal: boolean,
) {
  const out = new Float32Array(src.length);
  const r = (kernel.length - 1) >> 1;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let sum = 0;
      for (let k = -r; k <= r; k++) {
        const sx = horizontal ? Math.min(w - 1, Math.max(0, x + k)) : x;
        const sy = horizontal ? y : Math.min(h - 1, Math.max(0, y + k));
        sum += src[sy * w + sx]! * kernel[k + r]!;
      }
      out[y * w + x] = sum;
    }
  }
  return out;
}

/** Defocus as a Gaussian of `sigma` pixels (separable). */
export function gaussianBlur(grey: Float32Array, w: number, h: number, sigma: number): void {
  if (sigma <= 0) return;
  const r = Math.ceil(sigma * 3);
  const kernel = Array.from({ length: 2 * r + 1 }, (_, i) =>
    Math.exp(-((i - r) ** 2) / (2 * sigma * sigma)),
  );
  const total = kernel.reduce((a, b) => a + b, 0);
  const norm = kernel.map((k) => k / total);
  grey.set(convolve1d(convolve1d(grey, w, h, norm, true), w, h, norm, false));
}

/** Motion blur: a box of `length` pixels along a direction of `angleDeg`. */
export function motionBlur(
  grey: Float32Array,
  w: number,
  h: number,
  length: number,
  angleDeg: number,
): void {
  if (length <= 1) return;
  const steps = Math.ceil(length);
  const dx = Math.cos((angleDeg * Math.PI) / 180);
  const dy = Math.sin((angleDeg * Math.PI) / 180);
  const src = grey.slice();
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let sum = 0;
      for (let s = 0; s < steps; s++) {
        const t = (s / (steps - 1) - 0.5) * length;
        const sx = Math.min(w - 1, Math.max(0, Math.round(x + t * dx)));
        const sy = Math.min(h - 1, Math.max(0, Math.round(y + t * dy)));
        sum += src[sy * w + sx]!;
      }
      grey[y * w + x] = sum / steps;
    }
  }
}

// Standard normal deviates, drawn once (Box–Muller from a fixed seed): per pixel, one table
// look-up instead of a logarithm, a root and a cosine.
const NORMALS = (() => {
  const random = seededRandom(0x5eed);
  return Float32Array.from({ length: 1 << 16 }, () => {
    const u = Math.max(1e-12, random());
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  });
})();

/** Gaussian sensor noise of `sigma` grey levels. */
export function addNoise(grey: Float32Array, sigma: number, random: Random): void {
  for (let i = 0; i < grey.length; i++)
    grey[i] = grey[i]! + sigma * NORMALS[(random() * 65536) | 0]!;
}

// The JPEG standard's luminance quantisation table (Annex K).
const LUMA_Q = [
  16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56,
  14, 17, 22, 29, 51, 87, 80, 62, 18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113,
  92, 49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99,
];
/** COS[x * 8 + u]: the orthonormal 8-point DCT-II basis; COS_T is its transpose. */
const COS = Float64Array.from({ length: 64 }, (_, i) => {
  const x = i >> 3,
    u = i & 7;
  return Math.cos(((2 * x + 1) * u * Math.PI) / 16) * (u === 0 ? Math.SQRT1_2 : 1) * 0.5;
});
const COS_T = Float64Array.from({ length: 64 }, (_, i) => COS[(i & 7) * 8 + (i >> 3)]!);

/** dst = basisᵀ · src · basis for an 8×8 block (rows, then columns); `tmp` is scratch. */
function transform8(src: Float64Array, dst: Float64Array, basis: Float64Array, tmp: Float64Array) {
  for (let y = 0; y < 8; y++)
    for (let u = 0; u < 8; u++) {
      let s = 0;
      for (let x = 0; x < 8; x++) s += src[y * 8 + x]! * basis[x * 8 + u]!;
      tmp[y * 8 + u] = s;
    }
  for (let x = 0; x < 8; x++)
    for (let v = 0; v < 8; v++) {
      let s = 0;
      for (let y = 0; y < 8; y++) s += tmp[y * 8 + x]! * basis[y * 8 + v]!;
      dst[v * 8 + x] = s;
    }
}

/**
 * The lossy half of baseline JPEG at `quality` (1–100, libjpeg's scaling): 8×8 DCT, the
 * standard table, rounding, inverse DCT. Blocking and ringing as a camera's encoder makes them.
 */
export function jpegCompress(grey: Float32Array, w: number, h: number, quality: number): void {
  const scale = quality < 50 ? 5000 / quality : 200 - 2 * quality;
  const q = LUMA_Q.map((v) => Math.min(255, Math.max(1, Math.floor((v * scale + 50) / 100))));
  const block = new Float64Array(64);
  const tmp = new Float64Array(64);
  for (let by = 0; by + 8 <= h; by += 8) {
    for (let bx = 0; bx + 8 <= w; bx += 8) {
      for (let y = 0; y < 8; y++)
        for (let x = 0; x < 8; x++) block[y * 8 + x] = grey[(by + y) * w + bx + x]! - 128;
      transform8(block, block, COS, tmp);
      for (let i = 0; i < 64; i++) block[i] = Math.round(block[i]! / q[i]!) * q[i]!;
      transform8(block, block, COS_T, tmp);
      for (let y = 0; y < 8; y++)
        for (let x = 0; x < 8; x++)
          grey[(by + y) * w + bx + x] = Math.round(block[y * 8 + x]! + 128);
    }
  }
}

/** A soft shadow edge through (cx, cy) at `angleDeg`: the far side keeps `depth` of its light. */
export function shadow(
  grey: Float32Array,
  w: number,
  h: number,
  cx: number,
  cy: number,
  angleDeg: number,
  depth: number,
  softness: number,
): void {
  const nx = Math.cos((angleDeg * Math.PI) / 180);
  const ny = Math.sin((angleDeg * Math.PI) / 180);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const d = ((x - cx) * nx + (y - cy) * ny) / softness;
      const t = 1 / (1 + Math.exp(-d)); // 0 in the light, 1 in the shadow
      grey[y * w + x] = grey[y * w + x]! * (1 - t * (1 - depth));
    }
}

/** A glare spot: light added around (cx, cy) with a Gaussian fall-off, saturating in the middle. */
export function glare(
  grey: Float32Array,
  w: number,
  h: number,
  cx: number,
  cy: number,
  radius: number,
  strength: number,
): void {
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const r2 = ((x - cx) ** 2 + (y - cy) ** 2) / (radius * radius);
      if (r2 < 9) grey[y * w + x] = grey[y * w + x]! + strength * Math.exp(-r2);
    }
}
