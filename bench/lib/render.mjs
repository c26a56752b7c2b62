// Render speed and heap per instance, in headless Chromium.
//
// Every measurement gets a fresh browser context and page (own cache, own V8 heap state for the
// page's scripts): the numbers are for a first render on a page that has just loaded the script,
// as in an article, not for a warmed-up JIT. Contenders of a group are measured interleaved, the
// order rotating each round (A B C, B C A, C A B, …), and ratios are taken within each round.
import { freshPage, storyScript } from './browser.mjs';

const pageStyle =
  'body{margin:0;font:16px/1.5 system-ui,sans-serif}#stage{inline-size:640px;padding:16px}#stage>*{margin-block-end:16px}';
// A browser paints only what is near the viewport. For a group measured until painted, the stage is
// tiled 10 across (each column as wide as the usual stage's content) and drawn at a tenth of its size:
// every instance is inside the viewport, so every one is laid out at full size and painted.
const paintedStageStyle =
  '#stage{inline-size:max-content;display:grid;grid-template-columns:repeat(10,608px);gap:16px;transform:scale(0.1);transform-origin:0 0}#stage>*{margin:0}';

export function renderGroups(story) {
  const ids = story.quotes.map((quote) => quote.id);
  const quoteMarkup = (tag) => (i) => `<${tag} quote="${ids[i % ids.length]}"></${tag}>`;
  const chartMarkup = (tag) => (i) => (i % 3 === 1 ? `<${tag} highlight="UK"></${tag}>` : `<${tag}></${tag}>`);
  const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const shoelaceMarkup = (i) => {
    const quote = story.quotes[i % story.quotes.length];
    const paragraphs = quote.text
      .split('\n')
      .map((line) => `<p>${escape(line)}</p>`)
      .join('');
    return `<sl-card><blockquote>${paragraphs}</blockquote><div slot="footer"><span>${escape(quote.speaker)}</span> <span>${escape(quote.role)}</span></div></sl-card>`;
  };
  const minimalMarkup = (tag) => (i) => {
    const quote = story.quotes[i % story.quotes.length];
    const attribute = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    return `<${tag} quote="${attribute(quote.text)}" speaker="${attribute(quote.speaker)}"></${tag}>`;
  };
  const kit = '/dist/coalition-widgets.js';
  return [
    {
      id: 'quote-card',
      title: '1,000 quote cards',
      n: 1000,
      baseline: 'vanilla',
      contenders: [
        {
          id: 'kit',
          label: '<quote-card> (kit bundle)',
          script: kit,
          tag: 'quote-card',
          markup: quoteMarkup('quote-card'),
        },
        {
          id: 'vanilla',
          label: 'vanilla element, same DOM',
          script: '/bench/.build/vanilla-quote-card.js',
          tag: 'vanilla-quote-card',
          markup: quoteMarkup('vanilla-quote-card'),
        },
        {
          id: 'lit',
          label: 'plain Lit element, same DOM',
          script: '/bench/.build/lit-quote-card.js',
          tag: 'lit-quote-card',
          markup: quoteMarkup('lit-quote-card'),
        },
        // The anchors: a card from a component library, and the smallest useful cards with and without Lit.
        {
          id: 'shoelace',
          label: 'Shoelace <sl-card>',
          script: '/bench/.build/shoelace-card.js',
          css: '/bench/.build/shoelace-card.css',
          tag: 'sl-card',
          markup: shoelaceMarkup,
        },
        {
          id: 'lit-minimal',
          label: 'minimal Lit card (quote and speaker, one rule each)',
          script: '/bench/.build/lit-minimal-card.js',
          tag: 'lit-card',
          markup: minimalMarkup('lit-card'),
        },
        {
          id: 'vanilla-minimal',
          label: 'minimal vanilla card (the same DOM and CSS, no library)',
          script: '/bench/.build/vanilla-minimal-card.js',
          tag: 'vanilla-card',
          markup: minimalMarkup('vanilla-card'),
        },
      ],
      sameDom: ['kit', 'vanilla', 'lit'],
      anchors: ['shoelace', 'lit-minimal', 'vanilla-minimal'],
    },
    {
      id: 'satellite-compare',
      title: '200 satellite charts, every chart painted',
      n: 200,
      baseline: 'vanilla',
      untilPainted: true,
      contenders: [
        {
          id: 'kit',
          label: '<satellite-compare> (kit bundle)',
          script: kit,
          tag: 'satellite-compare',
          markup: chartMarkup('satellite-compare'),
        },
        {
          id: 'vanilla',
          label: 'vanilla element, same DOM (SVG bars)',
          script: '/bench/.build/vanilla-satellite-compare.js',
          tag: 'vanilla-satellite-compare',
          markup: chartMarkup('vanilla-satellite-compare'),
        },
        {
          id: 'chartjs',
          label: 'Chart.js bar chart (canvas)',
          script: '/bench/.build/chartjs-bars.js',
          tag: 'chartjs-bars',
          markup: (i) => `<chartjs-bars data-i="${i}"></chartjs-bars>`,
        },
      ],
      sameDom: ['kit', 'vanilla'],
    },
    {
      id: 'coalition-summary',
      title: '200 summaries',
      n: 200,
      baseline: 'vanilla',
      contenders: [
        {
          id: 'kit',
          label: '<coalition-summary> (kit bundle)',
          script: kit,
          tag: 'coalition-summary',
          markup: () => `<coalition-summary></coalition-summary>`,
        },
        {
          id: 'vanilla',
          label: 'vanilla element, same DOM',
          script: '/bench/.build/vanilla-coalition-summary.js',
          tag: 'vanilla-coalition-summary',
          markup: () => `<vanilla-coalition-summary></vanilla-coalition-summary>`,
        },
      ],
      sameDom: ['kit', 'vanilla'],
    },
  ];
}

