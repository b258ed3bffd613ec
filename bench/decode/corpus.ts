// The seeded corpus of `npm run bench:decode`: camera frames of real-size signed 1405 codes
// (QR versions 10–15) under named levels of what goes wrong at a door. Frame k of a level is
// the same in Node and in Chromium (same seed, same arithmetic), at 640×480 and 1280×720:
// degradations are given for 480 lines and scaled with the frame.
import { drawCode, qrMatrix, type CodePlacement } from '../../test/support/qr-raster';
import {
  addNoise,
  gaussianBlur,
  glare,
  jpegCompress,
  motionBlur,
  seededRandom,
  shadow,
  type Random,
} from './degrade';

/** Bump when a change here or in qr-raster.ts / degrade.ts changes the frames (the cache key). */
export const CORPUS_VERSION = 1;

export interface Level {
  name: string;
  /** What the level does, for the report. */
  what: string;
  /** Code side with quiet zone as a fraction of the frame height (default 0.6). */
  size?: number;
  tiltDeg?: number;
  /** In-plane turn; default: up to ±12° at random. */
  rotationDeg?: number;
  /** Dark and light as a fraction of full scale around mid-grey (default 0.75). */
  contrast?: number;
  /** Mean brightness of the code (default 140). */
  brightness?: number;
  inverted?: boolean;
  defocus?: number;
  motion?: number;
  noise?: number;
  jpeg?: number;
  shadow?: boolean;
  glare?: boolean;
  screen?: boolean;
}

/** Every frame gets a little of what every camera does: slight blur, noise, compression. */
const BASE = { defocus: 0.6, noise: 3, jpeg: 80 };

export const LEVELS: Level[] = [
  { name: 'clean', what: 'sharp, face on, good light' },
  { name: 'defocus-1.5', what: 'out of focus, Gaussian σ 1.5 px', defocus: 1.5 },
  { name: 'defocus-2', what: 'badly out of focus, σ 2 px', defocus: 2 },
  { name: 'motion-3', what: 'hand moving, 3 px streak', motion: 3 },
  { name: 'motion-5', what: 'hand moving fast, 5 px streak', motion: 5 },
  { name: 'contrast-35', what: 'faded print, 35 % contrast', contrast: 0.35 },
  { name: 'contrast-20', what: 'washed out, 20 % contrast', contrast: 0.2 },
  {
    name: 'dim',
    what: 'dim light: mean grey 55, 40 % contrast, noise σ 6',
    brightness: 55,
    contrast: 0.4,
    noise: 6,
  },
  { name: 'noise-12', what: 'sensor noise σ 12', noise: 12 },
  { name: 'noise-25', what: 'heavy noise σ 25', noise: 25 },
  { name: 'jpeg-30', what: 'JPEG quality 30', jpeg: 30 },
  { name: 'jpeg-12', what: 'JPEG quality 12', jpeg: 12 },
  { name: 'tilt-30', what: 'tilted 30° away', tiltDeg: 30 },
  { name: 'tilt-45', what: 'tilted 45° away', tiltDeg: 45 },
  { name: 'rotate-45', what: 'turned 45° (code 50 % of frame height)', rotationDeg: 45, size: 0.5 },
  { name: 'rotate-180', what: 'upside down', rotationDeg: 180 },
  { name: 'shadow', what: 'a hand’s shadow across the code, down to 35 %', shadow: true },
  { name: 'glare', what: 'a glare spot on a glossy card or screen', glare: true },
  { name: 'small-35', what: 'held far: code 35 % of frame height', size: 0.35 },
  { name: 'small-25', what: 'held farther: code 25 % of frame height', size: 0.25 },
  { name: 'inverted', what: 'light on dark (a phone in dark mode)', inverted: true },
  {
    name: 'screen-moire',
    what: 'phone screen: pixel grid moiré, 55 % contrast',
    screen: true,
    contrast: 0.55,
  },
  {
    name: 'tilt-low-contrast',
    what: 'tilted 30°, 35 % contrast, slight defocus',
    tiltDeg: 30,
    contrast: 0.35,
    defocus: 1.0,
  },
];

export interface CorpusFrame {
  level: string;
  index: number;
  width: number;
  height: number;
  /** 8-bit luma, row by row. */
  grey: Uint8ClampedArray;
  text: string;
}

function hashString(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Mid-grey wall with a soft light gradient, as behind a guest's hand. */
function background(width: number, height: number, random: Random): Float32Array {
  const grey = new Float32Array(width * height);
  const base = 90 + random() * 60;
  const gx = (random() - 0.5) * 60;
  const gy = (random() - 0.5) * 60;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      grey[y * width + x] = base + (gx * x) / width + (gy * y) / height;
  return grey;
}

/** Frame `index` of `level` at `width`×`height`, showing one of `texts`. */
export function corpusFrame(
  level: Level,
  index: number,
  width: number,
  height: number,
  texts: readonly string[],
): CorpusFrame {
  const random = seededRandom(hashString(`${level.name}/${index}/${width}x${height}`));
  const px = height / 480; // degradations are given for 480 lines
  const text = texts[Math.floor(random() * texts.length)]!;
  const grey = background(width, height, random);
  const contrast = level.contrast ?? 0.75;
  const brightness = level.brightness ?? 140;
  const span = (contrast * 255) / 2;
  const dark = Math.max(0, brightness - span);
  const light = Math.min(255, brightness + span);
  const side = height * (level.size ?? 0.6) * (0.92 + random() * 0.16);
  const qr = qrMatrix(text);
  const pxPerModule = side / (qr.size + 8);
  const placement: CodePlacement = {
    cx: width / 2 + (random() - 0.5) * 0.12 * height,
    cy: height / 2 + (random() - 0.5) * 0.12 * height,
    side,
    rotationDeg: (level.rotationDeg ?? 0) + (random() - 0.5) * 24,
    tiltDeg: level.tiltDeg ? level.tiltDeg * (random() < 0.5 ? -1 : 1) : 0,
    dark: level.inverted ? light : dark,
    light: level.inverted ? dark : light,
    // A screen's pixel rows about one camera pixel apart: they beat into moiré bands.
    ...(level.screen ? { screenPitch: (1.05 + random() * 0.35) / pxPerModule, margin: 3 } : {}),
  };
  drawCode(grey, width, height, qr, placement);
  if (level.shadow)
    shadow(grey, width, height, placement.cx, placement.cy, random() * 360, 0.35, 6 * px);
  if (level.glare)
    glare(
      grey,
      width,
      height,
      placement.cx + (random() - 0.5) * side * 0.5,
      placement.cy + (random() - 0.5) * side * 0.5,
      side * 0.14,
      200,
    );
  gaussianBlur(grey, width, height, (level.defocus ?? BASE.defocus) * px);
  if (level.motion) motionBlur(grey, width, height, level.motion * px, random() * 180);
  addNoise(grey, level.noise ?? BASE.noise, random);
  jpegCompress(grey, width, height, level.jpeg ?? BASE.jpeg);
  return { level: level.name, index, width, height, grey: Uint8ClampedArray.from(grey), text };
}
