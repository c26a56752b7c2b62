// Tests the example apps in examples/ against the kit as npm would install it.
//
// 1. Packs the built kit (`npm pack`, so only the files package.json publishes) into
//    examples/.kit/coalition-widgets.tgz, which every example depends on as `file:../.kit/…`.
// 2. Per example (react, vue, svelte, angular): `npm ci` when its node_modules is missing or older
//    than its lockfile, else puts the fresh kit tarball in place of the installed one; then its type
//    check (`npm run check`, which includes its negative type tests) and its build (`npm run build`).
// 3. Serves each build on 127.0.0.1 and checks it in Chromium (puppeteer-core, /usr/bin/chromium or CHROME_PATH):
//    the widgets show the story passed as a property (31 countries instead of 30), the quote changes
//    when the app's button changes its state, the theme toggles, and the page shows the kit's
//    `coalition-load` event. examples/plain-html loads the CDN bundle from its jsDelivr URL, which is
//    answered here with the packed kit's dist/coalition-widgets.js.
//
// Usage: node scripts/test-examples.mjs [--only react,vue] [--counts-file FILE]
//        (EXAMPLES_SCREENSHOTS=DIR also saves a screenshot of each page, after its checks;
//         EXAMPLES_JOBS=N prepares N examples at a time, 2 by default)
//        node scripts/test-examples.mjs --update-locks   (after the kit's dependencies change)
// Prints one line per check and `examples: N passed, N failed`; writes `N M` to --counts-file.
// Needs a built kit (`npm run build`). Exit code 1 when a check fails.
import { spawn } from 'node:child_process';
import {
  createReadStream,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { chromiumFlags, chromiumPath } from './debian-browsers.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const examplesDir = join(root, 'examples');
const kitDir = join(examplesDir, '.kit');
const kitTarball = join(kitDir, 'coalition-widgets.tgz');
// The bundle and the chunks it imports on demand, as the CDN would serve them from the package.
const CDN_DIST_FILE = /^https:\/\/cdn\.jsdelivr\.net\/npm\/coalition-widgets@[^/]+\/dist\/((?:chunks\/)?[\w-]+\.js)$/;

// The examples, and where each one's build lands.
const ALL = [
  { name: 'react', out: 'dist' },
  { name: 'vue', out: 'dist' },
  { name: 'svelte', out: 'dist' },
  { name: 'angular', out: 'dist/browser', slow: true }, // started first
  { name: 'plain-html', out: '.', plain: true },
];

const args = process.argv.slice(2);
const arg = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const only = arg('--only')
  ?.split(',')
  .map((s) => s.trim());
const countsFile = arg('--counts-file');
const examples = ALL.filter((e) => !only || only.includes(e.name));
if (only && examples.length !== only.length)
  throw new Error(`--only takes some of: ${ALL.map((e) => e.name).join(',')}`);

const results = { passed: 0, failed: 0 };
const started = Date.now();
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)} s`;

function report(ok, name, detail = '') {
  results[ok ? 'passed' : 'failed'] += 1;
  console.log(`  ${ok ? '✓' : '✗'} ${name}${detail ? `\n      ${detail.trim().replace(/\n/g, '\n      ')}` : ''}`);
}

function finish() {
  console.log(`\nexamples: ${results.passed} passed, ${results.failed} failed (${seconds(started)})`);
  if (countsFile) writeFileSync(countsFile, `${results.passed} ${results.failed}\n`);
  process.exit(results.failed ? 1 : 0);
}

/** Runs a command; resolves { code, output } (stdout and stderr together). */
function run(cmd, cmdArgs, cwd, env = {}) {
  return new Promise((resolvePromise) => {
    const child = spawn(cmd, cmdArgs, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', (error) => resolvePromise({ code: 1, output: `${output}${error.message}` }));
    child.on('close', (code) => resolvePromise({ code: code ?? 1, output }));
  });
}
const npmEnv = {
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  NG_CLI_ANALYTICS: 'false',
};
const lastLines = (text, n = 25) =>
  text
    .split('\n')
    .filter((l) => !/Unknown user config "nodedir"/.test(l))
    .slice(-n)
    .join('\n');

// ---- 1. the kit, packed as npm would publish it ----
const kitFiles = [
  'dist/lib/coalition-widgets.js',
  'dist/coalition-widgets.js',
  'dist/types/react.d.ts',
  'dist/react/index.js',
  'dist/angular/index.js',
];

async function packKit() {
  mkdirSync(kitDir, { recursive: true });
  // Another build may be rewriting dist/ (it starts with `rm -rf dist`): wait for it and retry.
  for (let attempt = 1; ; attempt += 1) {
    const missing = kitFiles.filter((f) => !existsSync(join(root, f)));
    if (missing.length === 0) {
      for (const f of readdirSync(kitDir)) if (f.endsWith('.tgz')) rmSync(join(kitDir, f));
      const packed = await run('npm', ['pack', '--json', '--pack-destination', kitDir], root, npmEnv);
      if (packed.code === 0) {
        const [{ filename, files }] = JSON.parse(packed.output.slice(packed.output.indexOf('[')));
        const inTarball = new Set(files.map((f) => f.path));
        if (kitFiles.every((f) => inTarball.has(f))) {
          renameSync(join(kitDir, filename.replace(/^@.*\//, '')), kitTarball);
          rmSync(join(kitDir, 'package'), { recursive: true, force: true });
          const untar = await run('tar', ['-xzf', kitTarball, '-C', kitDir], root);
          if (untar.code !== 0) throw new Error(`tar: ${untar.output}`);
          return;
        }
      }
    }
    if (attempt === 40)
      throw new Error(
        `cannot pack the kit: missing ${missing.join(', ') || 'files in the tarball'}; run npm run build`,
      );
    await new Promise((r) => setTimeout(r, 3000));
  }
}

// ---- 2. install, type-check, build ----
const kitPackageJson = () => JSON.parse(readFileSync(join(kitDir, 'package/package.json'), 'utf8'));

/** The example's lockfile must name the kit without an integrity hash (the tarball changes with every
 * change to the kit; with a hash, npm ci would refuse it or, worse, reuse an old copy from its cache)
 * and with the kit's current dependencies. */
function lockProblem(dir) {
  const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8'));
  const entry = lock.packages?.['node_modules/coalition-widgets'];
  if (!entry) return 'its package-lock.json has no coalition-widgets';
  if (entry.integrity) return 'its package-lock.json pins the kit tarball by integrity';
  const want = JSON.stringify(kitPackageJson().dependencies ?? {});
  if (JSON.stringify(entry.dependencies ?? {}) !== want) return `the kit's dependencies changed (${want})`;
  return undefined;
}

