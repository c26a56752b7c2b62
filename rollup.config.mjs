import { readdirSync, readFileSync } from 'node:fs';
import typescript from '@rollup/plugin-typescript';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';

/** One entry per element: src/components/<tag>/define.ts. */
const elementEntries = Object.fromEntries(
  readdirSync('src/components').map((tag) => [tag, `src/components/${tag}/define.ts`]),
);

/**
 * The bundled copy of Lit must not create a Trusted Types policy named "lit-html": the page's own
 * Lit may have made it already, and a strict CSP refuses a second one. Ours is "coalition-widgets",
 * made once per page and shared by every copy of the kit.
 */
const ownTrustedTypesPolicy = () => ({
  name: 'own-trusted-types-policy',
  transform(code, id) {
    if (!/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return null;
    const call = /(\w+)\.createPolicy\("lit-html",(\{createHTML:(\w+)=>\3\})\)/;
    if (!call.test(code)) this.error('lit-html no longer creates its policy the way this plugin expects');
    return code.replace(
      call,
      '(globalThis[Symbol.for("coalition-widgets.trusted-types-policy")]??=$1.createPolicy("coalition-widgets",$2))',
    );
  },
});

/**
 * Lit's guards against misuse of css``, CSSResult and html`` keep their checks, with short messages
 * (they save 0.13 KB gzip): no file of the kit exports these, so only the kit's own templates reach them.
 */
const shortLitMessages = () => ({
  name: 'short-lit-messages',
  transform(code, id) {
    const file = /[\\/](css-tag|lit-html)\.js$/.exec(id)?.[1];
    if (!file) return null;
    const messages =
      file === 'css-tag'
        ? [
            [/"CSSResult is not constructable\.[^"]*"/, '"Use css``"'],
            [/"Value passed to 'css' function must be[^"]*"\+(\w+)\+"[^"]*"/, '"Not a css`` result: "+$1'],
          ]
        : [[/"invalid template strings array"/, '"Not an html`` template"']];
    for (const [message, short] of messages) {
      if (!message.test(code)) this.error(`Lit no longer has the message ${message} that this plugin shortens`);
      code = code.replace(message, short);
    }
    return code;
  },
});

/**
 * A CDN entry loads its own file and one shared chunk (Lit, the data layer, the default story,
 * what the widgets share): two files compress better and arrive sooner than many small ones.
 * Code that only some entries use stays with them: the story provider (only <coalition-data>), the
 * satellite sentence and name suggestions (two widgets), the post link rule (the quote card and the
 * story loader), the avatar's initials (the quote card), and the story loader, Lit's hydration, the chart's CSV and the quotation marks of the copy
 * code, which are imported on demand, and every language's words but
 * English's (each a chunk of its own; the tables' code beside them).
 */
const notShared =
  /[\\/](src[\\/]components[\\/]|story-provider\.ts|story-loader\.ts|parse-story\.ts|story-schema\.ts|valibot[\\/]|describe-satellites\.ts|csv\.ts|suggest\.ts|post-link\.ts|initials\.ts|hydration\.ts|hydrate-support-global\.ts|copy-marker\.ts|ssr-client[\\/]|private-ssr-support\.js|lit-html[\\/]directive(-helpers)?\.js|problem-messages\.ts|i18n[\\/]catalogues[\\/](?!en\.ts)|i18n[\\/](problems|copy)[\\/]|load-problems\.ts|locale-from\.ts|quote-marks\.ts|story[\\/]translations[\\/])/;
const sharedChunk = (id) => (notShared.test(id) ? undefined : 'shared');

/**
 * Minifies css`` templates. In html`` templates it collapses each run of white space to one space
 * and drops it where it is only layout between blocks or at a block's edges (a reader sees the
 * same: no widget uses white-space: pre; each such space was a text node in every widget), and drops
 * the quotes around attribute values that need none. End tags stay: without a </p> that ends a
 * template, a pre-rendered copy would hold the markers that follow inside the paragraph.
 * Also run on dist/lib (scripts/lib-templates.mjs): Lit hydrates a pre-rendered widget only with
 * the templates that drew it, so every build of one version must have the same ones.
 */
export const minifyTemplates = () =>
  minifyTemplateLiterals({
    options: {
      shouldMinify: (template) => template.tag === 'html',
      shouldMinifyCSS: (template) => template.tag === 'css',
      minifyOptions: {
        collapseWhitespace: true,
        removeAttributeQuotes: true,
        removeOptionalTags: false,
        minifyJS: false,
      },
    },
  });

/**
 * The one Node built-in Lit's server build uses, in @lit-labs/ssr-client's template digest:
 * `Buffer.from(text, 'binary').toString('base64')`, which is `btoa(text)` in a worker.
 */
const bufferForWorker = () => ({
  name: 'buffer-for-worker',
  resolveId: (id) => (id === 'buffer' ? '\0buffer' : null),
  load: (id) =>
    id === '\0buffer' ? 'export const Buffer = { from: (text) => ({ toString: () => btoa(text) }) };' : null,
});

/**
 * The languages' catalogues (src/i18n/catalogues/, the interface's words; src/i18n/problems/, the words
 * for problems; src/i18n/copy/, what the quote card's copy buttons say) are chunks named for what they
 * are, `chunks/words-fr.js`, `chunks/problem-words-fr.js` and `chunks/copy-words-fr.js`,
 * and so are the translations of the default story, `chunks/story-fr-<hash>.js`, so that the size check
 * holds each to its budget (scripts/check-sizes.mjs).
 */
const chunkFileNames = ({ facadeModuleId }) => {
  // A translation of the default story (src/story/translations/) keeps its hash: a correction changes it.
  const story = /[\\/]story[\\/]translations[\\/]default-story\.([\w-]+)\.ts$/.exec(facadeModuleId ?? '')?.[1];
  if (story) return `chunks/story-${story}-[hash].js`;
  const catalogue = /[\\/]i18n[\\/](catalogues|problems|copy)[\\/][\w-]+\.ts$/.exec(facadeModuleId ?? '')?.[1];
  // No hash: 17 hashes in the loader would cost the bundle about 0.1 KB gzip. A catalogue's URL changes
  // with the kit's version on the CDN; a newsroom hosting dist/ itself should revalidate chunks/*words-*.
  return catalogue
    ? `chunks/${catalogue === 'catalogues' ? '' : `${catalogue === 'problems' ? 'problem' : 'copy'}-`}words-[name].js`
    : 'chunks/[name]-[hash].js';
};

/**
 * terser writes non-ASCII characters as \u escapes (ascii_only), which compresses better in code but
 * worse in a catalogue of Ukrainian or Japanese words (uk: 2.84 against 2.63 KB gzip, measured with all
 * words in one file): a catalogue chunk gets its characters back, and so does a translated story. Their
 * only escapes are in their strings.
 */
const catalogueCharacters = () => ({
  name: 'catalogue-characters',
  renderChunk(code, chunk) {
    if (!/[\\/](i18n[\\/](catalogues|problems|copy)|story[\\/]translations)[\\/]/.test(chunk.facadeModuleId ?? ''))
      return null;
    return code.replace(/\\u([0-9a-f]{4})/gi, (escape, hex) => {
      const code = parseInt(hex, 16);
      return code < 0x80 || (code >= 0xd800 && code < 0xe000) || code === 0x2028 || code === 0x2029
        ? escape
        : String.fromCharCode(code);
    });
  },
});

/**
 * Message keys, short in what is shipped: `satellitesUnreported` is "u" in the bundle and in every
 * catalogue chunk. A key is spelt in full twice in the bundle (the English catalogue and the call) and
 * once in each language's chunk; short keys save 0.2 KB gzip in the bundle and in Ukrainian's
 * catalogue (1.64 -> 1.43 KB). The keys are the English catalogues' (src/i18n/catalogues/en.ts, then
 * src/i18n/problems/en.ts), in their order. Renamed: the keys of each catalogue's `messages`, and a key
 * written as a literal (or a choice of literals) where a message is asked for: `….t(key)`,
 * `….parts(key)`, `text(locale, key)`, `parts(locale, key)`. Tests run the source, with the full keys.
 */
const shortMessageKeys = () => {
  const keysOf = (file) => {
    const source = readFileSync(file, 'utf8');
    const body = source.slice(source.indexOf('export const messages'), source.indexOf('\n};'));
    return [...body.matchAll(/^ {2}(\w+):/gm)].map((match) => match[1]);
  };
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const keys = [...keysOf('src/i18n/catalogues/en.ts'), ...keysOf('src/i18n/problems/en.ts')];
  const short = new Map(keys.map((key, i) => [key, (i < 52 ? '' : letters[(i / 52) | 0]) + letters[i % 52]]));
  const isCatalogue = (id) => /[\\/]i18n[\\/](catalogues|problems)[\\/]\w+\.ts$/.test(id);
  const asked = (call) => {
    const name = call.callee.type === 'MemberExpression' ? call.callee.property.name : call.callee.name;
    if (call.callee.type === 'MemberExpression' && (name === 't' || name === 'parts')) return call.arguments[0];
    if (call.callee.type === 'Identifier' && (name === 'text' || name === 'parts')) return call.arguments[1];
  };
  const literals = (node) =>
    node?.type === 'Literal'
      ? [node]
      : node?.type === 'ConditionalExpression'
        ? [node.consequent, node.alternate].flatMap(literals)
        : [];
  const visit = (node, found) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'CallExpression') found.push(...literals(asked(node)));
    for (const value of Object.values(node))
      for (const child of Array.isArray(value) ? value : [value])
        if (child && typeof child === 'object') visit(child, found);
  };
  return {
    name: 'short-message-keys',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !/\b(t|parts|text)\(|export const messages/.test(code)) return null;
      const program = this.parse(code);
      const edits = [];
      if (isCatalogue(id)) {
        const declarator = program.body
          .flatMap((node) => node.declaration?.declarations ?? [])
          .find((node) => node.id.name === 'messages');
        for (const property of declarator?.init.properties ?? []) {
          const key = property.key.name ?? property.key.value;
          if (!short.has(key)) this.error(`${key} in ${id} is not a key of the English catalogues`);
          edits.push([property.key.start, property.key.end, short.get(key)]);
        }
      }
      const found = [];
      visit(program, found);
      for (const literal of found)
        if (short.has(literal.value)) edits.push([literal.start, literal.end, `"${short.get(literal.value)}"`]);
      for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0]))
        code = code.slice(0, start) + text + code.slice(end);
      return edits.length ? { code, map: null } : null;
    },
  };
};