function pageFor(server, group, contender, story) {
  return server.addPage(
    `render-${group.id}-${contender.id}`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${group.id} ${contender.id}</title>` +
      `<style>${pageStyle}${group.untilPainted ? paintedStageStyle : ''}</style>` +
      (contender.css ? `<link rel="stylesheet" href="${contender.css}">` : '') +
      storyScript(story) +
      `<script type="module" src="${contender.script}"></script></head><body><div id="stage"></div></body></html>`,
  );
}

// ---- in the page ----

async function prepareInPage(tag) {
  const timeout = new Promise((_, reject) =>
    setTimeout(() => reject(new Error(`<${tag}> was not defined within 20 s: did its script load?`)), 20_000),
  );
  await Promise.race([customElements.whenDefined(tag), timeout]);
  // Let the page go quiet: the script has run, nothing else is queued.
  await new Promise((resolve) => setTimeout(resolve, 100));
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

async function insertInPage(markup) {
  const settle = async (element) => {
    if (!element.updateComplete) return;
    // updateComplete resolves to false while another update is pending (e.g. after a context arrives).
    while (!(await element.updateComplete));
  };
  const stage = document.getElementById('stage');
  const t0 = performance.now();
  stage.innerHTML = markup;
  const elements = Array.from(stage.children);
  await Promise.all(elements.map(settle));
  const height = stage.getBoundingClientRect().height; // forces style and layout of everything inserted
  const t1 = performance.now();
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  const t2 = performance.now();
  return { layout: t1 - t0, frame: t2 - t0, height, count: elements.length };
}

/** After the timing: did every element render, and how many nodes does one instance make? */
function inspectInPage() {
  const elements = Array.from(document.getElementById('stage').children);
  const rendered = elements.filter((element) =>
    element.shadowRoot
      ? element.shadowRoot.querySelector('[part~="base"]')
      : element.querySelector('canvas') && element.chart,
  ).length;
  // Painted: inside the viewport (the page paints only what is near it).
  const drawn = elements.filter((element) => {
    const box = element.getBoundingClientRect();
    return box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
  }).length;
  let nodes = 0;
  for (const element of elements) {
    for (const root of [element, element.shadowRoot].filter(Boolean)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
      while (walker.nextNode()) nodes++;
    }
  }
  return { rendered, drawn, nodesPerInstance: nodes / elements.length };
}

/** Shadow DOM of the first `count` elements, normalised: no comments, whitespace collapsed, attributes sorted. */
function signaturesInPage(count) {
  const walk = (node) => {
    let out = '';
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) out += child.data;
      else if (child.nodeType === Node.ELEMENT_NODE) {
        const attributes = [...child.attributes].map((attribute) => `${attribute.name}="${attribute.value}"`).sort();
        out += `<${[child.localName, ...attributes].join(' ')}>${walk(child)}</${child.localName}>`;
      }
    }
    return out;
  };
  return Array.from(document.getElementById('stage').children)
    .slice(0, count)
    .map((element) =>
      walk(element.shadowRoot ?? element)
        .replace(/\s+/g, ' ')
        .replace(/\s*(<[^>]*>)\s*/g, '$1'),
    );
}

// ---- in Node ----

const metricsOf = async (cdp) =>
  Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((metric) => [metric.name, metric.value]));

/** One measurement; tried up to three times (a busy machine now and then loses a page). */
async function runOne(browser, url, contender, markup, options = {}) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runOnce(browser, url, contender, markup, options);
    } catch (error) {
      if (attempt === 3) throw error;
      console.warn(`bench: ${contender.id} failed (${String(error.message ?? error).split('\n')[0]}); trying again`);
    }
  }
}

async function runOnce(
  browser,
  url,
  contender,
  markup,
  { heap = false, profile = false, signatures = 0, locate } = {},
) {
  const { context, page } = await freshPage(browser);
  try {
    await page.goto(url, { waitUntil: 'load' });
    await page.evaluate(prepareInPage, contender.tag);
    const cdp = await page.createCDPSession();
    // Main-thread CPU time (thread ticks) beside the wall clock: robust when other processes compete for the cores.
    const timed = !heap && !profile && !signatures;
    if (timed) await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const cpuBefore = timed ? await metricsOf(cdp) : undefined;
    let before;
    if (heap) {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      before = await cdp.send('Runtime.getHeapUsage');
    }
    if (profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    if (signatures) {
      // Count renders per instance (Lit elements only) in this untimed run.
      await page.evaluate((tag) => {
        window.__updates = 0;
        const proto = customElements.get(tag).prototype;
        if (typeof proto.update !== 'function') return;
        const update = proto.update;
        Object.defineProperty(proto, 'update', {
          configurable: true,
          value(...args) {
            window.__updates++;
            return update.apply(this, args);
          },
        });
      }, contender.tag);
    }
    const result = await page.evaluate(insertInPage, markup);
    if (timed) {
      const after = await metricsOf(cdp);
      const delta = (name) => (after[name] - cpuBefore[name]) * 1000;
      result.cpu = {
        total: delta('ThreadTime'),
        script: delta('ScriptDuration'),
        style: delta('RecalcStyleDuration'),
        layout: delta('LayoutDuration'),
      };
      result.cpu.other = Math.max(0, result.cpu.total - result.cpu.script - result.cpu.style - result.cpu.layout);
    }
    if (profile) result.profile = summarizeProfile((await cdp.send('Profiler.stop')).profile, locate);
    Object.assign(result, await page.evaluate(inspectInPage));
    if (signatures) result.updatesPerInstance = (await page.evaluate(() => window.__updates)) / result.count;
    if (heap) {
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const after = await cdp.send('Runtime.getHeapUsage');
      result.heap = {
        jsPerInstance: (after.usedSize - before.usedSize) / result.count,
        domPerInstance: ((after.embedderHeapUsedSize ?? 0) - (before.embedderHeapUsedSize ?? 0)) / result.count,
      };
    }
    if (signatures) result.signatures = await page.evaluate(signaturesInPage, signatures);
    return result;
  } finally {
    await context.close();
  }
}

const domCalls = new Set([
  'importNode',
  'insertBefore',
  'appendChild',
  'append',
  'setAttribute',
  'removeAttribute',
  'cloneNode',
  'createTreeWalker',
  'nextNode',
  'createElement',
  'createTextNode',
  'attachShadow',
  'set adoptedStyleSheets',
  'replaceSync',
  'dispatchEvent',
  'set data',
  'set textContent',
  'set innerHTML',
  'get children',
  'querySelector',
]);

/**
 * Self time of the sampled run: by function (top entries) and by where the code comes from. Bundle
 * positions are mapped to their source (lit-html, @lit/context, src/…) through the rebuild's map.
 */
function summarizeProfile(profile, locate) {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  const bySource = new Map();
  const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let index = 0; index < samples.length; index++) {
    const frame = byNode.get(samples[index]).callFrame;
    const ms = (deltas[index + 1] ?? deltas[index] ?? 0) / 1000;
    const file = frame.url ? frame.url.replace(/^.*\//, '') : '';
    const name = frame.functionName || '(anonymous)';
    let key;
    let source;
    if (frame.url.startsWith('pptr:')) {
      key = source = '(the benchmark itself: innerHTML, awaiting updateComplete)';
    } else if (!frame.url) {
      key = name;
      source =
        name === 'getBoundingClientRect'
          ? 'style + layout (forced by getBoundingClientRect)'
          : domCalls.has(name)
            ? 'DOM calls (cloning, inserting, attributes, events)'
            : name.startsWith('(')
              ? name
              : `native: ${name}`;
    } else {
      const located =
        file === 'coalition-widgets.js' && locate ? locate(frame.lineNumber, frame.columnNumber) : undefined;
      key = located
        ? `${name} (${located.source}:${located.line})`
        : `${name} ${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
      source = located ? located.source : file;
    }
    add(self, key, ms);
    add(bySource, source, ms);
  }
  const total = [...self.values()].reduce((sum, value) => sum + value, 0);
  const list = (map, count) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([fn, ms]) => ({ fn, ms: round(ms, 1), share: round(ms / total, 3) }));
  return { totalMs: round(total, 1), top: list(self, 12), bySource: list(bySource, 12) };
}

