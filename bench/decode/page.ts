// The Chromium half of bench:decode, bundled by the bench script and run in a page: the same
// corpus frames (fetched as bytes) and blackbox photos go through the kiosk's own frame path,
// createImageBitmap (crop, resizeQuality 'low') then canvas getImageData, into both decoders.
import type { FrameCrop } from '../../src/scan/frame-crop';
import { benchDecoders } from './decoders';
import { GEOMETRIES, runBlackbox, runCorpus, type FrameSource, type PixelPath } from './run';
import type { Tallies } from './tally';

export interface PageCorpusSpec {
  width: number;
  height: number;
  levels: { name: string; frames: number; texts: string[] }[];
  shipped: string;
  sizeTag: string;
}

interface PageFrame extends FrameSource {
  source: ImageBitmap;
}

const canvas = new OffscreenCanvas(1, 1);
const context = canvas.getContext('2d', { willReadFrequently: true })!;

function readPixels(bitmap: ImageBitmap) {
  if (canvas.width !== bitmap.width || canvas.height !== bitmap.height) {
    canvas.width = bitmap.width;
    canvas.height = bitmap.height;
  }
  context.drawImage(bitmap, 0, 0);
  return context.getImageData(0, 0, bitmap.width, bitmap.height);
}

const bitmapPath: PixelPath<PageFrame> = {
  prepare: (frame, crop: FrameCrop) =>
    createImageBitmap(frame.source, crop.sx, crop.sy, crop.sw, crop.sh, {
      resizeWidth: crop.dw,
      resizeHeight: crop.dh,
      resizeQuality: 'low',
    }),
  async decode(prepared, decoder, frameNo) {
    const { data, width, height } = readPixels(prepared as ImageBitmap);
    return decoder.read(data, width, height, frameNo);
  },
  pixels: async (prepared) => readPixels(prepared as ImageBitmap),
  release: (prepared) => (prepared as ImageBitmap).close(),
};

async function* corpusFrames(spec: PageCorpusSpec): AsyncGenerator<PageFrame> {
  const { width, height } = spec;
  for (const level of spec.levels) {
    const bytes = new Uint8Array(
      await (await fetch(`corpus/${width}x${height}/${level.name}.bin`)).arrayBuffer(),
    );
    for (let i = 0; i < level.frames; i++) {
      const grey = bytes.subarray(i * width * height, (i + 1) * width * height);
      const rgba = new Uint8ClampedArray(width * height * 4);
      for (let j = 0; j < grey.length; j++) {
        rgba[j * 4] = rgba[j * 4 + 1] = rgba[j * 4 + 2] = grey[j]!;
        rgba[j * 4 + 3] = 255;
      }
      // The camera frame as the video element would hand it over.
      const source = await createImageBitmap(new ImageData(rgba, width, height));
      yield { level: level.name, index: i, width, height, text: level.texts[i]!, source };
      source.close();
    }
  }
}

async function decoders() {
  const wasm = await (await fetch('zxing_reader.wasm')).arrayBuffer();
  return benchDecoders(wasm);
}

const ready = decoders();

async function corpus(spec: PageCorpusSpec) {
  const tallies: Tallies = {};
  const shipped = GEOMETRIES.find((g) => g.name === spec.shipped)!;
  const extra = await runCorpus(
    corpusFrames(spec),
    await ready,
    bitmapPath,
    shipped,
    tallies,
    spec.sizeTag,
  );
  return { tallies, extra };
}

async function blackbox(images: { name: string; text: string; url: string }[]) {
  const tallies: Tallies = {};
  const turn = async (image: { url: string }, q: number) => {
    const blob = await (await fetch(image.url)).blob();
    const photo = await createImageBitmap(blob, {
      colorSpaceConversion: 'none',
      premultiplyAlpha: 'none',
    });
    const turned = new OffscreenCanvas(
      q % 2 ? photo.height : photo.width,
      q % 2 ? photo.width : photo.height,
    );
    const ctx = turned.getContext('2d')!;
    ctx.translate(turned.width / 2, turned.height / 2);
    ctx.rotate((q * Math.PI) / 2);
    ctx.drawImage(photo, -photo.width / 2, -photo.height / 2);
    photo.close();
    return turned.transferToImageBitmap();
  };
  await runBlackbox(images, await ready, turn, bitmapPath as PixelPath<unknown>, tallies);
  return tallies;
}

Object.assign(window, { decodeBench: { ready: ready.then(() => true), corpus, blackbox } });
