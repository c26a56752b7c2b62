// npm run bench: builds the kit and the alternatives, then measures sizes, render speed, heap,
// layout shift and Lighthouse scores; prints a table, writes bench/results.json and docs/benchmark.md.
//
// Environment: BENCH_ROUNDS (render rounds, default 11, at least 5), BENCH_HEAP_ROUNDS (default 3),
// BENCH_SKIP_BUILD=1 (use the dist/ already built), BENCH_SKIP_LIGHTHOUSE=1, BENCH_ONLY=<group id,…> (render
// and heap of those groups only, e.g. coalition-summary; `first-in-language` for the first summary in
// French and in English: printed, nothing written), CHROME_PATH (default /usr/bin/chromium). Only Node built-ins (and scripts/debian-browsers.mjs, which uses only those) are
// imported here: the packages come after the install.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from '../scripts/debian-browsers.mjs';

const benchDir = dirname(fileURLToPath(import.meta.url));
const root = dirname(benchDir);
const started = performance.now();
const say = (message) => console.log(`bench: ${message} (${((performance.now() - started) / 1000).toFixed(0)} s)`);

const major = Number(process.versions.node.split('.')[0]);
if (major < 20) {
  console.error(`Node.js 20 or newer is needed (found ${process.version}).`);
  process.exit(1);
}

if (!existsSync(chromiumPath)) {
  console.error(
    `bench: no Chromium at ${chromiumPath}. Install Debian's as root: apt-get update && apt-get install -y chromium ` +
      '(npm test installs it too), or set CHROME_PATH.',
  );
  process.exit(1);
}

