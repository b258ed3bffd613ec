// Vite 8 leaves worker bundles (the decode worker, the shared ZXing-js bundle) with their
// identifiers shortened but their whitespace as written: ~10 % more gzip than the window's
// chunks. This minifies them with esbuild once they are rendered, as the window build is
// (vite.config.ts: Vite's default oxc minifier breaks ZXing's QR decoder; esbuild's output
// decodes), and chains the source map back to the sources. File names keep the hash of the
// code before this step, which changes whenever the minified code would.
import remapping from '@jridgewell/remapping';
import { transform } from 'esbuild';
import type { Plugin } from 'vite';

type Chunk = { code: string; map: unknown };

export function minifyWorkerChunks(target: string): Plugin {
  return {
    name: 'minify-worker-chunks',
    apply: 'build',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const out = await transform(chunk.code, {
          minify: true,
          format: 'esm',
          target,
          legalComments: 'inline',
          sourcemap: chunk.map ? 'external' : false,
        });
        const rendered = chunk.map ? JSON.stringify(chunk.map) : null;
        (chunk as Chunk).code = rendered
          ? `${out.code}//# sourceMappingURL=${chunk.fileName.split('/').pop()}.map\n`
          : out.code;
        if (rendered) {
          const map = remapping([out.map, rendered], () => null);
          const json = JSON.parse(map.toString()) as Record<string, unknown>;
          (chunk as Chunk).map = {
            ...json,
            toString: () => JSON.stringify(json),
            toUrl: () => `data:application/json;base64,${btoa(JSON.stringify(json))}`,
          };
        }
      }
    },
  };
}
