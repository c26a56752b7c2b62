// Gives the npm build (dist/lib, compiled by tsc) the html`` and css`` templates of the bundles that
// rollup makes, through the same transform (rollup.config.mjs). Lit hydrates a pre-rendered
// widget only with the templates that drew it (it compares a digest of each template's strings),
// and pre-rendered copies are drawn by dist/lib (src/ssr/render-widget.ts): every build of one
// version must agree. Run after tsc. The files' source maps then point a few lines off inside templates.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseAst } from 'rollup/parseAst';
import { minifyTemplates } from '../rollup.config.mjs';

const lib = 'dist/lib';
const transforms = [minifyTemplates()];
const context = {
  parse: (code) => parseAst(code),
  warn: (message) => console.warn(`lib-templates: ${message}`),
  error: (message) => {
    throw new Error(message);
  },
};

let changed = 0;
for (const file of readdirSync(lib, { recursive: true })) {
  if (!file.endsWith('.js')) continue;
  const path = join(lib, file);
  const before = readFileSync(path, 'utf8');
  let code = before;
  // The transforms look for the kit's own sources (src/…), as rollup names them.
  const id = join(process.cwd(), 'src', relative(lib, path)).replace(/\.js$/, '.ts');
  for (const transform of transforms) {
    const result = await transform.transform.call(context, code, id);
    if (result?.code) code = result.code;
  }
  if (code !== before) {
    writeFileSync(path, code);
    changed += 1;
  }
}
console.log(`lib-templates: ${changed} files of ${lib} now have the bundles' templates`);
