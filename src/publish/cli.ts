/// <reference types="node" />
// The `coalition-widgets` command (package.json `bin`): publishing the kit's widgets beyond the live
// page. Plain Node, no browser.
import { readFile, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { prerender } from './prerender.js';
import { toPng, widgetImage } from './image.js';
import { publish } from './publish.js';
import { loadStorySource } from './stories.js';
import { renderWidget } from '../ssr/render-widget.js';
import { widgetTags, type WidgetTag } from '../embed/widget-catalog.js';
import type { Story } from '../story/story-schema.js';

const usage = `Usage:
  coalition-widgets prerender <in.html> [-o out.html] [--root <dir>]
      Pre-renders every widget of the kit in an HTML file (to standard output without -o). A story's
      src is read as a file: relative to the page, or, from /, under --root (the site's folder; default .).
  coalition-widgets image <tag> [name=value …] -o <file.png|file.svg> [--width 600] [--scale 2] [--story <file|url>]
      The widget as a still image, --width CSS pixels wide (a PNG has --scale pixels for each: 2 for
      retina screens), light or dark as its theme attribute says; its text alternative in <file>.txt.
  coalition-widgets publish <tag> [name=value …] -o <dir/> --url <where dir/ will be served> [--width 600] [--story <file|url>]
      A static embed folder: the embed page (index.html, the widget pre-rendered, with its oEmbed
      discovery link), oembed.json (type rich), image.png and image.txt, data.csv, and the kit's files.

Attributes are the widget's own (quote=healey-post, layout=compact, highlight=UK, theme=dark).
Exit status: 0 done, 1 a widget shows an error (a story or an option it cannot use), 2 a usage or file error.`;

export class UsageError extends Error {}

/** Splits `args` into positional words and `--name value` / `-o value` options. */
export function readArguments(
  args: string[],
  optionNames: string[],
): { words: string[]; options: Record<string, string> } {
  const words: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const name = arg === '-o' ? 'output' : arg.startsWith('--') ? arg.slice(2) : undefined;
    if (name === undefined) {
      words.push(arg);
      continue;
    }
    if (!optionNames.includes(name)) throw new UsageError(`unknown option ${arg}`);
    const value = args[++i];
    if (value === undefined) throw new UsageError(`${arg} needs a value`);
    options[name] = value;
  }
  return { words, options };
}