export const median = (values) => {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
export const round = (value, digits = 2) => (Number.isFinite(value) ? Number(value.toFixed(digits)) : value);
const spread = (values) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values) });

/** `only`: the ids of the groups to measure (all when not given). */
export async function measureRender(browser, server, story, { rounds, heapRounds, log, locate, only }) {
  const groups = renderGroups(story).filter((group) => !only || only.includes(group.id));
  const results = [];
  for (const group of groups) {
    const markups = new Map(
      group.contenders.map((contender) => [
        contender.id,
        Array.from({ length: group.n }, (_, i) => contender.markup(i)).join(''),
      ]),
    );
    const urls = new Map(group.contenders.map((contender) => [contender.id, pageFor(server, group, contender, story)]));
    const run = (contender, options) =>
      runOne(browser, urls.get(contender.id), contender, markups.get(contender.id), options);
    const samples = new Map(group.contenders.map((contender) => [contender.id, []]));
    const checks = new Map();

    // One untimed run each for the DOM signatures and renders per instance.
    for (const contender of group.contenders) {
      const checked = await run(contender, { signatures: group.id === 'quote-card' ? story.quotes.length : 3 });
      checks.set(contender.id, checked);
    }
    // The kit and its vanilla baseline, profiled once each (untimed): where their JavaScript time goes.
    const profiles = {};
    for (const contender of group.contenders.filter((c) => c.id === 'kit' || c.id === group.baseline)) {
      profiles[contender.id] = (await run(contender, { profile: true, locate })).profile;
    }

    // The wall clock ends when laid out, or for a group measured until painted, after the next frame.
    const wall = (sample) => (group.untilPainted ? sample.frame : sample.layout);
    for (let round_ = 0; round_ < rounds; round_++) {
      const order = group.contenders.map((_, i) => group.contenders[(i + round_) % group.contenders.length]);
      for (const contender of order) samples.get(contender.id).push(await run(contender));
      log?.(
        `  ${group.title}: round ${round_ + 1}/${rounds} ${order.map((c) => `${c.id} ${wall(samples.get(c.id).at(-1)).toFixed(0)} ms`).join(', ')}`,
      );
    }
    const heaps = new Map(group.contenders.map((contender) => [contender.id, []]));
    for (let round_ = 0; round_ < heapRounds; round_++) {
      for (const contender of group.contenders)
        heaps.get(contender.id).push((await run(contender, { heap: true })).heap);
    }

    const baseline = samples.get(group.baseline);
    const kitSamples = samples.get('kit');
    const contenders = group.contenders.map((contender) => {
      const own = samples.get(contender.id);
      const ratios = own.map((sample, i) => wall(sample) / wall(baseline[i]));
      const frameRatios = own.map((sample, i) => sample.frame / baseline[i].frame);
      const cpuRatios = own.map((sample, i) => sample.cpu.total / baseline[i].cpu.total);
      const check = checks.get(contender.id);
      return {
        id: contender.id,
        label: contender.label,
        script: contender.script,
        layoutMs: spread(own.map(wall)),
        frameMs: spread(own.map((sample) => sample.frame)),
        ratio: spread(ratios),
        cpuMs: spread(own.map((sample) => sample.cpu.total)),
        cpuRatio: spread(cpuRatios),
        cpuSplitMs: Object.fromEntries(
          ['script', 'style', 'layout', 'other'].map((key) => [key, median(own.map((sample) => sample.cpu[key]))]),
        ),
        cpuVsKit:
          contender.id === 'kit'
            ? undefined
            : spread(own.map((sample, i) => sample.cpu.total / kitSamples[i].cpu.total)),
        vsKit: contender.id === 'kit' ? undefined : spread(own.map((sample, i) => wall(sample) / wall(kitSamples[i]))),
        frameRatio: spread(frameRatios),
        samples: own.map((sample) => ({
          wallMs: round(sample.layout, 1),
          frameMs: round(sample.frame, 1),
          cpuMs: round(sample.cpu.total, 1),
        })),
        rendered: Math.min(...own.map((sample) => sample.rendered)),
        drawn: Math.min(...own.map((sample) => sample.drawn)),
        count: group.n,
        nodesPerInstance: round(check.nodesPerInstance, 1),
        updatesPerInstance: check.updatesPerInstance,
        heap: {
          jsPerInstance: median(heaps.get(contender.id).map((heap) => heap.jsPerInstance)),
          domPerInstance: median(heaps.get(contender.id).map((heap) => heap.domPerInstance)),
        },
      };
    });
    // The kit's time ÷ each other contender's, per round (under 1: the kit was faster).
    contenders.find((contender) => contender.id === 'kit').over = Object.fromEntries(
      group.contenders
        .filter((contender) => contender.id !== 'kit')
        .map((contender) => {
          const other = samples.get(contender.id);
          return [
            contender.id,
            {
              wall: spread(kitSamples.map((sample, i) => wall(sample) / wall(other[i]))),
              cpu: spread(kitSamples.map((sample, i) => sample.cpu.total / other[i].cpu.total)),
            },
          ];
        }),
    );
    const reference = checks.get(group.sameDom[0]).signatures;
    const sameDom = Object.fromEntries(
      group.sameDom.slice(1).map((id) => {
        const other = checks.get(id).signatures;
        const differing = reference.findIndex((signature, i) => signature !== other[i]);
        if (differing < 0) return [id, { same: true }];
        const a = reference[differing];
        const b = other[differing];
        let at = 0;
        while (at < a.length && a[at] === b[at]) at++;
        return [
          id,
          {
            same: false,
            element: differing,
            kit: a.slice(Math.max(0, at - 60), at + 80),
            other: b.slice(Math.max(0, at - 60), at + 80),
          },
        ];
      }),
    );
    results.push({
      id: group.id,
      title: group.title,
      n: group.n,
      baseline: group.baseline,
      untilPainted: !!group.untilPainted,
      anchors: group.anchors,
      rounds,
      heapRounds,
      contenders,
      sameDom,
      profiles,
      kitProfile: profiles.kit,
    });
  }
  return results;
}
