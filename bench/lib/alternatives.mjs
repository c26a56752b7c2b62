// Builds each alternative as a minimal, tree-shaken, page-ready ES module: esbuild bundles it, then
// terser minifies it with the options the kit's own build uses, so that sizes compare like with like.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { minify } from 'terser';
import { freshPage } from './browser.mjs';

export const alternatives = [
  { name: 'lit-minimal-card', label: 'Lit alone, one minimal card' },
  { name: 'vanilla-minimal-card', label: 'vanilla, one minimal card (no library)' },
  { name: 'lit-context-card', label: 'Lit + @lit/context, one minimal card' },
  { name: 'lit-quote-card', label: 'Lit card, same DOM + CSS as <quote-card>' },
  { name: 'chartjs-bars', label: 'Chart.js, tree-shaken, one bar chart' },
  { name: 'shoelace-card', label: "Shoelace's <sl-card>", css: '@shoelace-style/shoelace/dist/themes/light.css' },
  { name: 'react-card', label: 'React 19 + react-dom, one card' },
  { name: 'vanilla-quote-card', label: 'vanilla <quote-card> equivalent' },
  { name: 'vanilla-satellite-compare', label: 'vanilla <satellite-compare> equivalent (SVG)' },
  { name: 'vanilla-coalition-summary', label: 'vanilla <coalition-summary> equivalent' },
  { name: 'vanilla-all', label: 'the three vanilla elements together' },
];

const widgets = ['quote-card', 'satellite-compare', 'coalition-summary'];

/**
 * The CSS each kit widget actually adopts, read from its shadow root in Chromium, so that the
 * vanilla and Lit equivalents style the same DOM with the same rules whatever the kit's source does.
 */
export async function extractKitCss(browser, server, story) {
  const url = server.addPage(
    'kit-css',
    `<!doctype html><script type="module" src="/dist/coalition-widgets.js"></script>` +
      `<quote-card quote="${story.quotes[0].id}"></quote-card><satellite-compare></satellite-compare><coalition-summary></coalition-summary>`,
  );
  const { context, page } = await freshPage(browser);
  try {
    await page.goto(url);
    const cssByTag = await page.evaluate(async (tags) => {
      await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
      const result = {};
      for (const tag of tags) {
        const element = document.querySelector(tag);
        await element.updateComplete;
        const sheets = element.shadowRoot.adoptedStyleSheets.length
          ? element.shadowRoot.adoptedStyleSheets
          : [...element.shadowRoot.querySelectorAll('style')].map((style) => style.sheet);
        result[tag] = sheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)).join('\n');
      }
      return result;
    }, widgets);
    for (const tag of widgets) {
      cssByTag[tag] = (await esbuild.transform(cssByTag[tag], { loader: 'css', minify: true })).code.trim();
    }
    return cssByTag;
  } finally {
    await context.close();
  }
}

export async function buildAlternatives(benchDir, kitCss) {
  const out = join(benchDir, '.build');
  await mkdir(out, { recursive: true });
  await writeFile(join(out, 'kit-css.js'), `export const css = ${JSON.stringify(kitCss, null, 2)};\n`);
  const built = [];
  for (const alternative of alternatives) {
    const result = await esbuild.build({
      entryPoints: [join(benchDir, 'alternatives', `${alternative.name}.js`)],
      bundle: true,
      format: 'esm',
      target: 'es2022',
      platform: 'browser',
      treeShaking: true,
      write: false,
      legalComments: 'none',
      define: { 'process.env.NODE_ENV': '"production"' },
      absWorkingDir: benchDir,
    });
    const minified = await minify(result.outputFiles[0].text, {
      ecma: 2022,
      module: true,
      format: { comments: false },
    });
    const file = join(out, `${alternative.name}.js`);
    await writeFile(file, minified.code);
    const entry = { ...alternative, file };
    if (alternative.css) {
      const source = await readFile(join(benchDir, 'node_modules', alternative.css), 'utf8');
      const css = (await esbuild.transform(source, { loader: 'css', minify: true })).code;
      entry.cssFile = join(out, `${alternative.name}.css`);
      await writeFile(entry.cssFile, css);
    }
    built.push(entry);
  }
  return built;
}
