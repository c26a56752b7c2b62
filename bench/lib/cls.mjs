// Layout shift of a realistic article with 20 widgets among its paragraphs, the widget script held
// back 500 ms by the server, at a phone and a desktop viewport.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { freshPage, storyScript } from './browser.mjs';

export const scriptDelayMs = 500;
const settleMs = 2000;

export const viewports = [
  { id: 'phone', width: 390, height: 844, isMobile: true, hasTouch: true, deviceScaleFactor: 1 },
  { id: 'desktop', width: 1280, height: 800, deviceScaleFactor: 1 },
];

/** The 20 widgets of the article, in order: every kind and variant, quotes the most (as in news). */
function articleWidgets(story) {
  const quotes = story.quotes.map((quote) => quote.id);
  const widgets = [];
  const kinds = [
    (i) => ({ widget: 'quote-card', attributes: { quote: quotes[i % quotes.length] } }),
    () => ({ widget: 'satellite-compare', attributes: {} }),
    (i) => ({ widget: 'quote-card', attributes: { quote: quotes[(i + 3) % quotes.length] } }),
    () => ({ widget: 'coalition-summary', attributes: { layout: 'compact' } }),
    (i) => ({ widget: 'quote-card', attributes: { quote: quotes[(i + 5) % quotes.length] } }),
    () => ({ widget: 'satellite-compare', attributes: { highlight: 'UK' } }),
    () => ({ widget: 'coalition-summary', attributes: {} }),
  ];
  for (let i = 0; i < 20; i++) widgets.push({ ...kinds[i % kinds.length](i), background: 'plain' });
  return widgets;
}

const sentences = [
  'Defence ministers of the Coalition of the Willing met at NATO Headquarters in Brussels on Thursday.',
  'The meeting, chaired by the United Kingdom and France, discussed a reassurance force for Ukraine after any ceasefire.',
  'Officials said planning had moved from principles to the practical questions of command, logistics and rotation.',
  'Thirty countries took part, European, Pacific and Commonwealth nations, most of them NATO allies.',
  'Only six of them have said they are ready to send troops, according to European officials quoted by AFP.',
  'The force would number between ten and thirty thousand troops and would secure strategic facilities in the rear.',
  'Ministers listed four objectives: safe skies, a safe sea, support for peace on the land and a Ukrainian deterrent.',
  'The United States has excluded taking part in the force, while the coalition still seeks intelligence and satellite support.',
  'Satellite figures quoted at the meeting put the United States far ahead of France and the United Kingdom.',
  'Diplomats cautioned that much depends on the terms of a ceasefire that has not yet been agreed.',
  'Several delegations asked for clearer rules of engagement before committing forces.',
  'A further meeting at the level of chiefs of defence staff is expected in the coming weeks.',
];

function paragraph(index) {
  const count = index === 0 ? 2 : 3 + (index % 3); // a two-sentence lede, then longer paragraphs
  return `<p>${Array.from({ length: count }, (_, k) => sentences[(index * 5 + k * 7) % sentences.length]).join(' ')}</p>`;
}

function articlePage({ head = '', widgets, story }) {
  const body = [];
  // As in most news pages, the first embed follows the lede, within the first screen.
  body.push(paragraph(0));
  widgets.forEach((widget, i) => body.push(widget, paragraph(1 + i * 2), paragraph(2 + i * 2)));
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>Coalition of the Willing meets at NATO Headquarters</title>` +
    `<style>body{margin:0;font:18px/1.6 Georgia,'DejaVu Serif',serif;color:#1b1d21;background:#fff}` +
    `header,article{max-inline-size:680px;margin:0 auto;padding:0 16px}h1{font-size:2rem;line-height:1.2;margin:1.2rem 0 .5rem}` +
    `.byline{color:#596070;font-size:.9rem}article>*{margin-block:0 1.25rem}</style>` +
    `${story ? storyScript(story) : ''}${head}</head><body>` +
    `<header><h1>Coalition of the Willing meets at NATO Headquarters</h1><p class="byline">By a staff reporter, Brussels, 10 April 2025</p></header>` +
    `<article>${body.join('\n')}</article></body></html>`
  );
}

