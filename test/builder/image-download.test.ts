// The embed builder's image download: the widget the preview shows, as the `coalition-widgets image`
// command draws it (the same file, byte for byte), made only when the editor asks.
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { EmbedBuilder } from '../../src/builder/embed-builder.js';
import '../../src/builder/embed-builder.js';
import { isVisible, shownText } from '../support/reading.js';
import { waitFor } from '../support/waiting.js';

interface Download {
  file: string;
  bytes: Uint8Array;
}

function inShadow<T extends Element = HTMLElement>(builder: EmbedBuilder, selector: string): T {
  const found = builder.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`<embed-builder> renders no ${selector}`);
  return found;
}

async function choose(builder: EmbedBuilder, name: string, value: string) {
  inShadow<HTMLInputElement>(builder, `input[name="${name}"][value="${value}"]`).click();
  await builder.updateComplete;
}

const downloadButton = (builder: EmbedBuilder, format: 'png' | 'svg') =>
  inShadow<HTMLButtonElement>(builder, `button[data-download="${format}"]`);
const imageStatus = (builder: EmbedBuilder) => shownText(inShadow(builder, '[data-image-status]'));

/** What the builder's links downloaded: their clicks are caught here rather than saving files. */
const downloads: Promise<Download>[] = [];

/** Clicks Download `format` and waits for the file (or for the message that it could not be made). */
async function download(builder: EmbedBuilder, format: 'png' | 'svg'): Promise<Download> {
  const before = downloads.length;
  downloadButton(builder, format).click();
  await waitFor(
    () => downloads.length > before || inShadow(builder, '[data-image-status]').classList.contains('blocked'),
    `no ${format} was downloaded`,
    45_000,
  );
  if (downloads.length === before) throw new Error(`no ${format}: ${imageStatus(builder)}`);
  return downloads[before];
}

/** The command line the builder shows, as the words a POSIX shell passes it (quotes and escapes undone). */
function commandWords(builder: EmbedBuilder): string[] {
  const line = inShadow(builder, '[data-image-command]').textContent;
  const words: string[] = [];
  let word: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (/\s/.test(char)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (char === "'") {
      const end = line.indexOf("'", i + 1);
      word = (word ?? '') + line.slice(i + 1, end);
      i = end;
    } else if (char === '\\') {
      word = (word ?? '') + line[++i];
    } else {
      word = (word ?? '') + char;
    }
  }
  if (word !== undefined) words.push(word);
  expect(words.slice(0, 2)).to.deep.equal(['npx', 'coalition-widgets']);
  return words.slice(2);
}

/** What the command the builder shows writes (as `format`): its file and text alternative. */
async function commandOutput(
  builder: EmbedBuilder,
  format: 'png' | 'svg',
): Promise<{ bytes: Uint8Array; alt: string }> {
  const words = commandWords(builder);
  const output = words.indexOf('-o') + 1;
  words[output] = words[output].replace(/\.png$/, `.${format}`);
  const { data, alt } = await executeServerCommand<{ data: string; alt: string }, unknown>('image-command', { words });
  return { bytes: Uint8Array.from(atob(data), (char) => char.charCodeAt(0)), alt };
}

/** Whether two files are the same, byte for byte; else where they part (a message, not a dump of bytes). */
function expectSameBytes(actual: Uint8Array, expected: Uint8Array, what: string) {
  const at = actual.findIndex((byte, i) => byte !== expected[i]);
  const parted =
    at < 0 && actual.length === expected.length
      ? 'the same'
      : `${actual.length} and ${expected.length} bytes, apart from byte ${at < 0 ? Math.min(actual.length, expected.length) : at}`;
  expect(parted, what).to.equal('the same');
}

/** A PNG's size in pixels, from its header. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const header = new DataView(bytes.buffer, bytes.byteOffset);
  expect([...bytes.slice(1, 4)].map((byte) => String.fromCharCode(byte)).join(''), 'a PNG').to.equal('PNG');
  return { width: header.getUint32(16), height: header.getUint32(20) };
}

/** An SVG's size in CSS pixels, from its root's attributes. */
function svgSize(bytes: Uint8Array): { width: number; height: number } {
  const svg = new DOMParser().parseFromString(new TextDecoder().decode(bytes), 'image/svg+xml').documentElement;
  return { width: Number(svg.getAttribute('width')), height: Number(svg.getAttribute('height')) };
}

