// One pass of bench:decode over the corpus and the blackbox photos, the same in Node and in
// Chromium: only how a frame becomes RGBA pixels differs (plain arithmetic in Node,
// createImageBitmap + canvas in Chromium, as the kiosk does), and that is passed in.
import type { FrameCrop, FrameCropOptions } from '../../src/scan/frame-crop';
import { frameCrop } from '../../src/scan/frame-crop';
import { extraPassesRead, LEGACY, SHIPPED, type BenchDecoder } from './decoders';
import { addTo, sameText, type Tallies } from './tally';

export interface Geometry {
  name: string;
  crop: FrameCropOptions;
}

/** Today's geometry: the centre square of 80 % of the shorter side, scaled to 480 at most. */
export const TODAY: Geometry = {
  name: 'centre-80%→480',
  crop: { fraction: 0.8, square: true, maxSide: 480 },
};

/** What bench:decode tries at each resolution with the shipped decoder. */
export const GEOMETRIES: Geometry[] = [
  TODAY,
  { name: 'centre-80%→576', crop: { fraction: 0.8, square: true, maxSide: 576 } },
  { name: 'centre-100%', crop: { fraction: 1, square: true, maxSide: 4096 } },
  { name: 'full', crop: { fraction: 1, square: false, maxSide: 4096 } },
  { name: 'full→960', crop: { fraction: 1, square: false, maxSide: 960 } },
  { name: 'full→640', crop: { fraction: 1, square: false, maxSide: 640 } },
];

export interface FrameSource {
  level: string;
  index: number;
  width: number;
  height: number;
  text: string;
}

/** Turns a frame into the decoder's RGBA input through `crop`, and times the decoder on it. */
export interface PixelPath<F> {
  /** Prepared outside the timing (the window's createImageBitmap in the kiosk). */
  prepare(frame: F, crop: FrameCrop): Promise<unknown>;
  /** Timed: what the worker does with a frame (read its pixels, decode). */
  decode(prepared: unknown, decoder: BenchDecoder, frameNo: number): Promise<string | null>;
  /** Pixels of a prepared frame, for the extra-passes check (not timed). */
  pixels(prepared: unknown): Promise<{ data: Uint8ClampedArray; width: number; height: number }>;
  release(prepared: unknown): void;
}

const now = () => performance.now();

async function timed(
  path: PixelPath<unknown>,
  prepared: unknown,
  decoder: BenchDecoder,
  frameNo: number,
) {
  const started = now();
  const text = await path.decode(prepared, decoder, frameNo);
  return { text, ms: now() - started };
}

/**
 * Every frame: today's decoder on today's geometry; the shipped decoder on each geometry;
 * tallies keyed `decoder@geometry`. Where the shipped decoder fails on `shipped` geometry,
 * the extra light-on-dark and half-turned passes are tried, to see if they ever add a read.
 */
export async function runCorpus<F extends FrameSource>(
  frames: AsyncIterable<F> | Iterable<F>,
  decoders: BenchDecoder[],
  path: PixelPath<F>,
  shipped: Geometry,
  tallies: Tallies,
  sizeTag: string,
): Promise<{ extraPassReads: number; shippedMisses: number }> {
  const legacy = decoders.find((d) => d.name === LEGACY)!;
  const cpp = decoders.find((d) => d.name === SHIPPED)!;
  let extraPassReads = 0;
  let shippedMisses = 0;
  const p = path as PixelPath<unknown>;
  for await (const frame of frames) {
    // Geometries that come to the same crop at this size (at 640×480, 80 % is 384 either way)
    // share one decode.
    const done = new Map<string, { ok: boolean; ms: number }>();
    for (const geometry of GEOMETRIES) {
      const crop = frameCrop(frame.width, frame.height, geometry.crop);
      const runs = geometry === TODAY ? [legacy, cpp] : [cpp];
      const key = JSON.stringify(crop);
      if (runs.length === 1 && done.has(key)) {
        const { ok, ms } = done.get(key)!;
        addTo(tallies, `${cpp.name}@${geometry.name}/${sizeTag}`, frame.level, ok, ms);
        continue;
      }
      const prepared = await path.prepare(frame, crop);
      for (const decoder of runs) {
        const { text, ms } = await timed(p, prepared, decoder, frame.index);
        const ok = sameText(text, frame.text);
        if (decoder === cpp) done.set(key, { ok, ms });
        addTo(tallies, `${decoder.name}@${geometry.name}/${sizeTag}`, frame.level, ok, ms);
      }
      p.release(prepared);
    }
    // Where the shipped decoder missed on the shipped geometry: would the old extra passes read it?
    const crop = frameCrop(frame.width, frame.height, shipped.crop);
    if (!done.get(JSON.stringify(crop))!.ok) {
      shippedMisses++;
      const prepared = await path.prepare(frame, crop);
      const px = await p.pixels(prepared);
      const extra = await extraPassesRead(px.data, px.width, px.height, ['inverted', 'rotated']);
      if (sameText(extra, frame.text)) extraPassReads++;
      p.release(prepared);
    }
  }
  return { extraPassReads, shippedMisses };
}

export interface BlackboxImage {
  name: string;
  text: string;
}

/** Each photo at 0/90/180/270°, whole, through every decoder (levels `blackbox-0` …). */
export async function runBlackbox<I extends BlackboxImage>(
  images: I[],
  decoders: BenchDecoder[],
  turn: (image: I, quarterTurns: number) => Promise<unknown>,
  path: PixelPath<unknown>,
  tallies: Tallies,
): Promise<void> {
  let frameNo = 0;
  for (const image of images) {
    for (let q = 0; q < 4; q++) {
      const prepared = await turn(image, q);
      for (const decoder of decoders) {
        const { text, ms } = await timed(path, prepared, decoder, frameNo);
        addTo(
          tallies,
          `${decoder.name}/blackbox`,
          `blackbox-${q * 90}`,
          sameText(text, image.text),
          ms,
        );
      }
      path.release(prepared);
      frameNo++;
    }
  }
}
