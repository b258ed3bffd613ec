import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { VitePWA, type ManifestOptions } from 'vite-plugin-pwa';
import { minifyWorkerChunks } from './tools/minify-worker-chunks.ts';
import { thirdPartyNotices } from './tools/third-party-notices.ts';
import { SCHEMA_VERSION } from './src/model/release.ts';

// The manifest is a top-level file of its own; the PWA plugin emits it and links it.
const manifest = JSON.parse(
  readFileSync(new URL('./manifest.webmanifest', import.meta.url), 'utf8'),
) as Partial<ManifestOptions>;

const notices = thirdPartyNotices(fileURLToPath(new URL('.', import.meta.url)));
const { version } = JSON.parse(
  readFileSync(new URL('./package.json', import.meta.url), 'utf8'),
) as {
  version: string;
};

/** This build's release (shown in settings) and data version, in the window and the worker. */
const release = {
  __APP_VERSION__: JSON.stringify(version),
  __SCHEMA_VERSION__: JSON.stringify(SCHEMA_VERSION),
};

export default defineConfig({
  base: './',
  define: release,
  plugins: [
    preact(),
    notices.window,
    VitePWA({
      // Our own service worker (src/sw/sw.ts), so that updates wait for the guard's tap.
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      manifest,
      injectManifest: {
        // wasm: the QR reader (ZXing-C++), so that the kiosk scans offline after one online load.
        // txt: the third-party notices, readable offline too.
        globPatterns: ['**/*.{js,css,html,png,svg,webmanifest,woff2,wasm,txt}'],
      },
      devOptions: { enabled: false },
    }),
  ],
  build: {
    target: 'es2022',
    // Vite 8's default (oxc) minifier breaks ZXing's QR decoder: codes of version 7 and up (every
    // signed 1405 code) stop decoding in the built worker. esbuild's output decodes them.
    minify: 'esbuild',
    sourcemap: true,
  },
  worker: { format: 'es', plugins: () => [notices.worker, minifyWorkerChunks('es2022')] },
});
