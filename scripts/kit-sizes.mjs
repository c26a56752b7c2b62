// What the size budgets count, shared by `npm test` (scripts/check-sizes.mjs) and the
// benchmark (bench/). Node built-ins only: the test needs no extra packages.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/** Min+gzip bytes (1 KB = 1,000 bytes): what the kit must weigh at most. The benchmark reports against these. */
// A translated story: its words and, verbatim, the English words of each quote and excerpt (about a third
// of it): 4.40-5.11 KB when first built (uk the largest, its letters two bytes each).
export const BUDGETS = { bundle: 15_000, cdnEntry: 12_000, onDemand: 5_000, catalogue: 1_500, story: 5_500 };

/**
 * What `npm test` holds the build to while the budgets above are not met, so that nothing grows
 * unseen: the sizes of 1 December 2026 with under 0.1 KB to spare (bundle 16.54 KB, CDN entries
 * 13.44-13.91 KB, story loader 5.07 KB). The verbatim evidence of issue 11 and the hostile-input limits
 * of issue 13 took the kit past 15 KB; trimming it back (README, "Size and speed") lowers these.
 * Raised since, each time for what every reader gets, and said here:
 * - finding pre-rendered widgets and waiting for Lit's hydration (issue 16): +0.17 KB, of which
 *   terser options and three small rewrites won back 0.10 KB;
 * - print styles, forced colours (issue 14): +0.12 KB in the bundle and each CDN entry;
 * - the quote card's reader tools (issue 14): the copy buttons and their live region, X's logo, the
 *   photo note, the new-tab wording and `lang` on every card: +0.62 KB in the bundle (17.24 KB before
 *   print styles), +0.77 KB in the quote card's CDN entry (14.34 KB); the words `lang` adds to the
 *   story schema, +0.06 KB in the story loader (5.13 KB). What the copy buttons do is imported on
 *   demand (0.57 KB);
 * - the chart that states its finding (issue 14): the title worded from the figures, "Get the data"
 *   (its CSV code itself is a chunk loaded at the click, 0.41 KB), the screen-reader words of each bar
 *   and of the table's highlighted row, the quiet and highlighted colours: bundle 16.73 -> 17.29 KB,
 *   dist/cdn/satellite-compare.js 14.02 -> 14.73 KB. Both together: bundle 17.93 KB, CDN entries up to
 *   14.80 KB (satellite-compare), quote card 14.51 KB;
 * - the summary at a glance (issue 14): +0.21 KB in the bundle (16.94 KB), +0.30 KB in the summary's
 *   CDN entry (14.42 KB; the others unchanged): the "More" disclosures with their screen-reader names,
 *   the marks in tens, the flowing objectives and their CSS. All three together: bundle 18.13 KB,
 *   CDN entries 13.78-14.80 KB;
 * - a ring round the post card's initials in forced colours (issue 14), which drop its fill: +0.02 KB
 *   (bundle 18.15 KB);
 * - the widgets in the page's language (issue 15): the language controller (which language, from
 *   `lang` on the widget, an ancestor or the page; one observer; a cache of loaded languages), the
 *   message lookup with plurals, English's catalogue in the bundle (with the summary's and the quote
 *   card's words, not yet used in place of their inline English), and the chart and the shared parts
 *   (source line, updates, "Read the full story", problems) worded from it: bundle 18.12 -> 19.38 KB
 *   (19.81 KB before short message keys and the catalogue map on demand), CDN entries 13.85-14.80 ->
 *   15.15-16.14 KB. Every other language, its tables and the map of their files load on demand.
 * - stories in translation (issue 15): the schema's `original` of a translated quote or excerpt, +0.03 KB
 *   in the story loader (5.16 KB in dist/cdn, 5.13 KB in dist/); the bundle unchanged.
 * - the summary in the widget's language (issue 15): its headings, "More" lines and their screen-reader
 *   names, force range, dates and lists from the catalogue (five new keys: "More" and what it is more
 *   about), `lang` on the card and the story's language on the story's own words inside it: bundle
 *   19.40 -> 19.63 KB, the summary's CDN entry 15.76 -> 15.89 KB, Ukrainian's catalogue 1.43 -> 1.48 KB.
 * Lowered: the lighter quote card and summary (issue 14: white space between blocks out of the
 * templates, flex for grids, no size container on the quote card; end tags kept, +0.03 KB): bundle
 * 18.12 -> 18.06 KB before the languages, CDN entries 13.84-14.79 KB.
 * - the chart without a size container (issue 14: a track for each bar, each figure as wide as the
 *   largest from data-largest, the bar in the row's own template; Chart.js ÷ kit about 2x, was 1.4-1.9x):
 *   +0.07 KB in the bundle (19.40 KB), +0.07 KB in the chart's CDN entry (16.21 KB).
 * - the summary in the widget's language (issue 15, see below): bundle 19.63 KB.
 * - the list of the languages' files back in the bundle (issue 15), so that a language's words and the
 *   tables' code load side by side rather than one after the other: +0.16 KB in the bundle (19.78 KB) and
 *   each CDN entry (up to 16.39 KB, the chart's). The first summary on a French page waited for two
 *   requests in a row: one round trip more for every reader in another language (bench: the first
 *   summary in French), against 0.16 KB for every reader.
 * - the chart's title names countries as each language's sentence needs them (issue 15: `Locale.country`
 *   takes the country, not its name): +0.01 KB in the bundle (19.79 KB) and the chart's CDN entry (16.40 KB).
 * - the quote card in the widget's language (issue 15): its labels, buttons and dates from the catalogue,
 *   and a quote shown in translation in a disclosure with the words as said: +0.19 KB in the bundle
 *   (19.64 KB), +0.02 KB in the chart's CDN entry (16.27 KB; English's catalogue is shared). What the copy
 *   buttons say is a catalogue of its own loaded with the copy code (chunks/copy-words-*.js), and their
 *   failure to load is worded with the problems, so the interface catalogues stay within 1.5 KB.
 * - both of those together (the merge of main into quotei18n): bundle 19.86 KB, CDN entries 15.22-16.30 KB;
 *   Ukrainian's catalogue at 1.50 KB with shorter wordings of the same meaning.
 * - quotation marks by the quoted words' language (issue 15: French « » with narrow no-break spaces,
 *   German „ “, Polish „ ”, Ukrainian « », English “ ”; the browser's own for other languages): five
 *   `quotes` rules in the quote card's CSS, +0.10 KB in the bundle (19.96 KB) and in the quote card's CDN
 *   entry (16.19 KB). The table the copied citation and the image use is in the copy code, on demand.
 * - the sources' sentences of a translated story marked as translations (issue 15): after each, a line
 *   "Translated from English" and the words as the report has them, lang="en"; each sentence marked
 *   with the story's language: +0.07 KB in the bundle (20.03 KB), +0.11 KB in the shared chunk (CDN
 *   entries 15.33-16.41 KB).
 * - the default story in the widget's language (issue 15): which translation, loading it once, and the
 *   widgets waiting for it as they wait for their words (the translations themselves are chunks of their
 *   own): +0.28 KB in the bundle (19.68 KB), CDN entries 15.42-16.49 KB. With the summary's words:
 *   bundle 19.91 KB, CDN entries up to 16.53 KB. Re-applied on quotei18n after the marks of translated
 *   quotes and sources' sentences: +0.27 KB in the bundle (20.30 KB, 20,301 B), CDN entries 15.60-16.69 KB.
 * - the quotation marks' rules moved to the shared styles so that the sources' sentences (<q>) follow
 *   their words' language too: bundle 20.31 KB, the summary's and the chart's CDN entries +0.10 KB
 *   (CDN entries 15.71-16.79 KB).
 * - all of the above merged (main with the languages' files list and the chart's country forms, and
 *   quotei18n): bundle 20.47 KB, CDN entries 15.85-16.94 KB (the chart's).
 * - the summary at half its DOM heap (issue 14: 213.7 -> 122.8 KB, 437 -> 305 nodes per instance): one
 *   disclosure a block named by aria-label, the 30 marks one SVG of two paths (its path code beside the
 *   summary), the disclosure triangle drawn as a background (the native one kept under forced colours),
 *   the objectives after an accent rule: +0.29 KB in the bundle (20.75 KB), CDN entries up to 16.99 KB
 *   (the chart's, which shares the disclosure's CSS).
 * - the sources' sentences marked with the story's language only where it is not the card's (an attribute
 *   on every sentence cost the summary 1.4 KB of DOM heap, past its budget): +0.01 KB in the CDN entries
 *   (the chart's 17.00 KB).
 * - the same for every widget's own words (names, roles, settings, the chart's countries and source): one
 *   helper for all three widgets, a `lang` only where the story's language is not the card's, a span only
 *   then (the quote card 59.9 -> 59.1 nodes, 29.6 -> 29.1 KB DOM heap): bundle 20.78 KB, CDN entries up to
 *   17.05 KB (the chart's).
 * - the table's highlighted row heard as "Highlighted: United Kingdom" (its space was lost to the build):
 *   bundle 20.78 KB (20,783 B).
 * - the page's language asked for as the kit evaluates (issue 15, the first summary in French: 1.3x the
 *   English one): a page whose <html lang> is another of the kit's languages asks for its words and, unless
 *   it has a <coalition-data>, the default story's translation before its first widget renders, rather than
 *   after the whole bundle has run: +0.03 KB in the bundle (20.79 KB, 20,791 B), +0.03 KB in the shared
 *   chunk (CDN entries up to 17.03 KB, the chart's 17,034 B).
 * - both together: bundle 20.80 KB, CDN entries up to 17.07 KB (the chart's).
 * - a report's sentence that holds a quotation of its own goes in its language's other marks (the
 *   sentences had doubled marks in every language: ““Our plans …,” he continued.”): a class on such a
 *   sentence, five rules in the shared styles: +0.10 KB (bundle 20.90 KB, CDN entries up to 17.17 KB).
 * - a post card's initials without compiling the emoji rule for a name that opens with a letter (it blocked
 *   the main thread 20-45 ms at a page's first post card): +0.03 KB in the bundle (20,944 B); the CDN
 *   entries keep theirs (the rule stays with the quote card).
 * - small print at 85-90 % of the article's text in every widget (the chart's notes and source, the
 *   sources' disclosures, updates and errors were in rem: 13.6 px beside 19 px text), a post card's
 *   buttons as large as a quote card's and ending at its footer's edge, and a country's note with
 *   French's space before the colon, said once for the chart, the image, the fallback and the twin:
 *   +0.10 KB (bundle 21,047 B), CDN entries up to 17.23 KB (the chart's).
 */
