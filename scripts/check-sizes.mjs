// The size budgets, checked on the built dist/ (sizes are deterministic, so this is a
// test, not a benchmark): min+gzip (level 9, as bench/ measures), each file compressed on its own.
//   dist/coalition-widgets.js, every element and the default story: budget 15 KB
//   each dist/cdn/<tag>.js with every chunk it imports: budget 12 KB
// While a budget is not met, the check holds the build to its ceiling (scripts/kit-sizes.mjs, today's
// size) and says that the budget is not met.
// What a file imports on demand (the story loader, only for a page's own story; the words for a
// widget's problems, only for a widget with a mistake; Lit's hydration, only for pages with
// pre-rendered widgets) is not part of those budgets; each such file
// is printed, and held to a budget of its own so that it cannot grow unseen.
// Each language's catalogue (its interface's words, and apart its words for problems) loads on
// demand too, each held to 1.5 KB, in dist/chunks/ and dist/cdn/chunks/.
// So does each translation of the default story (fr, de, uk, pl), held to a budget of its own; none may
// be in the bundle or a CDN entry's files.
// Prints one line per budget with the sizes; --counts-file F writes "passed failed" to F.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import {
  BUDGETS,
  CATALOGUE_CHUNK,
  CEILINGS,
  STORY_CHUNK,
  STORY_LANGUAGES,
  dynamicImports,
  staticClosure,
} from './kit-sizes.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes) => `${(bytes / 1000).toFixed(2)} KB`;

const results = { passed: 0, failed: 0 };
function check(label, files, kind) {
  const [budget, ceiling] = [BUDGETS[kind], CEILINGS[kind]];
  const sizes = [...files].map((file) => ({ file: relative(root, file), gzip: gzipSize(file) }));
  const total = sizes.reduce((sum, { gzip }) => sum + gzip, 0);
  const ok = total <= ceiling;
  results[ok ? 'passed' : 'failed'] += 1;
  const parts = sizes.length > 1 ? ` (${sizes.map(({ file, gzip }) => `${file} ${kb(gzip)}`).join(' + ')})` : '';
  const limit = total <= budget ? `budget ${kb(budget)}` : `budget ${kb(budget)} NOT MET, ceiling ${kb(ceiling)}`;
  console.log(`  ${ok ? '✓' : '✗'} ${label}: ${kb(total)} min+gzip, ${limit}${parts}`);
}

console.log('==> size budgets');
const bundle = join(dist, 'coalition-widgets.js');
check('dist/coalition-widgets.js, every element and the default story', staticClosure(bundle), 'bundle');
const cdnEntries = readdirSync(join(dist, 'cdn'))
  .filter((name) => name.endsWith('.js'))
  .sort();
for (const name of cdnEntries) {
  check(`dist/cdn/${name} with the chunks it imports`, staticClosure(join(dist, 'cdn', name)), 'cdnEntry');
}
// What is imported on demand, and what that imports on demand in turn (the words for problems, by
// the file that words them).
const onDemand = new Set(
  [bundle, ...cdnEntries.map((name) => join(dist, 'cdn', name))].flatMap((entry) =>
    staticClosure(entry).flatMap(dynamicImports),
  ),
);
for (const file of onDemand) for (const further of staticClosure(file).flatMap(dynamicImports)) onDemand.add(further);
if (onDemand.size === 0) console.log('  (nothing is imported on demand)');
const catalogues = [...onDemand].filter((file) => CATALOGUE_CHUNK.test(file)).sort();
const stories = [...onDemand].filter((file) => STORY_CHUNK.test(file)).sort();
for (const file of [...onDemand].filter((file) => !CATALOGUE_CHUNK.test(file) && !STORY_CHUNK.test(file)).sort()) {
  check(`${relative(root, file)}, imported on demand`, [file], 'onDemand');
}
for (const file of catalogues) check(`${relative(root, file)}, a language's catalogue`, [file], 'catalogue');
for (const file of stories) check(`${relative(root, file)}, a translation of the default story`, [file], 'story');
// Every language but English (in the bundle) has its interface catalogue: 17 of them.
const interfaceCatalogues = catalogues.filter((file) => !/(problem|copy)-words-/.test(file)).length;
const everyLanguage = interfaceCatalogues > 0 && interfaceCatalogues % 17 === 0;
results[everyLanguage ? 'passed' : 'failed'] += 1;
console.log(`  ${everyLanguage ? '✓' : '✗'} interface catalogues: ${interfaceCatalogues} (17 languages per build)`);
// Every translation of the default story is built, and loads on demand only: neither a chunk that the
// bundle or a CDN entry imports up front, nor written into one of their files (a translated story's
// `lang:"fr"`, as terser writes it).
const translatedStory = new RegExp(`\\blang:"(?:${STORY_LANGUAGES.join('|')})"`);
const storiesUpFront = [
  ...new Set([bundle, ...cdnEntries.map((name) => join(dist, 'cdn', name))].flatMap((entry) => staticClosure(entry))),
].filter((file) => STORY_CHUNK.test(file) || translatedStory.test(readFileSync(file, 'utf8')));
const everyStory = stories.length > 0 && stories.length % STORY_LANGUAGES.length === 0 && storiesUpFront.length === 0;
results[everyStory ? 'passed' : 'failed'] += 1;
console.log(
  `  ${everyStory ? '✓' : '✗'} translated stories: ${stories.length} on demand (${STORY_LANGUAGES.join(', ')} per build), ` +
    `${storiesUpFront.length} in the bundle or a CDN entry's files${storiesUpFront.length ? `: ${storiesUpFront.map((file) => relative(root, file)).join(', ')}` : ''}`,
);

const countsFile = process.argv.indexOf('--counts-file');
if (countsFile >= 0) writeFileSync(process.argv[countsFile + 1], `${results.passed} ${results.failed}\n`);
console.log(`size budgets: ${results.passed} passed, ${results.failed} failed`);
process.exitCode = results.failed ? 1 : 0;
