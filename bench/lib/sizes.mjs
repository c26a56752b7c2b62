// Sizes: minified bytes, gzip (level 9) and brotli (quality 11) from node:zlib; the files each
// entry loads (scripts/kit-sizes.mjs, as npm test counts them); and where the bundle's bytes come from (from a source-mapped rebuild).
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { dynamicImports, staticClosure } from '../../scripts/kit-sizes.mjs';

export function compressedSizes(buffer) {
  const data = Buffer.isBuffer(buffer) ? buffer : Buffer.from(buffer);
  return {
    min: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }).length,
  };
}

/** Sizes of files sent separately: each compressed on its own, then added up. */
export async function filesSize(files) {
  const total = { min: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const size = compressedSizes(await readFile(file));
    for (const key of Object.keys(total)) total[key] += size[key];
  }
  return total;
}

/** `dist` is the folder of the build to measure (the benchmark's snapshot of dist/); labels say dist/. */
export async function kitSizes(root, dist = join(root, 'dist')) {
  const rows = [];
  const add = async (label, entry, audience, { onDemand = false } = {}) => {
    let files = entry.endsWith('.js') ? staticClosure(entry) : [entry];
    if (onDemand) {
      // The story loader; not the words for a widget's problems, which only a page with a mistake loads.
      const lazy = files.flatMap(dynamicImports).filter((file) => /[\\/]story-loader-[^\\/]*$/.test(file));
      if (!lazy.length) return;
      files = [...new Set([...files, ...lazy.flatMap((file) => staticClosure(file))])];
    }
    rows.push({
      label,
      audience,
      onDemand,
      files: files.map((file) => join('dist', relative(dist, file))),
      ...(await filesSize(files)),
    });
  };
  const bundle = join(dist, 'coalition-widgets.js');
  await add('dist/coalition-widgets.js (every element + default story)', bundle, 'article');
  await add(
    'dist/coalition-widgets.js + the story loader it imports on demand',
    bundle,
    'article with a story of its own (src, data or inline JSON)',
    { onDemand: true },
  );
  for (const name of readdirSync(join(dist, 'cdn'))
    .filter((file) => file.endsWith('.js'))
    .sort()) {
    await add(`dist/cdn/${name} + the chunks it loads`, join(dist, 'cdn', name), 'article');
    await add(
      `dist/cdn/${name} + chunks + the story loader it imports on demand`,
      join(dist, 'cdn', name),
      'article with a story of its own',
      { onDemand: true },
    );
  }
  const css = join(dist, 'coalition-widgets.css');
  if (existsSync(css)) await add('dist/coalition-widgets.css', css, 'article');
  else rows.push({ label: 'dist/coalition-widgets.css', audience: 'article', missing: true });
  for (const [name, audience] of [
    ['embed-host.js', 'site template'],
    ['embed-page.js', 'iframe embed page (beside the bundle)'],
    ['embed-builder.js', 'demo page only'],
    ['story.json', 'data (already inside the bundle)'],
  ]) {
    if (existsSync(join(dist, name))) await add(`dist/${name}`, join(dist, name), audience);
  }
  return rows;
}

// ---- where the bundle's bytes come from ----

const base64 = Object.fromEntries(
  [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]),
);

function decodeMappings(mappings) {
  // [line][] = [generatedColumn, sourceIndex, sourceLine]; the source column and name are not needed.
  const lines = [];
  let source = 0;
  let sourceLine = 0;
  for (const line of mappings.split(';')) {
    const segments = [];
    let column = 0;
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const values = [];
      let value = 0;
      let shift = 0;
      for (const char of segment) {
        const digit = base64[char];
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += values[0];
      if (values.length >= 4) {
        source += values[1];
        sourceLine += values[2];
        segments.push([column, source, sourceLine]);
      } else segments.push([column, -1, -1]);
    }
    lines.push(segments);
  }
  return lines;
}

