/// <reference types="node" />
// `coalition-widgets image`: a widget as a still image (SVG, or PNG from it) and its text alternative,
// for newsletters, apps and social cards, made without a browser. ./draw-widget.ts draws it (the same
// code draws the embed builder's download); here, in Node, satori and the fonts are read from
// node_modules and resvg rasterises. test/publish/image.test.ts holds each image against a Chromium
// screenshot of the widget itself. The libraries are optional dependencies: without them, this says
// how to add them.
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { drawWidget, FONT_FILES, type Font, type ImageOptions, type Satori, type WidgetImage } from './draw-widget.js';

export type { ImageOptions, Theme, WidgetImage } from './draw-widget.js';

let fonts: Font[] | undefined;

async function loadFonts(): Promise<Font[]> {
  const require = createRequire(import.meta.url);
  return Promise.all(
    FONT_FILES.map(async ({ weight, style, file }) => {
      const data = await readFile(require.resolve(`@fontsource/inter/files/${file}`));
      return {
        name: 'Inter',
        data: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength),
        weight,
        style,
      };
    }),
  );
}

/** Loads an optional dependency, or says how to add it. */
async function optional<T>(name: string): Promise<T> {
  try {
    return (await import(name)) as T;
  } catch {
    throw new Error(
      `the image needs the optional package ${name}: install it with npm install ${name} (npm installs it with the kit unless optional packages are left out)`,
    );
  }
}

/** The widget `<tag attributes>` showing `story`, drawn as an SVG (its text as shapes: no fonts needed to show it). */
export async function widgetImage(
  tag: string,
  attributes: Record<string, string>,
  options: ImageOptions,
): Promise<WidgetImage> {
  const { default: satori } = await optional<{ default: Satori }>('satori');
  fonts ??= await loadFonts();
  return drawWidget(satori, fonts, tag, attributes, options);
}

/** The SVG as a PNG, `scale` device pixels per CSS pixel. */
export async function toPng(svg: string, scale = 2): Promise<Buffer> {
  const { Resvg } = await optional<typeof import('@resvg/resvg-js')>('@resvg/resvg-js');
  return new Resvg(svg, { fitTo: { mode: 'zoom', value: scale }, font: { loadSystemFonts: false } }).render().asPng();
}