/** `server: true` builds with Lit's server build (no DOM), for the renderer in a worker. */
const plugins = ({ server = false } = {}) => [
  typescript({ tsconfig: 'tsconfig.json', include: ['src/**/*.ts'], compilerOptions: { types: [] } }),
  shortMessageKeys(),
  nodeResolve(server ? { exportConditions: ['node'], preferBuiltins: false } : {}),
  minifyTemplates(),
  ownTrustedTypesPolicy(),
  shortLitMessages(),
  // keep_fargs: false drops unused trailing parameters: nothing in the kit, Lit or Valibot reads a function's
  // length. inline: 1 inlines only functions without parameters, and ascii_only writes “, ’, · and the
  // rest as \u escapes: both compress better. Tagged templates keep their cooked strings, which is what Lit reads.
  terser({
    ecma: 2022,
    module: true,
    compress: { passes: 3, keep_fargs: false, inline: 1 },
    format: { comments: false, ascii_only: true },
  }),
  catalogueCharacters(),
];

export default [
  {
    // For a CMS: one file that defines everything, with the default story; a story of the page's
    // own makes it import the story loader from chunks/ beside it.
    input: 'src/coalition-widgets.ts',
    // The story loader and Lit's hydration (imported on demand) import what they share with the bundle
    // from the bundle: let the bundle export it too, rather than become a facade over a chunk.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      entryFileNames: 'coalition-widgets.js',
      chunkFileNames,
      format: 'es',
    },
    plugins: plugins(),
  },
  {
    // The embed page's script, loaded beside the bundle by dist/embed.html.
    input: 'src/embed/embed-page.ts',
    output: { file: 'dist/embed-page.js', format: 'es' },
    plugins: plugins(),
  },
  {
    // The optional host script for page templates: a classic script, so it works wherever pasted.
    input: 'src/embed/embed-host.ts',
    output: { file: 'dist/embed-host.js', format: 'iife' },
    plugins: plugins(),
  },
  {
    // The demo page's embed builder (not for article readers).
    input: 'src/builder/embed-builder.ts',
    // One file: it carries the whole kit for its previews, the words for their problems included.
    output: { file: 'dist/embed-builder.js', format: 'es', inlineDynamicImports: true },
    plugins: plugins(),
  },
  {
    // The builder's instant snippets: the renderer of the `prerender` command (src/ssr/render-widget.ts), in a worker.
    input: 'src/ssr/render-worker.ts',
    output: { file: 'dist/render-worker.js', format: 'es', inlineDynamicImports: true },
    plugins: [bufferForWorker(), ...plugins({ server: true })],
  },
  {
    // For pages that use only some elements: one file per tag, sharing chunks.
    input: elementEntries,
    output: {
      dir: 'dist/cdn',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames,
      manualChunks: sharedChunk,
    },
    plugins: plugins(),
  },
];
