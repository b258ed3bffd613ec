// Choosing the reader: ZXing-C++ where its WebAssembly loads and is the expected file,
// otherwise ZXing-js, which still reads codes; a reader that throws on a frame reads nothing.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { openQrReader as openInBuild, readFrame } from '../../src/scan/qr-reader';
import { zxingJsFrameReader } from '../../src/scan/zxing-js-reader';

// In Node there is no built zxing-js-bundle to fetch: ZXing-js comes straight from its module.
const openQrReader = (wasmUrl: string | null) =>
  openInBuild(wasmUrl, () => Promise.resolve(zxingJsFrameReader));

const wasmPath = createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm');
const dataUrl = (bytes: Uint8Array) =>
  `data:application/wasm;base64,${Buffer.from(bytes).toString('base64')}`;

function code(text: string) {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const side = (n + 8) * 3;
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  for (let y = 0; y < side; y++)
    for (let x = 0; x < side; x++) {
      const mx = Math.floor(x / 3) - 4;
      const my = Math.floor(y / 3) - 4;
      if (mx >= 0 && my >= 0 && mx < n && my < n && qr.modules.get(my, mx))
        data.set([0, 0, 0], (y * side + x) * 4);
    }
  return { data, width: side, height: side };
}

describe('QR reader choice', () => {
  it('falls back to ZXing-js when the .wasm is not the expected file, and still reads', async () => {
    // The smallest valid WebAssembly module: it compiles, but it is not ZXing-C++.
    const reader = await openQrReader(dataUrl(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])));
    expect(reader.engine).toBe('zxing-js');
    expect(await readFrame(reader, code('Xin chào'))).toBe('Xin chào');
  });

  it('falls back to ZXing-js when the .wasm cannot be fetched', async () => {
    const reader = await openQrReader('http://127.0.0.1:9/zxing_reader.wasm');
    expect(reader.engine).toBe('zxing-js');
  });

  it('uses ZXing-C++ when its file loads', async () => {
    const reader = await openQrReader(dataUrl(readFileSync(wasmPath)));
    expect(reader.engine).toBe('zxing-cpp');
    expect(await readFrame(reader, code('Nguyễn Lê Kha Hân'))).toBe('Nguyễn Lê Kha Hân');
  });

  it('reads nothing, without throwing, from a frame the reader chokes on', async () => {
    const reader = await openQrReader(null);
    const broken = { data: new Uint8ClampedArray(4), width: 100, height: 100 };
    expect(await readFrame(reader, broken)).toBeNull();
  });
});
