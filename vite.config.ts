import { readFileSync } from 'node:fs';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { VitePWA, type ManifestOptions } from 'vite-plugin-pwa';

// The manifest is a top-level file of its own; the PWA plugin emits it and links it.
const manifest = JSON.parse(
  readFileSync(new URL('./manifest.webmanifest', import.meta.url), 'utf8'),
) as Partial<ManifestOptions>;

export default defineConfig({
  base: './',
  plugins: [
    preact(),
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
        globPatterns: ['**/*.{js,css,html,png,svg,webmanifest,woff2,wasm}'],
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
  worker: { format: 'es' },
});
