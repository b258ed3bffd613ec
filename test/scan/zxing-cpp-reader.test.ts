// The shipped QR reader (ZXing-C++ as WebAssembly) in Node: it refuses a .wasm that is not the
// one the package was built with, reads every sample code exactly (Vietnamese UTF-8 too), and
// reads in one pass what ZXing-js needed extra passes for, or never read.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import QRCode from 'qrcode';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_FRAME_CROP, frameCrop } from '../../src/scan/frame-crop';
import { readQrZxingCpp, startZxingCpp, WasmIntegrityError } from '../../src/scan/zxing-cpp-reader';
import { drawHardFrame, HEIGHT, WIDTH } from '../e2e/support/y4m';
import { cropToRgba, rotateRgba } from '../support/frame-pixels';
import { fixtureWorld } from '../support/world';

const wasmPath = createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm');
const wasmBytes = () => {
  const b = readFileSync(wasmPath);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
};

/** A clean code as RGBA: `scale` pixels per module, 4-module quiet zone. */
function drawRgba(text: string, opts: { inverted?: boolean; scale?: number } = {}) {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const scale = opts.scale ?? 3;
  const side = (n + 8) * scale;
  const data = new Uint8ClampedArray(side * side * 4);
  for (let y = 0; y < side; y++)
    for (let x = 0; x < side; x++) {
      const mx = Math.floor(x / scale) - 4;
      const my = Math.floor(y / scale) - 4;
      const dark = mx >= 0 && my >= 0 && mx < n && my < n && qr.modules.get(my, mx);
      const v = !!dark !== !!opts.inverted ? 10 : 245;
      data.set([v, v, v, 255], (y * side + x) * 4);
    }
  return { data, width: side, height: side };
}

const world = fixtureWorld();

describe('ZXing-C++ reader', () => {
  it('refuses WebAssembly bytes that are not the expected ones, before running any of it', async () => {
    const bytes = new Uint8Array(wasmBytes());
    bytes[bytes.length - 1] = bytes[bytes.length - 1]! ^ 0xff; // the last byte changed
    await expect(startZxingCpp({ bytes: bytes.buffer })).rejects.toThrow(WasmIntegrityError);
  });

  beforeAll(() => startZxingCpp({ bytes: wasmBytes() }));

  it.each(world.samples.map((s) => [s.kind, s.text]))(
    'reads the %s sample exactly',
    async (_k, text) => {
      expect(await readQrZxingCpp(drawRgba(text))).toBe(text);
    },
  );

  it('reads light-on-dark and upside-down codes in its one pass', async () => {
    const text = world.samples[0]!.text;
    const inverted = drawRgba(text, { inverted: true });
    expect(await readQrZxingCpp(inverted)).toBe(text);
    const upright = drawRgba(text);
    const turned = rotateRgba(upright.data, upright.width, upright.height, 2);
    expect(await readQrZxingCpp(turned)).toBe(text);
  });

  it('reads the fake camera test frame tilted 30° and faded to 30 % (ZXing-js misses it)', async () => {
    const text = world.samples.find((s) => s.kind === 'green')!.text;
    const grey = new Uint8ClampedArray(drawHardFrame(text, { tiltDeg: 30, contrast: 0.3 }));
    const crop = frameCrop(WIDTH, HEIGHT, DEFAULT_FRAME_CROP);
    const rgba = cropToRgba(grey, WIDTH, crop);
    expect(await readQrZxingCpp({ data: rgba, width: crop.dw, height: crop.dh })).toBe(text);
  });

  it('finds nothing in an empty frame', async () => {
    const data = new Uint8ClampedArray(200 * 200 * 4).fill(128);
    expect(await readQrZxingCpp({ data, width: 200, height: 200 })).toBeNull();
  });
});
