/// <reference types="node" />
// `coalition-widgets publish`: a static embed folder for one widget, to serve anywhere. Sites whose
// authors can paste only a URL (WordPress, Ghost and others that read oEmbed) find oembed.json through
// the page's discovery link and embed the iframe it gives; newsletters and apps take the image; data
// desks take the CSV.
//   index.html   the embed page, the widget pre-rendered in it (it reads without JavaScript) and the kit
//   oembed.json  oEmbed 1.0, type rich: the iframe, its width and height, a title, the image as thumbnail
//   image.png    the widget as a still image (2x), image.txt its text alternative
//   data.csv     the figures or the quote the widget shows
//   the kit's files the page loads (coalition-widgets.js, its chunks, embed-page.js, embed.css)
import { createHash } from 'node:crypto';
import { cp, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prerender } from './prerender.js';
import { toPng, widgetImage } from './image.js';
import { widgetCatalog, type WidgetTag } from '../embed/widget-catalog.js';
import { escapeHtml } from '../embed/markup.js';
import type { Story } from '../story/story-schema.js';
import { defaultStory } from '../story/default-story.js';
import { widgetCsv } from '../story/csv.js';

export interface PublishOptions {
  tag: WidgetTag;
  attributes: Record<string, string>;
  /** The story to show: written into the page; the page's own default story unless given. */
  story?: Story;
  /** Where the folder will be served, ending in `/`: the iframe, the image and the discovery link point there. */
  url: string;
  width: number;
}

export interface OEmbed {
  version: '1.0';
  type: 'rich';
  html: string;
  width: number;
  height: number;
  title: string;
  provider_name: string;
  cache_age: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
}

/** The built kit (dist/), beside this file's folder (dist/lib/publish/). */
const kitFolder = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `'sha256-…'` of each distinct `<style>` in the page: the CSP allows exactly those. */
export function styleHashes(html: string): string[] {
  const texts = new Set([...html.matchAll(/<style>([^]*?)<\/style>/g)].map((match) => match[1]));
  return [...texts].map((text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`);
}

/** Writes the embed folder into `folder`; answers its oEmbed answer and what it wrote, with sizes. */
export async function publish(
  folder: string,
  { tag, attributes, story: given, url, width }: PublishOptions,
): Promise<{ oembed: OEmbed; files: { name: string; bytes: number }[]; problems: string[] }> {
  const story = given ?? defaultStory;
  const entry = widgetCatalog[tag];
  const title = attributes.heading ? `${entry.pageTitle}: ${attributes.heading}` : entry.title(story, attributes);
  await mkdir(join(folder, 'chunks'), { recursive: true });

  // The widget, pre-rendered as the prerender command does it, from the story given inline.
  const written = Object.entries(attributes)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`))
    .join('');
  const bare = `<${tag}${written} data-coalition-widget></${tag}>`;
  const inline = given && `<script type="application/json">${JSON.stringify(given).replace(/</g, '\\u003c')}</script>`;
  const widget = inline ? `<coalition-data>${inline}${bare}</coalition-data>` : bare;
  const rendered = await prerender(widget, { page: join(folder, 'index.html'), root: folder });

  const template = await readFile(join(kitFolder, 'embed.html'), 'utf8');
  const theme = attributes.theme === 'dark' ? 'dark' : 'light';
  const image = await widgetImage(tag, attributes, { story, width, theme });
  const png = await toPng(image.svg, 2);
  const oembed: OEmbed = {
    version: '1.0',
    type: 'rich',
    html: `<iframe src="${escapeHtml(url)}" title="${escapeHtml(title)}" width="${width}" height="${Math.ceil(image.height)}" loading="lazy" frameborder="0" data-coalition-widgets></iframe>`,
    width,
    height: Math.ceil(image.height),
    title,
    provider_name: 'coalition-widgets',
    cache_age: 3600,
    thumbnail_url: new URL('image.png', url).href,
    thumbnail_width: Math.round(image.width * 2),
    thumbnail_height: Math.round(image.height * 2),
  };
  const page = template
    .replace('<html lang="en">', `<html lang="en" data-theme="${theme}">`)
    .replace(/style-src 'self'/, `style-src 'self' ${styleHashes(rendered.html).join(' ')}`)
    .replace(
      /<title>[^]*?<\/title>/,
      `<title>${escapeHtml(title)}: Coalition of the Willing</title>\n    <link rel="alternate" type="application/json+oembed" href="${escapeHtml(new URL('oembed.json', url).href)}" title="${escapeHtml(title)}" />`,
    )
    .replace(
      /<main>[^]*<\/main>/,
      `<main>\n      <h1 class="visually-hidden">${escapeHtml(entry.pageTitle)}: Coalition of the Willing</h1>\n      ${rendered.html}\n    </main>`,
    );

  const files: [string, string | Buffer][] = [
    ['index.html', page],
    ['oembed.json', `${JSON.stringify(oembed, null, 2)}\n`],
    ['image.png', png],
    ['image.txt', `${image.alt}\n`],
    ['data.csv', widgetCsv(tag, attributes, story)],
  ];
  for (const [name, data] of files) await writeFile(join(folder, name), data);
  // The kit, as the page loads it: the bundle, its chunks (a story's checker, Lit's hydration), the embed page's script.
  for (const name of ['coalition-widgets.js', 'embed-page.js', 'embed.css']) {
    await cp(join(kitFolder, name), join(folder, name));
  }
  const chunks = await readdir(join(kitFolder, 'chunks'));
  for (const name of chunks) await cp(join(kitFolder, 'chunks', name), join(folder, 'chunks', name));

  const sizes = await Promise.all(
    [
      ...files.map(([name]) => name),
      'coalition-widgets.js',
      'embed-page.js',
      'embed.css',
      ...chunks.map((name) => `chunks/${name}`),
    ].map(async (name) => ({ name, bytes: (await readFile(join(folder, name))).length })),
  );
  return { oembed, files: sizes, problems: rendered.problems };
}
