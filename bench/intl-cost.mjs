// What formatting a language costs on a page's first use (issue 15): Intl formatters (created, then
// used once) against the kit's tables (src/i18n/catalogue.ts with a catalogue), each case in a
// freshly started browser, as a reader's first page view is: Chromium (also at 4x CPU throttling,
// Lighthouse's mobile setting), Firefox ESR and WebKitGTK.
//
//   node bench/intl-cost.mjs [rounds=5]        (BROWSERS=chromium,firefox,webkit to choose)
//
// Prints the median and range of each case in milliseconds. The page is cross-origin isolated so
// that performance.now() is fine-grained in every browser.
import { createServer } from 'node:http';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import {
  chromiumFlags,
  chromiumPath,
  firefoxPath,
  parseBrowsers,
  startWebKitDriver,
} from '../scripts/debian-browsers.mjs';

const rounds = Number(process.argv[2] ?? 5);

// The tables, as the kit runs them: French and German catalogues made into Locales, used once.
const tables = await build({
  stdin: {
    contents: `
      import { englishLocale } from './src/i18n/catalogue.ts';
      import { localeFrom } from './src/i18n/locale-from.ts';
      globalThis.tables = {
        en: () => englishLocale,
        fr: async () => localeFrom('fr', await import('./src/i18n/catalogues/fr.ts')),
        de: async () => localeFrom('de', await import('./src/i18n/catalogues/de.ts')),
      };`,
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  splitting: false,
  write: false,
  minify: true,
});
const tablesScript = tables.outputFiles[0].text;

// Each case runs once per fresh browser; `steps` are timed one after another.
const use = {
  intl: (lang) => [
    [`${lang} NumberFormat`, `new Intl.NumberFormat('${lang}').format(10000)`],
    [
      `${lang} DateTimeFormat`,
      `new Intl.DateTimeFormat('${lang}', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(2025, 3, 10)))`,
    ],
    [`${lang} PluralRules`, `new Intl.PluralRules('${lang}').select(30)`],
    [`${lang} ListFormat`, `new Intl.ListFormat('${lang}').format(['A', 'B', 'C'])`],
  ],
  table: (lang) => [
    [`${lang} table locale`, `await tables.${lang}()`],
    [
      `${lang} table count+date+list+plural`,
      `(l => [l.count(10000), l.date('2025-04-10'), l.list(['A', 'B', 'C']), l.plural(30)])(await tables.${lang}())`,
    ],
  ],
};
const cases = {
  'Intl fr: all four': use.intl('fr'),
  'Intl fr NumberFormat alone': use.intl('fr').slice(0, 1),
  'Intl fr DateTimeFormat alone': use.intl('fr').slice(1, 2),
  'Intl fr PluralRules alone': use.intl('fr').slice(2, 3),
  'Intl fr ListFormat alone': use.intl('fr').slice(3, 4),
  'Intl fr, then de': [...use.intl('fr'), ...use.intl('de')],
  'tables fr': use.table('fr'),
  'English (today, src/story/format.ts)': [
    ['en format.ts', `(l => [l.count(10000), l.date('2025-04-10'), l.list(['A', 'B', 'C'])])(tables.en())`],
  ],
};

const page = (steps) => `<!doctype html><meta charset="utf-8"><script type="module">${tablesScript}
  const times = [];
  let t0 = performance.now();
  ${steps.map(([name, code]) => `await (async () => ${code})(); times.push([${JSON.stringify(name)}, performance.now() - t0]); t0 = performance.now();`).join('\n')}
  window.result = times;
</script>`;

const server = createServer((request, response) => {
  const name = decodeURIComponent(new URL(request.url, 'http://x').searchParams.get('case') ?? '');
  response.writeHead(cases[name] ? 200 : 404, {
    'content-type': 'text/html; charset=utf-8',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-embedder-policy': 'require-corp',
  });
  response.end(cases[name] ? page(cases[name]) : 'no such case');
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}/?case=`;

async function withPuppeteer(options, throttle) {
  return async (name) => {
    const browser = await puppeteer.launch(options);
    try {
      const tab = await browser.newPage();
      if (throttle) await tab.emulateCPUThrottling(throttle);
      await tab.goto(base + encodeURIComponent(name));
      await tab.waitForFunction('window.result', { timeout: 30_000 });
      return await tab.evaluate('window.result');
    } finally {
      await browser.close();
    }
  };
}

const runners = {
  chromium: () => withPuppeteer({ executablePath: chromiumPath, headless: true, args: chromiumFlags }),
  'chromium 4x throttled': () =>
    withPuppeteer({ executablePath: chromiumPath, headless: true, args: chromiumFlags }, 4),
  firefox: () => withPuppeteer({ browser: 'firefox', executablePath: firefoxPath, headless: true }),
  webkit: async () => {
    const options = await startWebKitDriver();
    return async (name) => {
      const session = await remote({ ...options, logLevel: 'error' });
      try {
        await session.url(base + encodeURIComponent(name));
        await session.waitUntil(() => session.execute('return !!window.result'), { timeout: 30_000 });
        return await session.execute('return window.result');
      } finally {
        await session.deleteSession();
      }
    };
  },
};

const chosen = parseBrowsers();
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => value.toFixed(value < 1 ? 2 : 1);
for (const [browserName, makeRunner] of Object.entries(runners)) {
  if (!chosen.includes(browserName.split(' ')[0])) continue;
  const run = await makeRunner();
  console.log(`\n${browserName} (${rounds} fresh starts per case; ms: median [min-max])`);
  for (const name of Object.keys(cases)) {
    const samples = [];
    for (let round = 0; round < rounds; round++) samples.push(await run(name));
    const steps = samples[0].map(([step], index) => [step, samples.map((sample) => sample[index][1])]);
    const total = samples.map((sample) => sample.reduce((sum, [, time]) => sum + time, 0));
    console.log(`  ${name}: ${ms(median(total))} [${ms(Math.min(...total))}-${ms(Math.max(...total))}]`);
    if (steps.length > 1) for (const [step, times] of steps) console.log(`      ${step}: ${ms(median(times))}`);
  }
}
server.close();
process.exit(0);
