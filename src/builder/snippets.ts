import type { Story } from '../story/story-schema.js';
import { toSearchParams, withoutScriptId, type EmbedOptions } from '../embed/embed-options.js';
import { optionsOf, widgetCatalog } from '../embed/widget-catalog.js';
import { widgetHeights } from '../embed/widget-heights.js';
import { escapeHtml, indent } from '../embed/markup.js';
import { sizeKitIframes } from '../embed/size-iframes.js';

/** Where the kit's built files are served from, e.g. `https://example.org/coalition-widgets/dist/`. */
export type KitUrl = string;

/**
 * A height that fits the widget on a phone (its tallest), so an iframe starts close to right: the
 * measured height of the same layout or quote, else the tallest the widget was measured at.
 */
function iframeHeight({ widget, attributes }: EmbedOptions): number {
  const measured = widgetHeights[widget];
  const same = measured.find((entry) =>
    optionsOf(widget).every(
      (option) => !option.changesHeight || entry.attributes[option.name] === attributes[option.name],
    ),
  );
  return same?.phone ?? Math.max(...measured.map((entry) => entry.phone));
}

/**
 * The script + tag snippet: a script line that is safe to paste in every block, and the tag with
 * readable fallback content inside, for readers without JavaScript and for search engines. Given
 * the widget pre-rendered by the kit's renderer (`shadow`: its declarative shadow root), the tag also
 * carries it: the page shows the widget at its final size before the kit arrives, and the kit
 * hydrates it once the widget's story is there (or draws it anew, should that story have changed).
 */
export function scriptSnippet(
  options: EmbedOptions,
  story: Story | undefined,
  kitUrl: KitUrl,
  shadow?: string,
): string {
  const script = `<script type="module" src="${escapeHtml(new URL('coalition-widgets.js', kitUrl).href)}"></script>`;
  // The copy is written as the renderer wrote it, not indented: the same copy as the command's.
  const copy = shadow ? `\n  ${shadow}` : '';
  const widget = `<${options.widget}${options.lang ? ` lang="${escapeHtml(options.lang)}"` : ''}${attributesOf(options)}>${copy}\n${indent(fallbackFor(options, story))}\n</${options.widget}>`;
  return `${script}\n${options.src ? `<coalition-data src="${escapeHtml(options.src)}">\n${indent(widget)}\n</coalition-data>` : widget}`;
}

/**
 * The iframe snippet, for CMSs that strip the kit's script: the embed page with the options in its
 * URL, and a few lines of script that give it the height of its content, with nothing added to the
 * site's template (safe to paste many times: the first one listens for all). Where scripts are
 * stripped or off, it starts at the height the widget takes on a phone (`phoneHeight`, measured in
 * the builder's phone preview, where it is taller than the table's English one: another language, the
 * editor's heading, credit or link) and may scroll rather than cut anything off. With the default
 * story, the URL also names after `#` the copy of the widget's facts the embed page keeps for readers
 * without JavaScript.
 */
export function iframeSnippet(
  options: EmbedOptions,
  story: Story | undefined,
  kitUrl: KitUrl,
  phoneHeight = 0,
): string {
  const withoutScript = options.src ? '' : `#${withoutScriptId(options.widget, options.attributes)}`;
  const url = new URL(`embed.html?${toSearchParams(options)}${withoutScript}`, kitUrl).href;
  return (
    `<iframe src="${escapeHtml(url)}" title="${escapeHtml(titleOf(options, story))}"${transparentStyle(options)} ` +
    `width="100%" height="${Math.max(iframeHeight(options), phoneHeight)}" loading="lazy" frameborder="0" data-coalition-widgets></iframe>\n` +
    `<script>(${anonymous(sizeKitIframes)})()</script>`
  );
}

/**
 * A see-through iframe shows the page behind it only when the iframe element and the embed page
 * agree on their colour scheme; browsers paint an opaque backdrop where they differ (a dark widget
 * in a light article). The iframe element is given the widget's scheme.
 */
function transparentStyle({ background, attributes }: EmbedOptions): string {
  if (background !== 'transparent') return '';
  const scheme = { dark: 'dark', auto: 'light dark' }[attributes.theme ?? ''] ?? 'light';
  return ` style="color-scheme: ${scheme}"`;
}

/**
 * A function's source without its name, which the minifier picks anew with each build: the snippet,
 * and README's copy of it, stay the same from build to build.
 */
function anonymous(code: () => void): string {
  return code.toString().replace(/^function\s*[\w$]*/, 'function');
}

/** The one line a page template needs so that every kit iframe takes the height of its content. */
export function hostScriptSnippet(kitUrl: KitUrl): string {
  return `<script src="${escapeHtml(new URL('embed-host.js', kitUrl).href)}" async></script>`;
}

/** ` quote="healey-post" hide-headline`: a boolean attribute ('') is written bare. */
function attributesOf(options: EmbedOptions): string {
  return Object.entries(options.attributes)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
}

function titleOf(options: EmbedOptions, story: Story | undefined): string {
  const { heading } = options.attributes;
  const entry = widgetCatalog[options.widget];
  return heading ? `${entry.pageTitle}: ${heading}` : entry.title(story, options.attributes);
}

/** The facts of the widget as plain HTML, escaped: what a reader sees before the kit runs. */
export function fallbackContent(options: EmbedOptions, story: Story | undefined): string {
  return story ? widgetCatalog[options.widget].fallback(story, options.attributes) : '';
}

/**
 * The fallback content inside a widget given a language: its words are the story's (English, the
 * kit's, for the default story), marked so, as the widget's `lang` would otherwise claim them.
 */
function fallbackFor(options: EmbedOptions, story: Story | undefined): string {
  const content = fallbackContent(options, story);
  const lang = story?.lang ?? 'en';
  return options.lang && content && options.lang !== lang
    ? `<div lang="${escapeHtml(lang)}">\n${indent(content)}\n</div>`
    : content;
}

/** A word for a POSIX shell: as it is when it needs no quotes, else in single quotes. */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}

/**
 * The `coalition-widgets image` command line that writes the image the builder downloads: the same
 * drawing, for newsrooms that make their images in a script.
 */
export function imageCommand(
  tag: string,
  attributes: Record<string, string>,
  { width, src, file }: { width: number; src?: string; file: string },
): string {
  const words = Object.entries(attributes).map(([name, value]) => (value === '' ? name : `${name}=${value}`));
  const story = src ? ['--story', src] : [];
  return ['npx', 'coalition-widgets', 'image', tag, ...words, '--width', String(width), ...story, '-o', file]
    .map(shellWord)
    .join(' ');
}