export const CEILINGS = { bundle: 21_050, cdnEntry: 17_240, onDemand: 5_200, catalogue: 1_500, story: 5_500 };

/** The languages the default story is translated into (src/story/story-in.ts). */
export const STORY_LANGUAGES = ['fr', 'de', 'uk', 'pl'];

/** A translation of the default story (rollup.config.mjs names them): chunks/story-fr-<hash>.js. */
export const STORY_CHUNK = new RegExp(`[\\\\/]chunks[\\\\/]story-(?:${STORY_LANGUAGES.join('|')})-`);

/** A language's catalogue chunk (rollup.config.mjs names them): the interface's words, the words for problems, or the copy buttons'. */
export const CATALOGUE_CHUNK = /[\\/]chunks[\\/](?:problem-|copy-)?words-/;

// Rollup's minified output: `import{…}from"./x.js"`, `import"./x.js"`, `export{…}from"./x.js"` (an
// entry that is a facade over a chunk) and `import("./x.js")`.
const STATIC_IMPORT = /(?:import|export)(?:[\w\s{},*$]*from)?\s*"(\.{1,2}\/[^"]+)"/g;
const DYNAMIC_IMPORT = /import\(\s*"(\.{1,2}\/[^"]+)"\s*\)/g;

const importsOf = (file, pattern) =>
  [...readFileSync(file, 'utf8').matchAll(pattern)].map((match) => resolve(dirname(file), match[1]));

/** A built file and everything it imports statically: what the browser fetches before it runs. */
export function staticClosure(entry, seen = new Set()) {
  if (seen.has(entry)) return [...seen];
  seen.add(entry);
  for (const file of importsOf(entry, STATIC_IMPORT)) staticClosure(file, seen);
  return [...seen];
}

/** The files a built module imports on demand (`import("./…")`). */
export function dynamicImports(file) {
  return importsOf(file, DYNAMIC_IMPORT);
}