/** `npm ci` in `dir` when its node_modules is missing or older than its lockfile. */
function ensureInstalled(dir, args) {
  const marker = join(dir, 'node_modules', '.package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(join(dir, 'package-lock.json')).mtimeMs) return;
  say(`npm ci ${args.join(' ')}`.trim());
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund', ...args], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
ensureInstalled(root, []);
ensureInstalled(benchDir, ['--prefix', 'bench']);

const rounds = Math.max(5, Number(process.env.BENCH_ROUNDS ?? 11));
const heapRounds = Math.max(1, Number(process.env.BENCH_HEAP_ROUNDS ?? 3));
const only = process.env.BENCH_ONLY?.split(',');
const loadBefore = loadavg()
  .map((value) => value.toFixed(1))
  .join(' ');

if (process.env.BENCH_SKIP_BUILD !== '1') {
  say('npm run build');
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (build.status !== 0) {
    console.error('bench: the kit does not build; nothing measured.');
    process.exit(build.status ?? 1);
  }
}

const { startServer } = await import('./lib/server.mjs');
const { launch } = await import('./lib/browser.mjs');
const { buildAlternatives, extractKitCss } = await import('./lib/alternatives.mjs');
const { bundleBreakdown, compressedSizes, kitSizes } = await import('./lib/sizes.mjs');
const { measureRender } = await import('./lib/render.mjs');
const { measureCls } = await import('./lib/cls.mjs');
const { measureFirstInLanguage } = await import('./lib/languages.mjs');
const { budgets, document, markdown } = await import('./lib/report.mjs');

// Everything below measures a copy of this build: others may rebuild dist/ while the benchmark runs.
const dist = join(benchDir, '.build', 'kit-dist');
rmSync(dist, { recursive: true, force: true });
cpSync(join(root, 'dist'), dist, { recursive: true });
const story = JSON.parse(await readFile(join(dist, 'story.json'), 'utf8'));
const server = await startServer(root, { '/dist/': dist });
const results = { date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'), settings: { rounds, heapRounds } };
let browser;
try {
  browser = await launch();
  results.machine = machine(await browser.version(), loadBefore);
  results.kit = kitInfo();

  say('building the alternatives');
  const built = await buildAlternatives(benchDir, await extractKitCss(browser, server, story));

  say('sizes');
  const alternativeSizes = [];
  for (const entry of built) {
    alternativeSizes.push({ name: entry.name, label: entry.label, ...compressedSizes(await readFile(entry.file)) });
    if (entry.cssFile)
      alternativeSizes.push({
        name: `${entry.name}.css`,
        label: `${entry.label}: its theme CSS (light.css), needed beside it`,
        ...compressedSizes(await readFile(entry.cssFile)),
      });
  }
  results.sizes = { kit: await kitSizes(root, dist), alternatives: alternativeSizes };
  try {
    results.sizes.breakdown = await bundleBreakdown(root, dist);
  } catch (error) {
    results.sizes.breakdownError = String(error.message ?? error);
  }

  // BENCH_ONLY=first-in-language alone measures no render group.
  const onlyGroups = only?.filter((id) => id !== 'first-in-language');
  if (!onlyGroups || onlyGroups.length) {
    say(`render: ${rounds} rounds, heap: ${heapRounds}`);
    results.render = await measureRender(browser, server, story, {
      rounds,
      heapRounds,
      log: (line) => say(line.trim()),
      locate: results.sizes.breakdown?.locate,
      only: onlyGroups,
    });
  }
  if (only) {
    for (const group of results.render ?? []) {
      for (const { id, heap, nodesPerInstance, over } of group.contenders) {
        const ratios = Object.entries(over ?? {}).map(
          ([other, { wall, cpu }]) => `÷ ${other} wall ${wall.median.toFixed(2)}× CPU ${cpu.median.toFixed(2)}×`,
        );
        say(
          `${group.id} ${id}: DOM heap ${(heap.domPerInstance / 1000).toFixed(1)} KB, ${nodesPerInstance} nodes per instance ${ratios.join(', ')}`,
        );
      }
      say(`${group.id}: same DOM ${JSON.stringify(group.sameDom)}`);
    }
    if (only.includes('first-in-language')) {
      const first = await measureFirstInLanguage(browser, server, { rounds, log: (line) => say(line.trim()) });
      for (const way of ['page', 'inserted']) {
        const { ms, ratio, samples } = first[way];
        const range = (values) => `${Math.min(...values).toFixed(1)}-${Math.max(...values).toFixed(1)}`;
        say(
          `first summary (${way}): en ${ms.en} ms (${range(samples.en)}), fr ${ms.fr} ms (${range(samples.fr)}), fr ÷ en ${ratio.median.toFixed(2)}× (${ratio.min.toFixed(2)}-${ratio.max.toFixed(2)})`,
        );
      }
    }
    await browser.close();
    await server.close();
    process.exit(0);
  }

  say('the first summary in French and in English');
  results.firstInLanguage = await measureFirstInLanguage(browser, server, { rounds, log: (line) => say(line.trim()) });

  say('layout shift');
  results.cls = await measureCls(browser, server, dist, story);
} finally {
  await browser?.close();
}

if (process.env.BENCH_SKIP_LIGHTHOUSE !== '1') {
  say('lighthouse');
  try {
    const { runLighthouse } = await import('./lib/lighthouse.mjs');
    results.lighthouse = await runLighthouse(`${server.origin}/demo/index.html`, {
      reportFile: join(benchDir, '.build', 'lighthouse'),
    });
  } catch (error) {
    results.lighthouse = [{ formFactor: 'mobile', error: String(error.message ?? error) }];
  }
}
await server.close();

results.machine.loadAfter = loadavg()
  .map((value) => value.toFixed(1))
  .join(' ');
results.durationSeconds = Math.round((performance.now() - started) / 1000);
results.budgets = budgets(results);
await writeFile(join(benchDir, 'results.json'), `${JSON.stringify(results, roundNumbers, 2)}\n`);
await mkdir(join(root, 'docs'), { recursive: true });
await writeFile(join(root, 'docs', 'benchmark.md'), document(results));
console.log(`\n${markdown(results)}\n`);
say('wrote bench/results.json and docs/benchmark.md');

function roundNumbers(key, value) {
  return typeof value === 'number' && !Number.isInteger(value) ? Number(value.toFixed(3)) : value;
}

function machine(chromium, loadBefore) {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const meminfo = readFileSync('/proc/meminfo', 'utf8');
  const osRelease = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
  const memKb = Number(/MemTotal:\s+(\d+)/.exec(meminfo)?.[1] ?? totalmem() / 1024);
  return {
    cpu: /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1]?.trim() ?? cpus()[0]?.model ?? 'unknown CPU',
    cores: cpus().length,
    memory: `${(memKb / 1024 / 1024).toFixed(1)} GiB`,
    os: /PRETTY_NAME="?([^"\n]+)"?/.exec(osRelease)?.[1] ?? process.platform,
    chromium: `Chromium ${chromium.replace(/^\D*/, '')} (${chromiumPath}, headless)`,
    node: process.version,
    loadBefore,
  };
}

function kitInfo() {
  const git = (...args) => {
    try {
      return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return '';
    }
  };
  return {
    version: JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version,
    commit: git('rev-parse', '--short', 'HEAD') || 'unknown',
    dirty: git('status', '--porcelain', '--', 'src') !== '',
  };
}