/** Runs in the page before anything else: records every layout shift and when the widgets arrived. */
function observe(tags, delayedPath) {
  const record = (window.__cls = { shifts: [], defined: {}, before: null, after: null });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      record.shifts.push({
        value: entry.value,
        startTime: entry.startTime,
        hadRecentInput: entry.hadRecentInput,
        sources: (entry.sources ?? []).slice(0, 3).map((source) => {
          const node = source.node;
          const name = node ? (node.nodeType === 1 ? node.localName : node.nodeName) : '(gone)';
          return `${name} ${Math.round(source.previousRect.y)}→${Math.round(source.currentRect.y)}`;
        }),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  for (const tag of tags) customElements.whenDefined(tag).then(() => (record.defined[tag] = performance.now()));
  const measure = () => ({
    at: performance.now(),
    pageHeight: document.documentElement.scrollHeight,
    widgetHeights: [...document.querySelectorAll(tags.join(','))].map((element) =>
      Math.round(element.getBoundingClientRect().height),
    ),
  });
  // readyState becomes 'interactive' when parsing ends, before any deferred or module script runs;
  // the page's stylesheets may still be loading then (they block the first paint, not the parser).
  document.addEventListener('readystatechange', async () => {
    if (document.readyState !== 'interactive') return;
    const links = [...document.querySelectorAll('link[rel="stylesheet"]')].filter((link) => !link.sheet);
    await Promise.all(
      links.map(
        (link) =>
          new Promise((resolve) =>
            ['load', 'error'].forEach((type) => link.addEventListener(type, resolve, { once: true })),
          ),
      ),
    );
    record.before = { ...measure(), afterUpgrade: Object.keys(record.defined).length > 0 };
  });
  record.measure = measure;
  record.delayedPath = delayedPath;
}

/**
 * Chrome's CLS: the largest session window (shifts less than 1 s apart, a window at most 5 s long).
 * Nothing here is user input, yet Chromium sometimes marks a shift hadRecentInput right after the
 * emulated viewport is set; such shifts are counted all the same (and reported).
 */
export function sessionWindowCls(shifts) {
  let best = 0;
  let current = 0;
  let windowStart = 0;
  let previous = -Infinity;
  for (const shift of shifts) {
    if (shift.startTime - previous > 1000 || shift.startTime - windowStart > 5000) {
      current = 0;
      windowStart = shift.startTime;
    }
    current += shift.value;
    previous = shift.startTime;
    best = Math.max(best, current);
  }
  return best;
}

async function measurePage(browser, url, viewport) {
  const { context, page } = await freshPage(browser, viewport);
  try {
    const tags = [
      'quote-card',
      'satellite-compare',
      'coalition-summary',
      'vanilla-quote-card',
      'vanilla-satellite-compare',
      'vanilla-coalition-summary',
    ];
    await page.evaluateOnNewDocument(observe, tags, `/delay/${scriptDelayMs}/`);
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    await new Promise((resolve) => setTimeout(resolve, settleMs));
    return await page.evaluate(() => {
      const record = window.__cls;
      const script = performance.getEntriesByType('resource').find((entry) => entry.name.includes(record.delayedPath));
      const after = record.measure();
      const arrived = script ? script.responseEnd : NaN;
      const definedAt = Object.values(record.defined).length ? Math.min(...Object.values(record.defined)) : NaN;
      return {
        scriptArrivedMs: arrived,
        definedMs: definedAt,
        shifts: record.shifts.map((shift) => ({ ...shift, sinceScriptMs: shift.startTime - arrived })),
        pageHeightBefore: record.before?.pageHeight,
        beforeTakenAfterUpgrade: record.before?.afterUpgrade ?? true,
        pageHeightAfter: after.pageHeight,
        widgetHeightChange: record.before
          ? after.widgetHeights.reduce(
              (sum, height, i) => sum + Math.abs(height - (record.before.widgetHeights[i] ?? 0)),
              0,
            )
          : NaN,
        widgetsChanged: record.before
          ? after.widgetHeights.filter((height, i) => height !== record.before.widgetHeights[i]).length
          : NaN,
        widgets: after.widgetHeights.length,
      };
    });
  } finally {
    await context.close();
  }
}

/**
 * The snippets exactly as an editor copies them: from the kit's embed builder, driven through its
 * form, with "Show the widget at once" ticked (so they carry the widget pre-rendered).
 */
async function builderSnippets(browser, server, widgets, kitUrl) {
  const url = server.addPage(
    'builder',
    `<!doctype html><html lang="en"><head><title>Builder</title><script type="module" src="/dist/embed-builder.js"></script></head>` +
      `<body><embed-builder kit-url="${kitUrl}"></embed-builder></body></html>`,
  );
  const page = await browser.newPage();
  try {
    await page.goto(url, { waitUntil: 'networkidle0' });
    const snippets = [];
    for (const { widget, attributes } of widgets) {
      snippets.push(
        await page.evaluate(
          async (widget, attributes) => {
            await customElements.whenDefined('embed-builder');
            const builder = document.querySelector('embed-builder');
            const root = builder.shadowRoot;
            const settle = async () => {
              for (let i = 0; i < 4; i++) {
                await builder.updateComplete;
                await new Promise((resolve) => setTimeout(resolve, 30));
              }
            };
            root.querySelector(`input[name="widget"][value="${widget}"]`).click();
            await settle();
            const layout = root.querySelector(`input[name="layout"][value="${attributes.layout ?? 'full'}"]`);
            layout?.click();
            for (const name of ['quote', 'highlight']) {
              root.querySelector(`input[name="${name}"][value="${attributes[name] ?? ''}"]`)?.click();
            }
            const instant = root.querySelector('input[name="instant"]');
            if (!instant.checked) instant.click();
            await settle();
            // The pre-rendered copy comes from a worker: on a slow machine the first snippet is shown
            // before it has one (then it is a bare tag with its fallback, and shifts the article).
            const snippet = () => root.querySelector('[data-snippet="script"]').textContent;
            for (let waited = 0; !snippet().includes('shadowrootmode') && waited < 20_000; waited += 100) {
              await new Promise((resolve) => setTimeout(resolve, 100));
            }
            if (!snippet().includes('shadowrootmode'))
              throw new Error(`no pre-rendered ${widget} in the builder's snippet`);
            return snippet();
          },
          widget,
          attributes,
        ),
      );
    }
    return snippets;
  } finally {
    await page.close();
  }
}

/** `dist` is the build to use (the benchmark's snapshot of dist/), served at /dist/. */
export async function measureCls(browser, server, dist, story) {
  const { defaultStory } = await import(pathToFileURL(join(dist, 'lib/story/index.js')).href);
  const widgets = articleWidgets(defaultStory);
  const kitUrl = `${server.origin}/delay/${scriptDelayMs}/dist/`;
  const bareTag = ({ widget, attributes }, prefix = '') =>
    `<${prefix}${widget}${Object.entries(attributes)
      .map(([name, value]) => ` ${name}="${value}"`)
      .join('')}></${prefix}${widget}>`;
  const cssExists = existsSync(join(dist, 'coalition-widgets.css'));
  const delayedKit = `<script type="module" src="/delay/${scriptDelayMs}/dist/coalition-widgets.js"></script>`;

  const cases = [
    {
      id: 'snippets',
      label: "(a) builder's script+tag snippets, fallback inside",
      html: articlePage({ widgets: await builderSnippets(browser, server, widgets, kitUrl) }),
    },
    {
      id: 'bare',
      label: '(b) bare tags, no fallback, no stylesheet',
      html: articlePage({ head: delayedKit, widgets: widgets.map((w) => bareTag(w)) }),
    },
    cssExists
      ? {
          id: 'bare-css',
          label: '(b) bare tags + dist/coalition-widgets.css',
          html: articlePage({
            head: `<link rel="stylesheet" href="/dist/coalition-widgets.css">${delayedKit}`,
            widgets: widgets.map((w) => bareTag(w)),
          }),
        }
      : { id: 'bare-css', label: '(b) bare tags + dist/coalition-widgets.css', missing: 'not present' },
    {
      id: 'vanilla',
      label: '(b) vanilla elements upgraded late the same way',
      html: articlePage({
        story,
        head: `<script type="module" src="/delay/${scriptDelayMs}/bench/.build/vanilla-all.js"></script>`,
        widgets: widgets.map((w) => bareTag(w, 'vanilla-')),
      }),
    },
  ];

  const results = [];
  for (const entry of cases) {
    if (entry.missing) {
      results.push({ id: entry.id, label: entry.label, missing: entry.missing });
      continue;
    }
    const url = server.addPage(`article-${entry.id}`, entry.html);
    const byViewport = {};
    for (const viewport of viewports) {
      const measured = await measurePage(browser, url, viewport);
      byViewport[viewport.id] = {
        viewport: `${viewport.width}×${viewport.height}`,
        cls: sessionWindowCls(measured.shifts),
        totalShift: measured.shifts.reduce((sum, shift) => sum + shift.value, 0),
        ...measured,
      };
    }
    results.push({ id: entry.id, label: entry.label, url: url.replace(server.origin, ''), viewports: byViewport });
  }
  return { scriptDelayMs, settleMs, widgets: widgets.length, results };
}