/** The mean brightness (0-255) of an image's pixels: a dark card is far below a light one. */
async function brightness(bytes: Uint8Array, type: string): Promise<number> {
  const bitmap = await createImageBitmap(new Blob([bytes as BlobPart], { type }));
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d')!;
  context.drawImage(bitmap, 0, 0);
  const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
  let sum = 0;
  for (let i = 0; i < data.length; i += 4) sum += (data[i] + data[i + 1] + data[i + 2]) / 3;
  return sum / (data.length / 4);
}

describe('<embed-builder> image download', function () {
  // The first image loads satori and resvg (wasm) in a worker: seconds on two shared cores.
  this.timeout(90_000);
  let builder: EmbedBuilder;

  before(() => {
    Object.defineProperty(HTMLAnchorElement.prototype, 'click', {
      configurable: true,
      value(this: HTMLAnchorElement) {
        const file = this.download;
        downloads.push(
          fetch(this.href)
            .then((response) => response.arrayBuffer())
            .then((buffer) => ({ file, bytes: new Uint8Array(buffer) })),
        );
      },
    });
  });

  after(() => delete (HTMLAnchorElement.prototype as Partial<HTMLAnchorElement>).click);

  beforeEach(async () => {
    builder = await fixture<EmbedBuilder>(
      html`<embed-builder image-maker-url="/dist/image/image-worker.js"></embed-builder>`,
    );
  });

  afterEach(() => document.documentElement.removeAttribute('data-theme'));

  it('downloads a PNG twice the width and height of the widget, the command’s PNG byte for byte (a post at most 550 px wide, as X draws one)', async () => {
    await choose(builder, 'quote', 'healey-post');
    await choose(builder, 'theme', 'dark');

    const png = await download(builder, 'png');
    const svg = await download(builder, 'svg');
    const command = await commandOutput(builder, 'png');

    const { width, height } = svgSize(svg.bytes);
    expect(width, 'a post card is at most 550 px wide, as on the page, when 600 px is asked for').to.equal(550);
    expect(pngSize(png.bytes)).to.deep.equal({ width: 2 * width, height: Math.round(2 * height) });
    expect(png.file).to.equal('quote-card-healey-post-600px-dark.png');
    expectSameBytes(png.bytes, command.bytes, 'the command’s PNG');
    expect(imageStatus(builder)).to.match(/^Downloaded quote-card-healey-post-600px-dark\.svg \(550×\d+ CSS pixels/);
  });

  it('downloads an SVG equal to the command’s, with a text alternative that holds the widget’s facts', async () => {
    // The heading's quote mark and spaces also check that the command line quotes them for a shell.
    await choose(builder, 'widget', 'satellite-compare');
    await choose(builder, 'image-width', '360');
    await choose(builder, 'highlight', 'UK');
    const heading = inShadow<HTMLInputElement>(builder, 'input[name="heading"]');
    heading.value = "The UK's 6 satellites";
    heading.dispatchEvent(new Event('change', { bubbles: true }));
    await builder.updateComplete;

    const svg = await download(builder, 'svg');
    const command = await commandOutput(builder, 'svg');
    await builder.updateComplete;
    const alt = inShadow(builder, '[data-image-alt]').textContent;

    expect(svgSize(svg.bytes).width).to.equal(360);
    expectSameBytes(svg.bytes, command.bytes, 'the command’s SVG');
    expect(alt, 'the command’s text alternative').to.equal(command.alt.trimEnd());
    expect(alt).to.include("The UK's 6 satellites");
    expect(alt).to.include('United States: 249');
    expect(alt).to.include('United Kingdom: 6');
    expect(isVisible(inShadow(builder, '[data-image-alt]')), 'shown for copying').to.equal(true);
  });

  it('draws the preview’s colours: light, dark, and for theme="auto" the page’s scheme', async () => {
    await choose(builder, 'widget', 'coalition-summary');
    await choose(builder, 'layout', 'compact');
    const light = await download(builder, 'png');

    await choose(builder, 'theme', 'dark');
    const dark = await download(builder, 'png');

    document.documentElement.setAttribute('data-theme', 'dark');
    await choose(builder, 'theme', 'auto');
    const auto = await download(builder, 'png');

    expect(await brightness(light.bytes, 'image/png')).to.be.above(200);
    expect(await brightness(dark.bytes, 'image/png')).to.be.below(60);
    expect(auto.file).to.equal('coalition-summary-600px-dark.png');
    expectSameBytes(auto.bytes, dark.bytes, 'the dark page’s image is the dark one');
    expect(commandWords(builder)).to.include('theme=dark');
  });

  it('loads nothing for images until the editor asks for one', async () => {
    const started: string[] = [];
    const NativeWorker = window.Worker;
    window.Worker = class extends NativeWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        started.push(String(url));
      }
    };
    try {
      const fresh = await fixture<EmbedBuilder>(
        html`<embed-builder image-maker-url="/dist/image/image-worker.js"></embed-builder>`,
      );
      await choose(fresh, 'widget', 'satellite-compare');
      expect(
        started.filter((url) => url.includes('image-worker')),
        'before the click',
      ).to.deep.equal([]);

      await download(fresh, 'svg');

      expect(started.filter((url) => url.includes('image-worker'))).to.deep.equal(['/dist/image/image-worker.js']);
    } finally {
      window.Worker = NativeWorker;
    }
  });

  it('turns the downloads off, with the reason beside them, while the preview shows an error', async () => {
    const buttons = () => [downloadButton(builder, 'png'), downloadButton(builder, 'svg')];
    const storyLink = (value: string) => {
      const field = inShadow<HTMLInputElement>(builder, 'input[name="story-link"]');
      field.value = value;
      field.dispatchEvent(new Event('change', { bubbles: true }));
    };
    expect(buttons().map((button) => button.disabled)).to.deep.equal([false, false]);

    storyLink('ftp://example.org/story');
    await waitFor(() => buttons().every((button) => button.disabled), 'the downloads stayed on');

    for (const button of buttons()) {
      const reason = builder.shadowRoot!.getElementById(button.getAttribute('aria-describedby')!)!;
      expect(shownText(reason)).to.include('story-link="ftp://example.org/story" is not a web address');
      expect(isVisible(reason), 'the reason is visible').to.equal(true);
    }

    storyLink('https://example.org/story');
    await waitFor(() => buttons().every((button) => !button.disabled), 'the downloads stayed off');
  });

  it('says which file is missing when the fonts cannot be loaded, and the builder goes on working', async () => {
    const broken = await fixture<EmbedBuilder>(
      html`<embed-builder image-maker-url="/test/fixtures/image-without-fonts/image-worker.js"></embed-builder>`,
    );

    const failure = await download(broken, 'png').catch((error: Error) => error);

    expect(failure).to.be.instanceOf(Error);
    await broken.updateComplete;
    const status = inShadow(broken, '[data-image-status]');
    expect(shownText(status)).to.match(
      /^Could not make the image: \/test\/fixtures\/image-without-fonts\/fonts\/inter-latin-\d+-\w+\.woff could not be loaded \(404/,
    );
    expect(isVisible(status)).to.equal(true);
    expect(downloadButton(broken, 'png').disabled, 'the editor may try again').to.equal(false);
    expect(inShadow<HTMLButtonElement>(broken, 'button[data-copy="script"]').disabled).to.equal(false);
  });

  it('says what to change when the image maker is served with a policy that forbids WebAssembly', async () => {
    const broken = await fixture<EmbedBuilder>(
      html`<embed-builder image-maker-url="/test/fixtures/image-strict-csp/image-worker.js"></embed-builder>`,
    );

    const failure = await download(broken, 'svg').catch((error: Error) => error);

    expect(failure).to.be.instanceOf(Error);
    expect(imageStatus(broken)).to.equal(
      'Could not make the image: the Content-Security-Policy that /test/fixtures/image-strict-csp/image-worker.js ' +
        "is served with does not let it run WebAssembly (its script-src needs 'wasm-unsafe-eval'). The snippets above still work.",
    );
  });

  it('says so when the image maker is missing', async () => {
    const broken = await fixture<EmbedBuilder>(
      html`<embed-builder image-maker-url="/dist/image/no-such-worker.js"></embed-builder>`,
    );

    const failure = await download(broken, 'svg').catch((error: Error) => error);

    expect(failure).to.be.instanceOf(Error);
    expect(imageStatus(broken)).to.equal(
      'Could not make the image: the image maker did not start. The snippets above still work.',
    );
    expect(downloadButton(broken, 'svg').disabled).to.equal(false);
  });
});
