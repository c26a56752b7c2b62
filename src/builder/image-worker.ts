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

/**
 * A file beside this one, whole; an answer other than 200 is an error that names the file. The engines
 * get bytes, not the answer: their fallback from streaming compilation re-reads an answer that the failed
 * attempt used up ("Body is disturbed or locked" in WebKit, hiding why it failed).
 */
async function fetched(name: string): Promise<ArrayBuffer> {
  const url = new URL(name, import.meta.url);
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new Error(`${url.pathname} could not be loaded (no answer from the server)`);
  }
  const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
  if (!response.ok) throw new Error(`${url.pathname} could not be loaded (${status})`);
  return response.arrayBuffer();
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

const layoutReady = once(async () => initSatori(await fetched('layout.wasm')));
const fontsReady = once((): Promise<Font[]> =>
  Promise.all(
    FONT_FILES.map(async ({ weight, style, file }) => ({
      name: 'Inter',
      data: await fetched(`fonts/${file}`),
      weight,
      style,
    })),
  ),
);

const resvgReady = once(async () => initResvg(await fetched('resvg.wasm')));

async function makeImage({ tag, attributes, story, width, theme, format, scale }: ImageRequest): Promise<MadeImage> {
  const [, fonts] = await Promise.all([layoutReady(), fontsReady()]);
  const image = await drawWidget(satori, fonts, tag, attributes, { story, width, theme });
  if (format === 'svg') return { data: image.svg, alt: image.alt, width: image.width, height: image.height };
  await resvgReady();
  // As the command's toPng (src/publish/image.ts) does it.
  const png = new Resvg(image.svg, { fitTo: { mode: 'zoom', value: scale }, font: { loadSystemFonts: false } })
    .render()
    .asPng();
  return { data: png, alt: image.alt, width: image.width, height: image.height };
}

/** What went wrong, in words for the editor: satori's and resvg's WebAssembly errors made plain. */
function explained(error: unknown): string {
  const message = (error instanceof Error ? error.message : String(error))
    .replace(/\.?\s*Build with -sASSERTIONS for more info\.?$/, '')
    .replace(/^Aborted\((.*)\)$/, '$1');
  return /WebAssembly/i.test(message) && /Content.Security|CSP|unsafe-eval/i.test(message)
    ? `the Content-Security-Policy that ${new URL(import.meta.url).pathname} is served with does not let it run WebAssembly (its script-src needs 'wasm-unsafe-eval')`
    : message;
}

async function answer({ data: { id, ...request } }: MessageEvent<{ id: number } & ImageRequest>) {
  try {
    const made = await makeImage(request);
    postMessage({ id, ...made }, { transfer: typeof made.data === 'string' ? [] : [made.data.buffer as ArrayBuffer] });
  } catch (error) {
    postMessage({ id, error: explained(error) });
  }
}

addEventListener('message', (event: MessageEvent<{ id: number } & ImageRequest>) => void answer(event));