async function updateLock(dir) {
  const result = await run('npm', ['install', 'coalition-widgets@file:../.kit/coalition-widgets.tgz'], dir, npmEnv);
  if (result.code !== 0) throw new Error(`npm install in ${dir}:\n${lastLines(result.output)}`);
  const file = join(dir, 'package-lock.json');
  const lock = JSON.parse(readFileSync(file, 'utf8'));
  delete lock.packages['node_modules/coalition-widgets'].integrity;
  writeFileSync(file, JSON.stringify(lock, null, 2) + '\n');
  console.log(`updated ${file}`);
}

async function install(example, dir) {
  const problem = lockProblem(dir);
  if (problem)
    return {
      ok: false,
      detail: `${problem}: run node scripts/test-examples.mjs --update-locks and commit the lockfiles`,
    };
  const stamp = join(dir, 'node_modules/.package-lock.json');
  const fresh = existsSync(stamp) && statSync(stamp).mtimeMs >= statSync(join(dir, 'package-lock.json')).mtimeMs;
  if (!fresh) {
    const t = Date.now();
    const result = await run('npm', ['ci'], dir, npmEnv);
    if (result.code !== 0) return { ok: false, detail: lastLines(result.output) };
    console.log(`  (npm ci in examples/${example.name}: ${seconds(t)})`);
  }
  // npm ci (or an earlier run) may have installed an older kit: put this build's files in place.
  const installed = join(dir, 'node_modules/coalition-widgets');
  rmSync(installed, { recursive: true, force: true });
  mkdirSync(installed, { recursive: true });
  const untar = await run('tar', ['-xzf', kitTarball, '--strip-components=1', '-C', installed], dir);
  return untar.code === 0 ? { ok: true } : { ok: false, detail: untar.output };
}

