// The renderer of pre-rendered widgets (src/ssr/render-widget.ts), run in Node for the browser tests:
// `executeServerCommand('prerender', { tag, attributes, story, built, lang })` answers `{ shadow, problem }`: the
// widget showing `story` (as a <coalition-data> around it gives it: checked by the kit's checker) or the
// default story, in the language `lang` of the page around it (as the `prerender` command finds it).
// `executeServerCommand('prerender-page', { html })` answers what the `prerender` command makes of
// `html` (src/publish/prerender.ts), story files read under the repository's root.
// Compiled with esbuild as the test runner compiles the kit for the browser, so that the copies'
// templates are the tests' own, which Lit's hydration requires; `built: true` uses the built one
// (dist/lib), the command's, whose templates are the built kit's.
import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';

const execFileAsync = promisify(execFile);

async function loadRenderer() {
  const outdir = join('node_modules', '.cache', 'coalition-widgets-tests');
  mkdirSync(outdir, { recursive: true });
  const outfile = join(outdir, `render-widget-${process.pid}.mjs`);
  await build({
    stdin: {
      contents: `export { renderWidget } from './src/ssr/render-widget.ts';
        export { checkStory } from './src/data/story-loader.ts';
        export { prerender } from './src/publish/prerender.ts';`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
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
    async executeCommand({ command, payload }) {
      if (command === 'prerender-page') return renderer.prerender(payload.html, { page: 'test/page.html', root: '.' });
      if (command !== 'prerender') return undefined;
      const { tag, attributes = {}, story, built = false, lang = '' } = payload;
      if (built) return renderBuilt(tag, attributes);
      if (story === undefined) return renderer.renderWidget(tag, attributes, undefined, lang);
      const checked = renderer.checkStory(story, 'The data property is not a valid story');
      const state = checked.ok ? { story: checked.story, loading: false } : { error: checked.error, loading: false };
      return renderer.renderWidget(tag, attributes, state, lang);
    },
  };
}

/**
 * `<tag>` with the default story, drawn by the built renderer (dist/lib), the command's, in a process
 * of its own: in this one the kit's tags are already defined by the tests' renderer.
 */
async function renderBuilt(tag, attributes) {
  const code = `import { renderWidget } from './dist/lib/ssr/render-widget.js';
    process.stdout.write(JSON.stringify(renderWidget(${JSON.stringify(tag)}, ${JSON.stringify(attributes)})));`;
  const { stdout } = await execFileAsync(process.execPath, ['--input-type=module', '-e', code]);
  return JSON.parse(stdout);
}

/**
 * Pages of test/fixtures/publish/ as `coalition-widgets prerender` writes them (the built command,
 * run once per page): `?prerendered=1` answers with its output at the page's own URL, so that its
 * relative story URLs hold; `?prerendered=other-version` as if an older kit had drawn the copies.
 */
export function prerenderedPagesMiddleware() {
  const outputs = new Map();
  return async (context, next) => {
    const wanted = context.query.prerendered;
    if (!wanted || !context.path.startsWith('/test/fixtures/publish/') || !context.path.endsWith('.html'))
      return next();
    const source = `.${context.path}`;
    if (!outputs.has(source)) outputs.set(source, runPrerender(source));
    let html = await outputs.get(source);
    if (wanted === 'other-version')
      html = html.replace(/<!--coalition-widgets [\d.]+ /g, '<!--coalition-widgets 0.0.1 ');
    context.type = 'text/html';
    context.body = html;
  };
}

async function runPrerender(source) {
  const out = join(tmpdir(), `prerendered-${process.pid}-${source.replace(/\W+/g, '-')}`);
  const { stderr } = await execFileAsync(process.execPath, [
    'bin/coalition-widgets.mjs',
    'prerender',
    source,
    '-o',
    out,
  ]);
  if (stderr.includes('error:')) throw new Error(`prerender ${source}: ${stderr}`);
  return readFile(out, 'utf8');
}
