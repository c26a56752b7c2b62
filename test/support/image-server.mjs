// `executeServerCommand('compare-image', { image: { tag, attributes }, widget?, width })`: the image the
// `coalition-widgets image` command makes (the built command, at scale 1) against a Chromium screenshot of
// the widget itself (the built kit, test/fixtures/publish/image-compare.html, its text in the image's
// font), `widget` defaulting to the image's own. Answers the two sizes and how far apart they look:
// both are cut into 16 px squares, and each square's mean colour compared (0-255).
// IMAGE_PAIRS=<folder> keeps each image and screenshot there.
// `executeServerCommand('publish', …)` writes an embed folder with the built command, and
// `executeServerCommand('image-command', …)` runs the image command the embed builder shows (below).
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as puppeteer from 'puppeteer-core';
import { chromiumFlags, chromiumPath } from '../../scripts/debian-browsers.mjs';

const execFileAsync = promisify(execFile);
const BLOCK = 16;

export function imagePlugin() {
  let origin;
  let browser;
  const answers = new Map();

  async function image(tag, attributes, width, folder) {
    const file = join(folder, 'image.png');
    const words = Object.entries(attributes).map(([name, value]) => `${name}=${value}`);
    const started = performance.now();
    await execFileAsync(process.execPath, [
      'bin/coalition-widgets.mjs',
      'image',
      tag,
      ...words,
      '--width',
      String(width),
      '--scale',
      '1',
      '-o',
      file,
    ]);
    const ms = Math.round(performance.now() - started);
    return { png: await readFile(file), alt: await readFile(join(folder, 'image.txt'), 'utf8'), ms };
  }

  async function compare({ image: drawn, widget = drawn, width }) {
    if (!browser?.connected) {
      browser = await puppeteer.launch({ executablePath: chromiumPath, args: chromiumFlags, headless: true });
    }
    const folder = await mkdtemp(join(tmpdir(), 'widget-image-'));
    const page = await browser.newPage();
    try {
      const made = await image(drawn.tag, drawn.attributes, width, folder);
      await page.setViewport({ width: width + 40, height: 800, deviceScaleFactor: 1 });
      const query = new URLSearchParams({ tag: widget.tag, attributes: JSON.stringify(widget.attributes), width });
      await page.goto(`${origin}/test/fixtures/publish/image-compare.html?${query}`);
      await page.evaluate('window.ready');
      const card = await page.evaluateHandle(
        `document.querySelector('#column > *').shadowRoot.querySelector('[part~="base"]')`,
      );
      const shot = await card.screenshot({ encoding: 'base64' });
      // IMAGE_PAIRS=dir keeps each pair, to look at side by side.
      if (process.env.IMAGE_PAIRS) {
        const name = `${widget.tag}-${Object.values(widget.attributes).join('-')}-${width}`.replace(/[^\w-]+/g, '_');
        await mkdir(process.env.IMAGE_PAIRS, { recursive: true });
        await writeFile(join(process.env.IMAGE_PAIRS, `${name}.image.png`), made.png);
        await writeFile(join(process.env.IMAGE_PAIRS, `${name}.chromium.png`), Buffer.from(shot, 'base64'));
      }
      const measured = await page.evaluate(
        (...args) => globalThis.measure(...args),
        made.png.toString('base64'),
        shot,
        BLOCK,
      );
      return { ...measured, alt: made.alt, imageBytes: made.png.length, imageMs: made.ms };
    } finally {
      await page.close().catch(() => undefined); // the browser may be gone with the test run
      await rm(folder, { recursive: true, force: true });
    }
  }

  return {
    name: 'widget-image',
    serverStart({ config }) {
      origin = `http://${config.hostname ?? 'localhost'}:${config.port}`;
    },
    async serverStop() {
      await browser?.close();
    },
    executeCommand({ command, payload }) {
      if (command === 'publish') return publishFolder(payload);
      if (command === 'image-command') return imageCommand(payload);
      if (command !== 'compare-image') return undefined;
      // The same comparison for every browser the tests run in: made once.
      const key = JSON.stringify(payload);
      if (!answers.has(key)) {
        const answer = compare(payload);
        answers.set(key, answer);
        answer.catch(() => answers.delete(key)); // a failure is tried again, not kept
      }
      return answers.get(key);
    },
  };
}

/**
 * `executeServerCommand('image-command', { words })`: runs the built `coalition-widgets image` with `words`
 * (as the embed builder shows the command, without `npx coalition-widgets`), writing to a file of its own
 * whatever `-o` names; answers the file (base64) and the text alternative written beside it.
 */
async function imageCommand({ words }) {
  if (words[0] !== 'image' || !words.includes('-o')) throw new Error(`not an image command: ${words.join(' ')}`);
  const folder = await mkdtemp(join(tmpdir(), 'builder-image-'));
  try {
    const output = join(folder, `image${words[words.indexOf('-o') + 1].slice(-4)}`);
    const args = words.map((word, i) => (words[i - 1] === '-o' ? output : word));
    await execFileAsync(process.execPath, ['bin/coalition-widgets.mjs', ...args]);
    return {
      data: (await readFile(output)).toString('base64'),
      alt: await readFile(join(folder, 'image.txt'), 'utf8'),
    };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/**
 * The builder's image files (dist/image/) as two broken servers answer them:
 * /test/fixtures/image-without-fonts/<file>, with no fonts/ beside them, and
 * /test/fixtures/image-strict-csp/<file>, each with a Content-Security-Policy that allows no WebAssembly.
 */
export async function brokenImageFilesMiddleware(context, next) {
  const [, broken, file] = /^\/test\/fixtures\/image-(without-fonts|strict-csp)\/(.+)$/.exec(context.path) ?? [];
  if (!broken) return next();
  if (broken === 'without-fonts' && file.startsWith('fonts/')) {
    context.status = 404;
    context.body = 'Not found (test/support/image-server.mjs)';
    return undefined;
  }
  context.path = `/dist/image/${file}`;
  await next();
  if (broken === 'strict-csp')
    context.set('Content-Security-Policy', "default-src 'none'; script-src 'self'; connect-src 'self'");
  return undefined;
}

/**
 * `executeServerCommand('publish', { name, tag, attributes, url, story })`: runs the built
 * `coalition-widgets publish` into tmp/publish-<name>/ (served at that path), once per name.
 */
const published = new Map();
function publishFolder({ name, tag, attributes, url, story }) {
  if (!published.has(name)) {
    const words = Object.entries(attributes).map(([key, value]) => `${key}=${value}`);
    const args = ['bin/coalition-widgets.mjs', 'publish', tag, ...words, '-o', `tmp/publish-${name}`, '--url', url];
    if (story) args.push('--story', story);
    published.set(
      name,
      execFileAsync(process.execPath, args).then(({ stderr }) => ({ log: stderr })),
    );
  }
  return published.get(name);
}