async function prepare(example) {
  const dir = join(examplesDir, example.name);
  const t = Date.now();
  const installed = await install(example, dir);
  if (!installed.ok) {
    report(false, `${example.name}: install`, installed.detail);
    return false;
  }
  const check = await run('npm', ['run', 'check'], dir, npmEnv);
  report(
    check.code === 0,
    `${example.name}: type check passes and its type tests catch the mistakes (npm run check)`,
    check.code === 0 ? '' : lastLines(check.output),
  );
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  const build = await run('npm', ['run', 'build'], dir, npmEnv);
  report(
    build.code === 0,
    `${example.name}: builds (npm run build, ${seconds(t)} with install and check)`,
    build.code === 0 ? '' : lastLines(build.output),
  );
  return build.code === 0;
}

// ---- 3. in the browser ----
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
};

function serve(dir) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir + sep) && file !== dir) return res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return res.writeHead(404).end('not found');
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((r) => server.listen(0, '127.0.0.1', () => r(server)));
}

const inShadow = (tag, part) => `document.querySelector('${tag}')?.shadowRoot?.querySelector('[part~="${part}"]')`;

async function checkInBrowser(browser, example) {
  const dir = resolve(examplesDir, example.name, example.out);
  const server = await serve(dir);
  const page = await browser.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('requestfailed', (request) => pageErrors.push(`request failed: ${request.url()}`));
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const cdnFile = CDN_DIST_FILE.exec(request.url())?.[1];
    if (cdnFile && existsSync(join(kitDir, 'package/dist', cdnFile))) {
      request.respond({
        status: 200,
        contentType: 'text/javascript',
        headers: { 'access-control-allow-origin': '*' },
        body: readFileSync(join(kitDir, 'package/dist', cdnFile)),
      });
    } else if (request.url().startsWith('http://127.0.0.1:')) {
      request.continue();
    } else {
      request.abort(); // nothing leaves the machine
    }
  });
  const step = async (name, fn) => {
    try {
      await fn();
      report(true, `${example.name}: ${name}`);
    } catch (error) {
      report(
        false,
        `${example.name}: ${name}`,
        `${error.message.split('\n')[0]}${pageErrors.length ? `\npage errors: ${pageErrors.join(' | ')}` : ''}`,
      );
    }
  };
  const waitFor = (expression, what) =>
    page.waitForFunction(expression, { timeout: 10_000 }).catch(() => {
      throw new Error(`timed out waiting for ${what}`);
    });
  try {
    await page.goto(`http://127.0.0.1:${server.address().port}/`, { waitUntil: 'load' });

    await step('the widgets show the story passed as a property (31 countries)', async () => {
      await waitFor(
        `/\\b31\\b/.test(${inShadow('coalition-summary', 'figures')}?.textContent ?? '')`,
        'the summary to show 31 countries',
      );
      if (pageErrors.length) throw new Error(`page errors: ${pageErrors.join(' | ')}`);
    });

    await step("the page shows the kit's coalition-load event, with the story passed", async () => {
      const want = 'coalition-load from data property: 31 countries';
      await waitFor(
        `document.querySelector('#event')?.textContent.includes(${JSON.stringify(want)})`,
        `#event to say "${want}"`,
      );
    });

    await step("the quote changes when the app's state does", async () => {
      await waitFor(
        `(${inShadow('quote-card', 'quote')}?.textContent ?? '').includes('Our planning is real')`,
        'the first quote',
      );
      await page.click('#next-quote');
      await waitFor(
        `(${inShadow('quote-card', 'quote')}?.textContent ?? '').includes('with or without the U.S.')`,
        'the second quote',
      );
    });

    await step('the theme toggles (attribute and colour)', async () => {
      const background = () => page.evaluate(`getComputedStyle(${inShadow('quote-card', 'base')}).backgroundColor`);
      const before = await background();
      const themeBefore = await page.evaluate(`document.querySelector('quote-card').getAttribute('theme')`);
      if (themeBefore === 'dark') throw new Error('the page starts dark');
      await page.click('#toggle-theme');
      await waitFor(
        `[...document.querySelectorAll('quote-card, coalition-summary')].every((el) => el.getAttribute('theme') === 'dark')`,
        'theme="dark" on the widgets',
      );
      await waitFor(
        `getComputedStyle(${inShadow('quote-card', 'base')}).backgroundColor !== ${JSON.stringify(before)}`,
        `the card's background to change from ${before}`,
      );
    });
    if (process.env.EXAMPLES_SCREENSHOTS) {
      mkdirSync(process.env.EXAMPLES_SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(process.env.EXAMPLES_SCREENSHOTS, `${example.name}.png`), fullPage: true });
    }
  } catch (error) {
    report(false, `${example.name}: page loads`, error.message);
  } finally {
    await page.close().catch(() => {});
    server.close();
  }
}

