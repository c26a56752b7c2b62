// The embed builder's image download, in a worker (dist/image/image-worker.js, started at the editor's
// first click): the widget drawn by the code of the `coalition-widgets image` command
// (src/publish/draw-widget.ts), so the builder's SVG is the command's, byte for byte; its PNG made by
// resvg as the command's is (resvg-wasm here, resvg-js there: the same PNG, byte for byte, in Chromium and
// Firefox). What it needs is fetched from beside this file on first use: satori's layout engine
// (layout.wasm) and Inter (fonts/) for any image, resvg (resvg.wasm, 0.95 MB gzip) only for a PNG.
// Answers each message `{ id, ...ImageRequest }` with `{ id, data, alt, width, height }`, or `{ id, error }`.
import satori, { init as initSatori } from 'satori/standalone';
import { initWasm as initResvg, Resvg } from '@resvg/resvg-wasm';
import { drawWidget, FONT_FILES, type Font, type Theme } from '../publish/draw-widget.js';
import type { Story } from '../story/story-schema.js';

export interface ImageRequest {
  tag: string;
  attributes: Record<string, string>;
  story: Story;
  width: number;
  theme: Theme;
  format: 'svg' | 'png';
  /** Device pixels per CSS pixel, for a PNG. */
  scale: number;
}

export interface MadeImage {
  /** The SVG's text, or the PNG's bytes. */
  data: string | Uint8Array;
  alt: string;
  /** In CSS pixels. */
  width: number;
  height: number;
}

/** A file beside this one; an answer other than 200 is an error that names the file. */
async function fetched(name: string): Promise<Response> {
  const url = new URL(name, import.meta.url);
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new Error(`${url.pathname} could not be loaded (no answer from the server)`);
  }
  if (!response.ok)
    throw new Error(`${url.pathname} could not be loaded (${response.status} ${response.statusText})`.trim());
  return response;
}

/** Loads once, and again after a failure (a file may be back). */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}

const drawingReady = once(async (): Promise<Font[]> => {
  const fonts = Promise.all(
    FONT_FILES.map(async ({ weight, style, file }) => ({
      name: 'Inter',
      data: await (await fetched(`fonts/${file}`)).arrayBuffer(),
      weight,
      style,
    })),
  );
  await Promise.all([fetched('layout.wasm').then((response) => initSatori(response)), fonts]);
  return fonts;
});

const resvgReady = once(async () => initResvg(await fetched('resvg.wasm')));

async function makeImage({ tag, attributes, story, width, theme, format, scale }: ImageRequest): Promise<MadeImage> {
  const fonts = await drawingReady();
  const image = await drawWidget(satori, fonts, tag, attributes, { story, width, theme });
  if (format === 'svg') return { data: image.svg, alt: image.alt, width: image.width, height: image.height };
  await resvgReady();
  // As the command's toPng (src/publish/image.ts) does it.
  const png = new Resvg(image.svg, { fitTo: { mode: 'zoom', value: scale }, font: { loadSystemFonts: false } })
    .render()
    .asPng();
  return { data: png, alt: image.alt, width: image.width, height: image.height };
}

async function answer({ data: { id, ...request } }: MessageEvent<{ id: number } & ImageRequest>) {
  try {
    const made = await makeImage(request);
    postMessage({ id, ...made }, { transfer: typeof made.data === 'string' ? [] : [made.data.buffer as ArrayBuffer] });
  } catch (error) {
    postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
}

addEventListener('message', (event: MessageEvent<{ id: number } & ImageRequest>) => void answer(event));
