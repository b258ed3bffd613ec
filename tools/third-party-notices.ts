// A Vite plugin that writes third-party-notices.txt into the kiosk build: every npm package
// whose code is in the window, the decode worker or the service worker, with its licence text,
// and what is compiled into the QR reader's WebAssembly (ZXing-C++, Apache-2.0), which no
// module graph shows. Served and precached with the kiosk, at /third-party-notices.txt.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const FILE = 'third-party-notices.txt';
/** The service worker is built by vite-plugin-pwa after this build; its packages, by name. */
const SERVICE_WORKER_PACKAGES = [
  'workbox-core',
  'workbox-precaching',
  'workbox-routing',
  'workbox-strategies',
];
const PACKAGE = /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/;

function licenceText(dir: string): string {
  const file = readdirSync(dir).find((f) => /^(licen[cs]e|copying)(\.(md|txt))?$/i.test(f));
  return file ? readFileSync(join(dir, file), 'utf8').trim() : '';
}

function packageNotice(root: string, name: string): string {
  const dir = join(root, 'node_modules', name);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    version: string;
    license?: string;
  };
  const text = licenceText(dir) || `Licence: ${pkg.license ?? 'see the package'}`;
  return `${name} ${pkg.version} (${pkg.license ?? 'no licence field'})\n\n${text}`;
}

function wasmNotice(root: string): string {
  const apache = readFileSync(join(root, 'tools/licences/Apache-2.0.txt'), 'utf8').trim();
  const zxingWasm = JSON.parse(
    readFileSync(join(root, 'node_modules/zxing-wasm/package.json'), 'utf8'),
  ) as { version: string };
  return [
    `ZXing-C++ (zxing-cpp), compiled to WebAssembly in zxing-wasm ${zxingWasm.version}'s`,
    "zxing_reader.wasm, with zxing-wasm's C++ bindings (src/cpp/ZXingWasm.cpp).",
    'Copyright the ZXing authors and the zxing-cpp contributors (Nu-book Inc. and others);',
    'bindings copyright Ze-Zheng Wu. Licensed under the Apache License, Version 2.0:',
    '',
    apache,
    '',
    'The same file holds stb_image (Sean Barrett; public domain or MIT), and the Emscripten',
    'runtime with musl libc (MIT) and LLVM libc++/libc++abi (Apache-2.0 WITH LLVM-exception).',
  ].join('\n');
}

/** One instance for the window build and one for the worker build share what they saw. */
export function thirdPartyNotices(root: string): { window: Plugin; worker: Plugin } {
  const seen = new Set<string>(SERVICE_WORKER_PACKAGES);
  const collect: Plugin['generateBundle'] = function () {
    for (const id of this.getModuleIds()) {
      const name = PACKAGE.exec(id)?.[1]?.replace(/\\/g, '/');
      if (name) seen.add(name);
    }
  };
  return {
    worker: { name: 'third-party-notices:worker', generateBundle: collect },
    window: {
      name: 'third-party-notices',
      apply: 'build',
      generateBundle(options, bundle) {
        collect.call(this, options, bundle, false);
        const names = [...seen].filter((n) => existsSync(join(root, 'node_modules', n))).sort();
        const body = [
          'Third-party software in this kiosk, and its licences.',
          `Packages: ${names.join(', ')}; and ZXing-C++ in the QR reader (WebAssembly).`,
          wasmNotice(root),
          ...names.map((n) => packageNotice(root, n)),
        ].join(`\n\n${'='.repeat(78)}\n\n`);
        this.emitFile({ type: 'asset', fileName: FILE, source: body + '\n' });
      },
    },
  };
}