// ---- docs/frameworks.md: each snippet must be an excerpt of its example ----
// A fenced block after `<!-- snippet: examples/… -->` passes when its lines (trimmed, blank ones
// skipped) all appear in that file, in the same order.
function checkSnippets() {
  const docFile = join(root, 'docs/frameworks.md');
  const doc = readFileSync(docFile, 'utf8');
  const problems = [];
  let count = 0;
  for (const [, path, block] of doc.matchAll(/<!-- snippet: (\S+) -->\s*```[^\n]*\n([\s\S]*?)```/g)) {
    count += 1;
    const file = join(root, path);
    if (!existsSync(file)) {
      problems.push(`${path}: no such file`);
      continue;
    }
    const lines = readFileSync(file, 'utf8')
      .split('\n')
      .map((l) => l.trim());
    let at = -1;
    for (const line of block
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)) {
      const found = lines.indexOf(line, at + 1);
      if (found < 0) {
        problems.push(`${path}: not found (in this order): ${line}`);
        break;
      }
      at = found;
    }
  }
  if (count === 0) problems.push('no <!-- snippet: … --> blocks found');
  report(
    problems.length === 0,
    `docs/frameworks.md: its ${count} snippets are excerpts of the examples`,
    problems.join('\n'),
  );
}

// ---- main ----
if (args.includes('--update-locks')) {
  await packKit();
  for (const example of examples.filter((e) => !e.plain)) await updateLock(join(examplesDir, example.name));
  process.exit(0);
}

console.log(`==> examples: ${examples.map((e) => e.name).join(', ')}`);
checkSnippets();
try {
  await packKit();
} catch (error) {
  report(false, 'pack the kit', error.message);
  finish();
}
// Two examples at a time (one per core): installs wait on the network and disk, checks and builds
// on one core each. EXAMPLES_JOBS=1 for one at a time.
const jobs = Math.max(1, Number(process.env.EXAMPLES_JOBS) || 2);
const queue = [...examples].sort((a, b) => Number(Boolean(b.slow)) - Number(Boolean(a.slow)));
const ready = new Set();
await Promise.all(
  Array.from({ length: jobs }, async () => {
    for (let example = queue.shift(); example; example = queue.shift()) {
      if (example.plain || (await prepare(example))) ready.add(example);
    }
  }),
);
const built = examples.filter((example) => ready.has(example));
if (built.length) {
  const userDataDir = join(tmpdir(), `examples-chromium-${process.pid}`);
  let browser;
  try {
    browser = await puppeteer.launch({
      executablePath: chromiumPath,
      headless: true,
      userDataDir,
      args: [...chromiumFlags, '--disable-quic'],
    });
    for (const example of built) await checkInBrowser(browser, example);
  } catch (error) {
    report(false, 'start Chromium', error.message);
  } finally {
    await browser?.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
  }
}
finish();
