// `npm run bench:decode`: how many camera frames of real signed codes each decoder reads, and
// how long a frame takes, in Node and in Debian Chromium, in the same run: the shipped decoder
// (ZXing-C++ as WebAssembly) and today's (ZXing-js + finder fix + retry schedule), on a
// seeded corpus (bench/decode/corpus.ts: named levels, 640×480 and 1280×720) and on ZXing's
// blackbox photos (../shared/fixtures/zxing-blackbox-qrcode, each at 0/90/180/270°). At both
// sizes the shipped decoder also tries every crop and size of bench/decode/run.ts GEOMETRIES.
// Writes bench-results/decode.json. DECODE_FRAMES=N changes frames per level (default 30);
// DECODE_SKIP=node|chromium skips a runtime. The corpus is cached in .tmp/bench-decode.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { PNG } from 'pngjs';
import { DEFAULT_FRAME_CROP, frameCrop } from '../src/scan/frame-crop';
import { BASE_ARGS, CHROMIUM_PATH } from '../test/e2e/support/chromium';
import { corpusTexts } from './decode/codes';
import { CORPUS_VERSION, corpusFrame, LEVELS } from './decode/corpus';
import { benchDecoders, LEGACY, SHIPPED, SHIPPED_GUESSING } from './decode/decoders';
import type { PageCorpusSpec } from './decode/page';
import { cropToRgba, rotateRgba } from '../test/support/frame-pixels';
import {
  GEOMETRIES,
  runBlackbox,
  runCorpus,
  TODAY,
  type FrameSource,
  type PixelPath,
} from './decode/run';
import { overall, type Tallies, type Tally } from './decode/tally';
import { median, percentile, writeReport, type Metric } from './report';

const FRAMES = Number(process.env.DECODE_FRAMES ?? 30);
const SKIP = process.env.DECODE_SKIP ?? '';
const SIZES = [
  { width: 640, height: 480, tag: '640x480' },
  { width: 1280, height: 720, tag: '1280x720' },
];
const ROOT = resolve(import.meta.dirname, '..');
const CACHE = join(ROOT, '.tmp/bench-decode');
const BLACKBOX = resolve(ROOT, '../shared/fixtures/zxing-blackbox-qrcode');
const WASM = join(ROOT, 'node_modules/zxing-wasm/dist/reader/zxing_reader.wasm');
/** The geometry the kiosk ships (src/scan/frame-crop.ts), by name. */
const SHIPPED_GEOMETRY = GEOMETRIES.find(
  (g) => JSON.stringify(g.crop) === JSON.stringify(DEFAULT_FRAME_CROP),
)!;
if (!SHIPPED_GEOMETRY)
  throw new Error('DEFAULT_FRAME_CROP is not one of the benchmarked geometries');

// ---- the corpus, drawn once and cached (Chromium reads the same bytes) ----

const texts = corpusTexts();

interface CachedLevel {
  name: string;
  textIndex: number[];
}

function corpusDir(size: { tag: string }) {
  return join(CACHE, `corpus-v${CORPUS_VERSION}-${FRAMES}`, size.tag);
}