function groupOf(source) {
  const modules = source.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const rest = source.slice(modules + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  const src = source.indexOf('src/');
  return src >= 0 ? source.slice(src) : source;
}

function categoryOf(group) {
  if (['@lit/reactive-element', 'lit-html', 'lit-element', 'lit'].includes(group))
    return 'Lit (lit-html, reactive-element, lit-element)';
  if (group === '@lit/context') return '@lit/context';
  if (group === 'valibot') return 'valibot (validation)';
  if (group.endsWith('default-story.ts')) return 'the default story (data)';
  if (/styles?\.ts$/.test(group)) return 'CSS (css`` templates)';
  if (group.startsWith('src/components/')) return 'element code (incl. html`` templates)';
  if (group.startsWith('src/story/')) return 'story model (schema, parsing, formatting, suggestions)';
  if (group.startsWith('src/data/')) return 'data layer (context, page story, loader)';
  if (group.startsWith('src/shared/')) return 'shared (define, events, errors)';
  return group.startsWith('src/') ? 'other kit code' : `other: ${group}`;
}

/**
 * Rebuilds dist/coalition-widgets.js with the kit's own rollup config and a source map, then
 * attributes every output character to the file it came from: package for dependencies, file for src/.
 */
export async function bundleBreakdown(root, dist = join(root, 'dist')) {
  const { rollup } = await import(join(root, 'node_modules', 'rollup', 'dist', 'es', 'rollup.js'));
  const previous = process.cwd();
  process.chdir(root);
  try {
    const config = (await import(`${join(root, 'rollup.config.mjs')}?${Date.now()}`)).default;
    const options = config.find((entry) => entry.output?.entryFileNames === 'coalition-widgets.js') ?? config[0];
    // A transform that returns no map (the kit's Trusted Types rewrite of lit-html) would garble the
    // mappings after it; returning map: null instead keeps the module's own positions, near enough.
    const plugins = options.plugins.map((plugin) => {
      const transform = typeof plugin.transform === 'function' ? plugin.transform : plugin.transform?.handler;
      if (!transform) return plugin;
      return {
        ...plugin,
        async transform(...args) {
          const result = await transform.apply(this, args);
          if (typeof result === 'string') return { code: result, map: null };
          if (result && typeof result === 'object' && !('map' in result)) return { ...result, map: null };
          return result;
        },
      };
    });
    const bundle = await rollup({ ...options, plugins, onwarn: () => {} });
    const { output } = await bundle.generate({ ...options.output, file: undefined, dir: undefined, sourcemap: true });
    await bundle.close();
    const chunk = output.find((item) => item.type === 'chunk' && item.isEntry);
    const code = chunk.code.replace(/\/\/# sourceMappingURL=\S+\n?$/, '');
    const map = chunk.map;
    const lines = decodeMappings(map.mappings);
    const codeLines = code.split('\n');
    const byGroup = new Map();
    const textByGroup = new Map();
    // A line with no mapping at its start continues the previous line (a multi-line template literal).
    let current = '(unmapped)';
    codeLines.forEach((text, lineIndex) => {
      const segments = lines[lineIndex] ?? [];
      let cursor = 0;
      const take = (until) => {
        if (until <= cursor) return;
        const piece = text.slice(cursor, until);
        byGroup.set(current, (byGroup.get(current) ?? 0) + Buffer.byteLength(piece));
        textByGroup.set(current, (textByGroup.get(current) ?? '') + piece);
        cursor = until;
      };
      for (const [column, source] of segments) {
        take(column);
        current = source >= 0 ? groupOf(map.sources[source]) : '(unmapped)';
      }
      take(text.length + 1);
    });
    const total = Buffer.byteLength(code);
    // Where a position of the shipped bundle comes from (for the CPU profiles), when the rebuild is
    // byte for byte the file in dist/.
    // (A source-mapped build names its lazily imported chunk with another hash: ignore the hashes.)
    const withoutHashes = (text) => text.replace(/(chunks\/[\w-]+?)-[\w-]{8}\.js/g, '$1.js');
    const shipped = await readFile(join(dist, chunk.fileName), 'utf8').catch(() => '');
    const sameAsShipped = withoutHashes(shipped) === withoutHashes(code);
    const locate = sameAsShipped
      ? (line, column) => {
          const segments = lines[line] ?? [];
          let found;
          for (const segment of segments) {
            if (segment[0] > column) break;
            found = segment;
          }
          return found && found[1] >= 0 ? { source: groupOf(map.sources[found[1]]), line: found[2] + 1 } : undefined;
        }
      : undefined;
    const categories = new Map();
    for (const [group, bytes] of byGroup)
      categories.set(categoryOf(group), (categories.get(categoryOf(group)) ?? 0) + bytes);
    // The minified bundle has line breaks only inside template literals: html`` indentation the
    // build keeps on purpose (whitespace there can be text). What it costs, as an estimate:
    const collapsed = code.replace(/\n[ \t]+/g, '\n');
    const result = {
      total: compressedSizes(code),
      sameAsShipped,
      templateIndentation: {
        min: total - Buffer.byteLength(collapsed),
        gzip: compressedSizes(code).gzip - compressedSizes(collapsed).gzip,
      },
      categories: [...categories.entries()]
        .map(([category, bytes]) => ({ category, min: bytes, share: bytes / total }))
        .sort((a, b) => b.min - a.min),
      groups: [...byGroup.entries()]
        .map(([group, bytes]) => ({
          group,
          min: bytes,
          share: bytes / total,
          gzipAlone: gzipSync(textByGroup.get(group), { level: 9 }).length,
        }))
        .sort((a, b) => b.min - a.min),
    };
    Object.defineProperty(result, 'locate', { value: locate, enumerable: false });
    return result;
  } finally {
    process.chdir(previous);
  }
}