async function prerenderCommand(args: string[]): Promise<number> {
  const { words, options } = readArguments(args, ['output', 'root']);
  if (words.length !== 1) throw new UsageError('prerender takes one HTML file');
  const [input] = words;
  let html: string;
  try {
    html = await readFile(input, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${input} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const result = await prerender(html, { page: input, root: options.root ?? '.' });
  for (const warning of result.warnings) console.warn(`warning: ${warning}`);
  for (const problem of result.problems) console.error(`error: ${problem}`);
  if (options.output) await writeFile(options.output, result.html);
  else process.stdout.write(result.html);
  console.warn(
    `prerender: ${result.widgets} widget${result.widgets === 1 ? '' : 's'} pre-rendered${options.output ? ` into ${options.output}` : ''}` +
      `${result.problems.length ? `, ${result.problems.length} in their error state` : ''}.`,
  );
  return result.problems.length ? 1 : 0;
}

/** `name=value` words as attributes (a bare `name` is a boolean attribute). */
function attributesOf(words: string[]): Record<string, string> {
  return Object.fromEntries(
    words.map((word) => {
      const at = word.indexOf('=');
      return at < 0 ? [word, ''] : [word.slice(0, at), word.slice(at + 1)];
    }),
  );
}

function numberOption(options: Record<string, string>, name: string, fallback: number, max: number): number {
  if (options[name] === undefined) return fallback;
  const value = Number(options[name]);
  if (!(value > 0 && value <= max)) throw new UsageError(`--${name} takes a number above 0, at most ${max}`);
  return value;
}

/** The story of `--story` (a file or an http(s) URL), or the default story. */
async function storyOption(options: Record<string, string>): Promise<Story> {
  const loaded = await loadStorySource(options.story === undefined ? {} : { src: options.story }, {
    page: './command-line',
    root: '.',
  });
  if (!loaded.ok) throw new UsageError(loaded.error);
  return loaded.story;
}

/** Checks `<tag attributes>` as the widget would: a problem it would show is an error here. */
function checkWidget(tag: string, attributes: Record<string, string>, story: Story): string | undefined {
  if (!(widgetTags as string[]).includes(tag)) {
    throw new UsageError(`<${tag}> is not a widget of the kit (${widgetTags.map((each) => `<${each}>`).join(', ')})`);
  }
  return renderWidget(tag, attributes, { story, loading: false }).problem;
}

async function imageCommand(args: string[]): Promise<number> {
  const started = performance.now();
  const { words, options } = readArguments(args, ['output', 'width', 'scale', 'story']);
  const [tag, ...rest] = words;
  const output = options.output;
  if (!tag) throw new UsageError('image takes a widget tag');
  if (!output || !['.png', '.svg'].includes(extname(output))) throw new UsageError('-o names a .png or .svg file');
  const width = numberOption(options, 'width', 600, 4000);
  const scale = numberOption(options, 'scale', 2, 4);
  const attributes = attributesOf(rest);
  const story = await storyOption(options);
  const problem = checkWidget(tag, attributes, story);
  if (problem) {
    console.error(`error: <${tag}>: ${problem}`);
    return 1;
  }
  const theme = attributes.theme === 'dark' ? 'dark' : 'light';
  const image = await widgetImage(tag, attributes, { story, width, theme });
  const data = extname(output) === '.png' ? await toPng(image.svg, scale) : image.svg;
  const altFile = output.slice(0, -extname(output).length) + '.txt';
  await writeFile(output, data);
  await writeFile(altFile, `${image.alt}\n`);
  const pixels =
    extname(output) === '.png'
      ? ` (${Math.round(image.width * scale)}×${Math.round(image.height * scale)} pixels)`
      : '';
  console.warn(
    `image: <${tag}> ${image.width}×${Math.round(image.height)} CSS pixels${pixels}, ${theme}: ${output}, ${(data.length / 1024).toFixed(1)} KB; ` +
      `text alternative in ${altFile}; ${Math.round(performance.now() - started)} ms.`,
  );
  return 0;
}

async function publishCommand(args: string[]): Promise<number> {
  const started = performance.now();
  const { words, options } = readArguments(args, ['output', 'url', 'width', 'story']);
  const [tag, ...rest] = words;
  if (!tag) throw new UsageError('publish takes a widget tag');
  if (!options.output) throw new UsageError('-o names the folder to write');
  let url: URL;
  try {
    url = new URL(options.url);
  } catch {
    throw new UsageError('--url names where the folder will be served: an http(s) address');
  }
  if (!/^https?:$/.test(url.protocol)) throw new UsageError('--url names an http(s) address');
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  const width = numberOption(options, 'width', 600, 4000);
  const attributes = attributesOf(rest);
  const story = options.story === undefined ? undefined : await storyOption(options);
  const problem = checkWidget(tag, attributes, story ?? (await storyOption({})));
  if (problem) {
    console.error(`error: <${tag}>: ${problem}`);
    return 1;
  }
  const result = await publish(options.output, { tag: tag as WidgetTag, attributes, story, url: url.href, width });
  for (const each of result.problems) console.error(`error: ${each}`);
  const total = result.files.reduce((sum, file) => sum + file.bytes, 0);
  console.warn(
    `publish: <${tag}> into ${options.output} for ${url.href}: ${result.files.length} files, ${(total / 1024).toFixed(1)} KB ` +
      `(${result.files.map((file) => `${file.name} ${(file.bytes / 1024).toFixed(1)} KB`).join(', ')}); ` +
      `${Math.round(performance.now() - started)} ms.`,
  );
  return result.problems.length ? 1 : 0;
}

const commands: Record<string, (args: string[]) => Promise<number>> = {
  prerender: prerenderCommand,
  image: imageCommand,
  publish: publishCommand,
};

export async function main(args: string[]): Promise<number> {
  const [name, ...rest] = args;
  if (!name || name === '--help' || name === '-h') {
    console.log(usage);
    return name ? 0 : 2;
  }
  const command = commands[name];
  try {
    if (!command) throw new UsageError(`unknown command "${name}"`);
    return await command(rest);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`coalition-widgets ${name}: ${error.message}\n\n${usage}`);
    return 2;
  }
}