function ensureCorpus(size: { width: number; height: number; tag: string }): CachedLevel[] {
  const dir = corpusDir(size);
  mkdirSync(dir, { recursive: true });
  const levels: CachedLevel[] = [];
  for (const level of LEVELS) {
    const meta = join(dir, `${level.name}.json`);
    if (existsSync(meta)) {
      levels.push(JSON.parse(readFileSync(meta, 'utf8')) as CachedLevel);
      continue;
    }
    const started = performance.now();
    const frames = Array.from({ length: FRAMES }, (_, i) =>
      corpusFrame(level, i, size.width, size.height, texts),
    );
    writeFileSync(
      join(dir, `${level.name}.bin`),
      Buffer.concat(frames.map((f) => new Uint8Array(f.grey.buffer))),
    );
    const cached: CachedLevel = {
      name: level.name,
      textIndex: frames.map((f) => texts.indexOf(f.text)),
    };
    writeFileSync(meta, JSON.stringify(cached));
    levels.push(cached);
    console.log(
      `  drew ${size.tag} ${level.name}: ${FRAMES} frames in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  }
  return levels;
}

interface NodeFrame extends FrameSource {
  grey: Uint8ClampedArray;
}

function* nodeFrames(size: { width: number; height: number; tag: string }, levels: CachedLevel[]) {
  const n = size.width * size.height;
  for (const level of levels) {
    const bytes = readFileSync(join(corpusDir(size), `${level.name}.bin`));
    for (let i = 0; i < FRAMES; i++) {
      const grey = new Uint8ClampedArray(bytes.buffer, bytes.byteOffset + i * n, n);
      yield {
        level: level.name,
        index: i,
        width: size.width,
        height: size.height,
        text: texts[level.textIndex[i]!]!,
        grey,
      } satisfies NodeFrame;
    }
  }
}

type Rgba = { data: Uint8ClampedArray; width: number; height: number };
const nodePath: PixelPath<NodeFrame> = {
  prepare: async (frame, crop) => ({
    data: cropToRgba(frame.grey, frame.width, crop),
    width: crop.dw,
    height: crop.dh,
  }),
  decode: (prepared, decoder, frameNo) => {
    const p = prepared as Rgba;
    return decoder.read(p.data, p.width, p.height, frameNo);
  },
  pixels: async (prepared) => prepared as Rgba,
  release: () => {},
};

// ---- the blackbox photos ----

interface Photo {
  name: string;
  text: string;
  file: string;
}

function blackboxPhotos(): Photo[] {
  const photos: Photo[] = [];
  for (const dir of readdirSync(BLACKBOX)
    .filter((d) => d.startsWith('qrcode-'))
    .sort()) {
    for (const file of readdirSync(join(BLACKBOX, dir)).filter((f) => f.endsWith('.png'))) {
      const base = file.replace(/\.png$/, '');
      photos.push({
        name: `${dir}/${base}`,
        text: readFileSync(join(BLACKBOX, dir, `${base}.txt`), 'utf8'),
        file: join(BLACKBOX, dir, file),
      });
    }
  }
  return photos;
}

function decodePng(file: string): Rgba {
  const png = PNG.sync.read(readFileSync(file));
  return {
    data: new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length),
    width: png.width,
    height: png.height,
  };
}

// ---- the two runtimes ----

interface RuntimeResult {
  corpus: Tallies;
  blackbox: Tallies;
  extra: Record<string, { extraPassReads: number; shippedMisses: number }>;
}

async function runNode(
  cached: Map<string, CachedLevel[]>,
  photos: Photo[],
): Promise<RuntimeResult> {
  const bytes = readFileSync(WASM);
  const decoders = await benchDecoders(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  );
  const result: RuntimeResult = { corpus: {}, blackbox: {}, extra: {} };
  for (const size of SIZES) {
    const started = performance.now();
    result.extra[size.tag] = await runCorpus(
      nodeFrames(size, cached.get(size.tag)!),
      decoders,
      nodePath,
      SHIPPED_GEOMETRY,
      result.corpus,
      size.tag,
    );
    console.log(`  node ${size.tag}: ${((performance.now() - started) / 1000).toFixed(0)} s`);
  }
  const started = performance.now();
  await runBlackbox(
    photos,
    decoders,
    async (photo, q) => {
      const image = decodePng(photo.file);
      return rotateRgba(image.data, image.width, image.height, q);
    },
    nodePath as PixelPath<unknown>,
    result.blackbox,
  );
  console.log(`  node blackbox: ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return result;
}

async function runChromium(
  cached: Map<string, CachedLevel[]>,
  photos: Photo[],
): Promise<RuntimeResult> {
  const bundle = await build({
    entryPoints: [join(ROOT, 'bench/decode/page.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'warning',
  });
  // localhost is a secure context (WebCrypto); every request is answered by the route below.
  const origin = 'http://localhost:9/';
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: BASE_ARGS,
  });
  try {
    const page = await browser.newPage();
    page.on('pageerror', (e) => console.error('page error:', e));
    await page.route(`${origin}**`, async (route) => {
      const path = decodeURIComponent(new URL(route.request().url()).pathname.slice(1));
      if (path === '' || path === 'index.html')
        return route.fulfill({
          contentType: 'text/html',
          body: '<!doctype html><script type="module" src="page.js"></script>',
        });
      if (path === 'page.js')
        return route.fulfill({ contentType: 'text/javascript', body: bundle.outputFiles[0]!.text });
      if (path === 'zxing_reader.wasm')
        return route.fulfill({ contentType: 'application/wasm', path: WASM });
      if (path.startsWith('corpus/')) {
        const [, tag, file] = path.split('/');
        return route.fulfill({
          contentType: 'application/octet-stream',
          path: join(corpusDir({ tag: tag! }), file!),
        });
      }
      if (path.startsWith('blackbox/'))
        return route.fulfill({ contentType: 'image/png', path: join(BLACKBOX, path.slice(9)) });
      return route.fulfill({ status: 404 });
    });
    await page.goto(origin);
    await page.waitForFunction(() => 'decodeBench' in window);
    await page.evaluate(
      () => (window as unknown as { decodeBench: { ready: Promise<boolean> } }).decodeBench.ready,
    );
    const result: RuntimeResult = { corpus: {}, blackbox: {}, extra: {} };
    for (const size of SIZES) {
      const started = performance.now();
      const spec: PageCorpusSpec = {
        width: size.width,
        height: size.height,
        sizeTag: size.tag,
        shipped: SHIPPED_GEOMETRY.name,
        levels: cached.get(size.tag)!.map((l) => ({
          name: l.name,
          frames: FRAMES,
          texts: l.textIndex.map((i) => texts[i]!),
        })),
      };
      const out = (await page.evaluate(
        (s) =>
          (
            window as unknown as { decodeBench: { corpus(s: unknown): Promise<unknown> } }
          ).decodeBench.corpus(s),
        spec,
      )) as { tallies: Tallies; extra: { extraPassReads: number; shippedMisses: number } };
      Object.assign(result.corpus, out.tallies);
      result.extra[size.tag] = out.extra;
      console.log(`  chromium ${size.tag}: ${((performance.now() - started) / 1000).toFixed(0)} s`);
    }
    const started = performance.now();
    result.blackbox = (await page.evaluate(
      (list) =>
        (
          window as unknown as { decodeBench: { blackbox(l: unknown): Promise<unknown> } }
        ).decodeBench.blackbox(list),
      photos.map((p) => ({ name: p.name, text: p.text, url: `blackbox/${p.name}.png` })),
    )) as Tallies;
    console.log(`  chromium blackbox: ${((performance.now() - started) / 1000).toFixed(0)} s`);
    return result;
  } finally {
    await browser.close();
  }
}

// ---- report ----

const pct = (t: Tally) => (100 * t.read) / Math.max(1, t.total);
const cell = (t: Tally | undefined) => (t ? `${t.read}/${t.total}`.padStart(7) : '      –');

function printLevels(runtime: string, r: RuntimeResult) {
  const legacy = (tag: string) => r.corpus[`${LEGACY}@${TODAY.name}/${tag}`] ?? {};
  const shipped = (tag: string) => r.corpus[`${SHIPPED}@${SHIPPED_GEOMETRY.name}/${tag}`] ?? {};
  console.log(
    `\n${runtime}: frames read per level (today's = ${LEGACY} @ ${TODAY.name}; shipped = ${SHIPPED} @ ${SHIPPED_GEOMETRY.name})`,
  );
  console.log(
    `${'level'.padEnd(20)} ${SIZES.map((s) => `${s.tag} today  shipped`.padStart(26)).join('')}`,
  );
  for (const level of LEVELS) {
    console.log(
      `${level.name.padEnd(20)} ${SIZES.map((s) => `${cell(legacy(s.tag)[level.name])} ${cell(shipped(s.tag)[level.name])}`.padStart(26)).join('')}`,
    );
  }
  for (const s of SIZES) {
    const l = overall(legacy(s.tag));
    const c = overall(shipped(s.tag));
    console.log(
      `${s.tag} overall: today ${l.read}/${l.total} (${pct(l).toFixed(1)} %), shipped ${c.read}/${c.total} (${pct(c).toFixed(1)} %), ×${(c.read / Math.max(1, l.read)).toFixed(2)}; ms/frame p50 ${median(l.ms).toFixed(1)} vs ${median(c.ms).toFixed(1)}, p95 ${percentile(l.ms, 95).toFixed(1)} vs ${percentile(c.ms, 95).toFixed(1)}`,
    );
  }
  console.log(`\n${runtime}: the shipped decoder on each crop and size`);
  for (const s of SIZES)
    for (const g of GEOMETRIES) {
      const t = overall(r.corpus[`${SHIPPED}@${g.name}/${s.tag}`] ?? {});
      const c = frameCrop(s.width, s.height, g.crop);
      console.log(
        `  ${s.tag} ${g.name.padEnd(16)} → ${`${c.dw}×${c.dh}`.padEnd(10)} ${`${t.read}/${t.total}`.padStart(8)} (${pct(t).toFixed(1)} %)  ms p50 ${median(t.ms).toFixed(1)} p95 ${percentile(t.ms, 95).toFixed(1)}`,
      );
    }
  for (const s of SIZES) {
    const e = r.extra[s.tag]!;
    console.log(
      `  ${s.tag}: extra light-on-dark / half-turned passes read ${e.extraPassReads} of the ${e.shippedMisses} frames the shipped decoder missed`,
    );
  }
  const bb = (d: string) => overall(r.blackbox[`${d}/blackbox`] ?? {});
  console.log(
    `${runtime} blackbox (182 photos × 4 turns): today ${bb(LEGACY).read}/${bb(LEGACY).total}, shipped ${bb(SHIPPED).read} (texts as UTF-8, as the kiosk reads them), shipped with the character set guessed as ZXing's tests do ${bb(SHIPPED_GUESSING).read}; ms/photo p50 ${median(bb(LEGACY).ms).toFixed(1)} vs ${median(bb(SHIPPED).ms).toFixed(1)}, p95 ${percentile(bb(LEGACY).ms, 95).toFixed(1)} vs ${percentile(bb(SHIPPED).ms, 95).toFixed(1)}`,
  );
  for (const q of [0, 90, 180, 270])
    console.log(
      `  blackbox at ${q}°: today ${cell(r.blackbox[`${LEGACY}/blackbox`]?.[`blackbox-${q}`])}, shipped ${cell(r.blackbox[`${SHIPPED}/blackbox`]?.[`blackbox-${q}`])}, guessed ${cell(r.blackbox[`${SHIPPED_GUESSING}/blackbox`]?.[`blackbox-${q}`])}`,
    );
}

function metricsOf(runtime: string, r: RuntimeResult): Record<string, Metric> {
  const m: Record<string, Metric> = {};
  for (const s of SIZES) {
    const today = r.corpus[`${LEGACY}@${TODAY.name}/${s.tag}`] ?? {};
    const shipped = r.corpus[`${SHIPPED}@${SHIPPED_GEOMETRY.name}/${s.tag}`] ?? {};
    const l = overall(today);
    const c = overall(shipped);
    const k = `${runtime}_${s.tag}`;
    m[`${k}_read_today`] = { value: l.read, unit: `of ${l.total} frames` };
    m[`${k}_read_shipped`] = { value: c.read, unit: `of ${c.total} frames` };
    m[`${k}_shipped_over_today`] = {
      value: c.read / Math.max(1, l.read),
      unit: '×',
      ...(s.width === 640 ? { target: 1.6 } : {}),
      kind: 'min',
    };
    m[`${k}_rate_shipped`] = {
      value: pct(c),
      unit: '%',
      ...(s.width === 1280 ? { target: 85 } : {}),
      kind: 'min',
    };
    m[`${k}_ms_p50_today`] = { value: median(l.ms), unit: 'ms', kind: 'max' };
    m[`${k}_ms_p50_shipped`] = { value: median(c.ms), unit: 'ms', kind: 'max' };
    m[`${k}_ms_p95_today`] = { value: percentile(l.ms, 95), unit: 'ms', kind: 'max' };
    m[`${k}_ms_p95_shipped`] = {
      value: percentile(c.ms, 95),
      unit: 'ms',
      target: round1(percentile(l.ms, 95)),
      kind: 'max',
    };
    for (const level of LEVELS) {
      m[`${k}_${level.name}_today`] = { value: pct(today[level.name]!), unit: '%' };
      m[`${k}_${level.name}_shipped`] = { value: pct(shipped[level.name]!), unit: '%' };
    }
    for (const g of GEOMETRIES) {
      const t = overall(r.corpus[`${SHIPPED}@${g.name}/${s.tag}`] ?? {});
      m[`${k}_crop_${g.name}_rate`] = { value: pct(t), unit: '%' };
      m[`${k}_crop_${g.name}_ms_p95`] = { value: percentile(t.ms, 95), unit: 'ms' };
    }
    m[`${k}_extra_passes_reads`] = { value: r.extra[s.tag]!.extraPassReads, unit: 'frames' };
  }
  const bb = (d: string) => overall(r.blackbox[`${d}/blackbox`] ?? {});
  m[`${runtime}_blackbox_read_today`] = { value: bb(LEGACY).read, unit: `of ${bb(LEGACY).total}` };
  m[`${runtime}_blackbox_read_shipped`] = {
    value: bb(SHIPPED).read,
    unit: `of ${bb(SHIPPED).total}`,
  };
  // Counted as ZXing's tests count: the character set guessed (bench/decode/decoders.ts).
  m[`${runtime}_blackbox_read_shipped_charset_guessed`] = {
    value: bb(SHIPPED_GUESSING).read,
    unit: `of ${bb(SHIPPED_GUESSING).total}`,
    target: 670,
    kind: 'min',
  };
  m[`${runtime}_blackbox_ms_p50_today`] = { value: median(bb(LEGACY).ms), unit: 'ms' };
  m[`${runtime}_blackbox_ms_p50_shipped`] = { value: median(bb(SHIPPED).ms), unit: 'ms' };
  return m;
}

const round1 = (v: number) => Math.round(v * 10) / 10;

// ---- main ----

console.log(
  `corpus: ${LEVELS.length} levels × ${FRAMES} frames at ${SIZES.map((s) => s.tag).join(' and ')}; ${texts.length} signed codes`,
);
const cached = new Map(SIZES.map((s) => [s.tag, ensureCorpus(s)]));
const photos = blackboxPhotos();
const metrics: Record<string, Metric> = {};
const runs: [string, RuntimeResult][] = [];
if (!SKIP.includes('node')) runs.push(['node', await runNode(cached, photos)]);
if (!SKIP.includes('chromium')) runs.push(['chromium', await runChromium(cached, photos)]);
for (const [runtime, r] of runs) {
  printLevels(runtime, r);
  Object.assign(metrics, metricsOf(runtime, r));
}
console.log('');
writeReport('decode', metrics);
