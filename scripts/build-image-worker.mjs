// The embed builder's image download (src/builder/image-worker.ts) as dist/image/: the worker, with
// satori and resvg's JavaScript bundled in, and beside it what it fetches on first use: satori's layout
// engine, resvg's (only for a PNG) and the faces of Inter the images use. Bundled by esbuild rather than
// the kit's rollup build: satori's dependencies are CommonJS. Nothing here is loaded by readers' pages.
// Runs after tsc (npm run build): the font list is read from the built src/publish/draw-widget.ts.
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { FONT_FILES } from '../dist/lib/publish/draw-widget.js';

const require = createRequire(import.meta.url);
const out = 'dist/image';

await rm(out, { recursive: true, force: true });
await mkdir(`${out}/fonts`, { recursive: true });
await build({
  entryPoints: ['src/builder/image-worker.ts'],
  outfile: `${out}/image-worker.js`,
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  tsconfig: 'tsconfig.json',
  // The drawing reads the widgets' colours from their styles, made with Lit's css``: that tag alone, not
  // lit-html, whose browser build needs a document that a worker has not.
  alias: { lit: '@lit/reactive-element/css-tag.js' },
  legalComments: 'eof',
  logLevel: 'warning',
});
await copyFile(require.resolve('satori/layout.wasm'), `${out}/layout.wasm`);
await copyFile(require.resolve('@resvg/resvg-wasm/index_bg.wasm'), `${out}/resvg.wasm`);
for (const { file } of FONT_FILES) {
  await copyFile(require.resolve(`@fontsource/inter/files/${file}`), `${out}/fonts/${file}`);
}
console.log(`wrote ${out}/ (image-worker.js, layout.wasm, resvg.wasm, ${FONT_FILES.length} fonts)`);
