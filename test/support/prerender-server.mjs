// The renderer of pre-rendered widgets (src/ssr/render-widget.ts), run in Node for the browser tests:
// `executeServerCommand('prerender', { tag, attributes, state })` answers `{ shadow, problem }`.
// Compiled with esbuild as the test runner compiles the kit for the browser, so that the copies'
// templates are the tests' own, which Lit's hydration requires.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

async function loadRenderer() {
  const outdir = join('node_modules', '.cache', 'coalition-widgets-tests');
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, `render-widget-${process.pid}.mjs`);
  await build({
    entryPoints: ['src/ssr/render-widget.ts'],
    outfile,
    bundle: true,
    packages: 'external', // lit and @lit-labs/ssr from node_modules, in their Node builds
    platform: 'node',
    format: 'esm',
    target: 'es2022',
    tsconfig: 'tsconfig.json',
    ignoreAnnotations: true, // package.json's sideEffects names the built files, not src/
    logLevel: 'warning',
  });
  return import(pathToFileURL(join(process.cwd(), outfile)).href);
}

export function prerenderPlugin() {
  let renderer;
  return {
    name: 'prerender',
    async serverStart() {
      renderer = await loadRenderer();
    },
    executeCommand({ command, payload }) {
      if (command !== 'prerender') return undefined;
      const { tag, attributes = {}, state } = payload;
      return renderer.renderWidget(tag, attributes, state);
    },
  };
}
