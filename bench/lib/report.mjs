// The tables: printed to stdout and written to docs/benchmark.md (same Markdown).
import { BUDGETS } from '../../scripts/kit-sizes.mjs';

const kB = (bytes) => (bytes == null ? '–' : (bytes / 1000).toFixed(2));
const ms = (value) => (Number.isFinite(value) ? value.toFixed(0) : '–');
const x = (value) => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '–');
const spreadText = (s, format) => `${format(s.median)} (${format(s.min)}–${format(s.max)})`;
const table = (headings, rows) =>
  [
    `| ${headings.join(' | ')} |`,
    `| ${headings.map((h) => (/^(min|gzip|brotli|ms|×|CLS)/.test(h) ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
const escapeTags = (text) => String(text).replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The full <coalition-summary>'s DOM heap per instance before it was made lighter: `npm run bench` on
 * main at 20ef158 (Chromium 156), 200 summaries inserted, laid out and painted, Blink's heap
 * (Runtime.getHeapUsage embedderHeapUsedSize, after two HeapProfiler.collectGarbage) before and
 * after, ÷ 200, median of 3 runs. Nodes: host + shadow tree, comments and white space included.
 */
export const SUMMARY_HEAP_BEFORE = { bytes: 247_100, nodes: 440, commit: '20ef158' };

/** The budgets, checked against this run (1 KB = 1,000 bytes here). */
export function budgets(results) {
  const checks = [];
  const bundle = results.sizes.kit.find((row) => row.label.startsWith('dist/coalition-widgets.js') && !row.onDemand);
  if (bundle)
    checks.push({
      budget: 'dist/coalition-widgets.js ≤ 15 KB min+gzip',
      value: `${kB(bundle.gzip)} KB`,
      pass: bundle.gzip <= BUDGETS.bundle,
    });
  for (const row of results.sizes.kit.filter((entry) => entry.label.startsWith('dist/cdn/') && !entry.onDemand)) {
    checks.push({
      budget: `${row.label.replace(' + the chunks it loads', '')} + chunks ≤ 12 KB`,
      value: `${kB(row.gzip)} KB`,
      pass: row.gzip <= BUDGETS.cdnEntry,
    });
  }
  // Render budgets: met only when both the wall-clock and the main-thread CPU medians meet them.
  const verdict = (wall, cpu, ok) =>
    ok(wall.median) && ok(cpu.median)
      ? true
      : ok(wall.median)
        ? 'wall clock only'
        : ok(cpu.median)
          ? 'CPU time only'
          : false;
  const timing = (wall, cpu) => `wall ${spreadText(wall, x)}, CPU ${spreadText(cpu, x)}`;
  for (const group of results.render ?? []) {
    const kit = group.contenders.find((contender) => contender.id === 'kit');
    const shoelace = kit.over?.shoelace;
    if (shoelace) {
      checks.push({
        budget: `${group.title}: no slower than Shoelace's card in the same rounds (kit ÷ Shoelace ≤ 1)`,
        value: timing(shoelace.wall, shoelace.cpu),
        pass: verdict(shoelace.wall, shoelace.cpu, (r) => r <= 1),
      });
    }
    // Only a twin with the kit's very DOM makes the comparison one of code, not of what is drawn.
    const twin = group.sameDom.vanilla;
    checks.push({
      budget: `${group.title}: kit ≤ 1.25× its same-DOM vanilla twin`,
      value: `${twin?.same ? '' : 'the twin’s DOM DIFFERS; '}${timing(kit.ratio, kit.cpuRatio)}`,
      pass: twin?.same ? verdict(kit.ratio, kit.cpuRatio, (r) => r <= 1.25) : false,
    });
    if (group.id === 'coalition-summary') {
      const before = SUMMARY_HEAP_BEFORE;
      const heap = kit.heap.domPerInstance;
      checks.push({
        budget:
          `one full <coalition-summary>: DOM heap ≤ half of ${kB(before.bytes)} KB per instance ` +
          `(${before.nodes} nodes; main at ${before.commit}, measured as in this run)`,
        value: `${kB(heap)} KB (${kit.nodesPerInstance} nodes), ${((heap / before.bytes) * 100).toFixed(0)} % of before`,
        pass: heap <= before.bytes / 2,
      });
    }
    const chart = group.contenders.find((contender) => contender.id === 'chartjs');
    if (chart) {
      const everyChart = [kit, chart].every(
        (c) => c.rendered === c.count && (!group.untilPainted || c.drawn === c.count),
      );
      checks.push({
        budget: `${group.title}: Chart.js ≥ 2× the kit's time`,
        value: `${everyChart ? '' : 'NOT every chart drawn; '}${timing(chart.vsKit, chart.cpuVsKit)}`,
        pass: everyChart && group.untilPainted ? verdict(chart.vsKit, chart.cpuVsKit, (r) => r >= 2) : false,
      });
    }
  }
  const first = results.firstInLanguage?.page;
  if (first)
    checks.push({
      budget: 'the first summary on a French page ≤ 1.3× the first on an English page (from the navigation)',
      value: `${spreadText(first.ratio, x)} (${first.ms.fr} ms against ${first.ms.en} ms)`,
      pass: first.ratio.median <= 1.3,
    });
  const cls = results.cls?.results ?? [];
  const byId = Object.fromEntries(cls.map((entry) => [entry.id, entry]));
  if (byId.snippets?.viewports) {
    const worst = Math.max(...Object.values(byId.snippets.viewports).map((v) => v.cls));
    checks.push({
      budget: 'snippets with fallback, script 500 ms late: CLS 0.00',
      value: worst.toFixed(3),
      pass: worst < 0.005,
    });
  }
  if (byId.bare?.viewports && byId.vanilla?.viewports) {
    const pass = Object.keys(byId.bare.viewports).every((id) => {
      const bare = byId.bare.viewports[id];
      const vanilla = byId.vanilla.viewports[id];
      return bare.shifts.length <= 1 && bare.cls <= vanilla.cls + 1e-4;
    });
    checks.push({
      budget: 'bare tags: at most one shift, no larger than the vanilla element’s',
      value: Object.entries(byId.bare.viewports)
        .map(
          ([id, v]) =>
            `${id} ${v.shifts.length} shift(s), ${v.cls.toFixed(3)} vs ${byId.vanilla.viewports[id].cls.toFixed(3)}`,
        )
        .join('; '),
      pass,
    });
  }
  if (byId['bare-css']) {
    if (byId['bare-css'].missing)
      checks.push({
        budget: 'bare tags + dist/coalition-widgets.css: CLS < 0.01',
        value: 'stylesheet not present',
        pass: false,
      });
    else {
      const worst = Math.max(...Object.values(byId['bare-css'].viewports).map((v) => v.cls));
      checks.push({
        budget: 'bare tags + dist/coalition-widgets.css: CLS < 0.01',
        value: worst.toFixed(3),
        pass: worst < 0.01,
      });
    }
  }
  for (const run of results.lighthouse ?? []) {
    if (run.error) {
      checks.push({ budget: `Lighthouse (${run.formFactor}) all 100`, value: `error: ${run.error}`, pass: false });
      continue;
    }
    const values = Object.values(run.scores);
    checks.push({
      budget: `Lighthouse demo page (${run.formFactor}): 100 in all four`,
      value: values.join(' / '),
      pass: values.every((v) => v === 100),
    });
  }
  return checks;
}

export function markdown(results) {
  const out = [];
  const m = results.machine;
  out.push(
    `Run ${results.date} on ${m.cpu} (${m.cores} cores), ${m.memory}, ${m.os}; ${m.chromium}; Node ${m.node}. ` +
      `Load average ${m.loadBefore} before, ${m.loadAfter} after (other processes were running: timings are noisy, ratios within a round less so). ` +
      `Kit ${results.kit.version} at ${results.kit.commit}${results.kit.dirty ? ' with uncommitted changes in src/' : ''}. Whole run ${results.durationSeconds} s.`,
  );

  out.push(
    '',
    '### Budgets in this run',
    '',
    table(
      ['budget', 'this run', ''],
      budgets(results).map((c) => [
        escapeTags(c.budget),
        escapeTags(c.value),
        c.pass === true ? 'met' : c.pass ? `met by ${c.pass}` : '**not met**',
      ]),
    ),
  );

  out.push(
    '',
    '### Sizes',
    '',
    'Bytes as served, each file compressed on its own (gzip level 9, brotli quality 11, node:zlib); 1 KB = 1,000 bytes.',
    '',
  );
  out.push(
    table(
      ['kit output', 'min KB', 'gzip KB', 'brotli KB', 'files', 'for'],
      results.sizes.kit.map((row) =>
        row.missing
          ? [row.label, 'not present', '', '', '', row.audience]
          : [row.label, kB(row.min), kB(row.gzip), kB(row.brotli), row.files.length, row.audience],
      ),
    ),
  );
  out.push(
    '',
    table(
      ['alternative (esbuild bundle + terser, as the kit)', 'min KB', 'gzip KB', 'brotli KB'],
      results.sizes.alternatives.map((row) => [escapeTags(row.label), kB(row.min), kB(row.gzip), kB(row.brotli)]),
    ),
  );
  if (results.sizes.breakdownError)
    out.push('', `No size breakdown: the source-mapped rebuild failed (${escapeTags(results.sizes.breakdownError)}).`);
  if (results.sizes.breakdown) {
    const b = results.sizes.breakdown;
    out.push(
      '',
      `Where the bundle's ${kB(b.total.min)} KB (min) come from, by source file (source-mapped rebuild with the kit's rollup config; "gzip alone" compresses that part by itself, so the column adds up to more than the bundle)` +
        `${b.sameAsShipped ? '' : '; src/ changed after the build, so this is a breakdown of the current sources, not byte for byte of the file measured above'}:`,
      '',
    );
    out.push(
      table(
        ['category', 'min KB', 'share'],
        b.categories.map((c) => [c.category, kB(c.min), `${(c.share * 100).toFixed(0)} %`]),
      ),
    );
    out.push(
      '',
      table(
        ['largest sources', 'min KB', 'share', 'gzip alone KB'],
        b.groups.slice(0, 12).map((g) => [g.group, kB(g.min), `${(g.share * 100).toFixed(1)} %`, kB(g.gzipAlone)]),
      ),
    );
    out.push(
      '',
      `Indentation kept inside html\`\` templates: ${kB(b.templateIndentation.min)} KB min, about ${kB(b.templateIndentation.gzip)} KB gzip.`,
    );
  }

  if (results.render) {
    out.push('', '### Render: insertion to rendered and laid out', '');
    out.push(
      `Each measurement: a fresh browser context and page that has just loaded the contender's script (a first render, not a warmed-up JIT); ` +
        `\`stage.innerHTML = N tags\`, await \`updateComplete\` of every element (Lit, repeated while updates are pending), then \`getBoundingClientRect()\` forces style and layout; ` +
        `the wall clock is read with performance.now(). The same span's main-thread CPU time (CDP Performance.getMetrics in thread ticks: ThreadTime, RecalcStyleDuration, LayoutDuration) ` +
        `also counts the next frame (paint) and is not inflated when other processes take the cores. ` +
        `A group measured "until painted" ends the wall clock after that frame (requestAnimationFrame, then a task), with every instance inside the viewport (tiled 10 across, drawn at a tenth of its size: a browser paints only what is near the viewport), so every chart is laid out at full size and painted. ` +
        `${results.render[0].rounds} rounds, contenders interleaved in a rotating order; ` +
        `ratios are taken within each round, then the median (min–max over rounds) is shown. Heap: CDP HeapProfiler.collectGarbage + Runtime.getHeapUsage around the insertion, median of ${results.render[0].heapRounds}. ` +
        `Renders per instance: calls of Lit's update() in one extra run.`,
      '',
    );
    for (const group of results.render) {
      out.push(
        `**${group.title}**${Object.entries(group.sameDom)
          .map(([id, check]) =>
            check.same
              ? ` · ${id}: same DOM as the kit`
              : ` · ${id}: DOM DIFFERS from the kit (element ${check.element})`,
          )
          .join('')}`,
        '',
      );
      out.push(
        table(
          [
            'contender',
            group.untilPainted ? 'ms wall, rendered + painted' : 'ms wall, rendered + laid out',
            '× vanilla',
            'ms main-thread CPU',
            '× vanilla (CPU)',
            'CPU ms: style / layout / JS + DOM',
            'nodes / instance',
            'renders / instance',
            'JS heap / instance',
            'DOM heap / instance',
          ],
          group.contenders.map((c) => [
            escapeTags(c.label) +
              (c.rendered < c.count ? ` (only ${c.rendered}/${c.count} rendered!)` : '') +
              (group.untilPainted && c.drawn < c.count ? ` (only ${c.drawn}/${c.count} in the viewport!)` : ''),
            spreadText(c.layoutMs, ms),
            spreadText(c.ratio, x),
            spreadText(c.cpuMs, ms),
            spreadText(c.cpuRatio, x),
            `${ms(c.cpuSplitMs.style)} / ${ms(c.cpuSplitMs.layout)} / ${ms(c.cpuSplitMs.script + c.cpuSplitMs.other)}`,
            c.nodesPerInstance,
            c.updatesPerInstance ? c.updatesPerInstance.toFixed(2) : '–',
            `${(c.heap.jsPerInstance / 1000).toFixed(1)} KB`,
            `${(c.heap.domPerInstance / 1000).toFixed(1)} KB`,
          ]),
        ),
      );
      const kit = group.contenders.find((c) => c.id === 'kit');
      const anchors = (group.anchors ?? []).filter((id) => kit.over?.[id]);
      if (anchors.length) {
        out.push(
          '',
          `The kit against the anchors (the kit's time ÷ theirs, per round; under 1× the kit was faster): ${anchors
            .map((id) => `÷ ${id} wall ${spreadText(kit.over[id].wall, x)}, CPU ${spreadText(kit.over[id].cpu, x)}`)
            .join('; ')}.`,
        );
      }
      const others = group.contenders.filter((c) => c.id !== 'kit' && c.vsKit);
      if (others.length) {
        out.push(
          '',
          `Against the kit (their time ÷ the kit's, per round): ${others.map((c) => `${c.id} wall ${spreadText(c.vsKit, x)}, CPU ${spreadText(c.cpuVsKit, x)}`).join('; ')}.`,
        );
      }
      for (const [id, p] of Object.entries(group.profiles ?? {})) {
        const share = (t) => `${escapeTags(t.fn)} ${t.ms.toFixed(0)} ms (${(t.share * 100).toFixed(0)} %)`;
        out.push(
          '',
          `CPU profile of ${id === 'kit' ? 'the kit' : id} (one sampled run, ${p.totalMs.toFixed(0)} ms): by origin ${p.bySource.slice(0, 7).map(share).join(', ')}; ` +
            `top functions ${p.top.slice(0, 5).map(share).join(', ')}.`,
        );
      }
      out.push('');
    }
  }

  if (results.firstInLanguage) {
    const { rounds, page, inserted } = results.firstInLanguage;
    const line = (way) =>
      `French ÷ English per round ${spreadText(way.ratio, x)}; medians ${way.ms.fr} ms and ${way.ms.en} ms`;
    out.push(
      '',
      '### The first summary in French and in English',
      '',
      `A fresh page with \`<html lang="fr">\` or \`lang="en"\`; the French summary loads its words, and the story's ` +
        `translation when the kit has one, from the same server. ${rounds} rounds, the two pages alternating. ` +
        `From the navigation, the tag and the script in the page's HTML, until the summary shows in the page's language, laid out: ${line(page)}. ` +
        `Inserted into a page that has loaded the script, from the insertion: ${line(inserted)}. ` +
        `Headlines shown: ${Object.entries(page.headlines)
          .map(([lang, headline]) => `${lang} “${escapeTags(headline)}”`)
          .join(', ')}.`,
    );
  }

  if (results.cls) {
    out.push('', '### Layout shift: an article with 20 widgets', '');
    out.push(
      `A news article (headline, lede, then a widget after every two paragraphs: quote cards, satellite charts, summaries), the script held back ${results.cls.scriptDelayMs} ms by the server; ` +
        `PerformanceObserver('layout-shift', buffered), read ${results.cls.settleMs / 1000} s after load. CLS is Chrome's largest session window; it counts only what moves inside the viewport. ` +
        `"page height" is the document height when parsing ended (before any script) and after settling; "changed" counts widgets whose height changed.`,
      '',
    );
    const rows = [];
    for (const entry of results.cls.results) {
      if (entry.missing) {
        rows.push([escapeTags(entry.label), '', entry.missing, '', '', '', '']);
        continue;
      }
      for (const v of Object.values(entry.viewports)) {
        rows.push([
          escapeTags(entry.label),
          v.viewport,
          v.cls.toFixed(3),
          String(v.shifts.length),
          v.shifts
            .map((s) => `${s.value.toFixed(3)} at ${s.sinceScriptMs >= 0 ? '+' : ''}${Math.round(s.sinceScriptMs)} ms`)
            .join(', ') || '–',
          `${v.pageHeightBefore} → ${v.pageHeightAfter}${v.beforeTakenAfterUpgrade ? ' (first height read too late)' : ''}`,
          `${v.widgetsChanged}/${v.widgets}`,
        ]);
      }
    }
    out.push(
      table(
        ['case', 'viewport', 'CLS', 'shifts', 'each shift, from the script’s arrival', 'page height px', 'changed'],
        rows,
      ),
    );
  }

  if (results.lighthouse) {
    out.push('', '### Lighthouse on the demo page', '');
    out.push(
      table(
        ['form factor', 'performance', 'accessibility', 'best practices', 'SEO', 'below 100 because'],
        results.lighthouse.map((run) =>
          run.error
            ? [run.formFactor, 'error', '', '', '', escapeTags(run.error)]
            : [
                run.formFactor,
                run.scores.performance,
                run.scores.accessibility,
                run.scores['best-practices'],
                run.scores.seo,
                Object.values(run.failing)
                  .flat()
                  .map(
                    (a) =>
                      `${escapeTags(a.title)}${a.displayValue ? ` (${escapeTags(a.displayValue)})` : ''}${a.items?.length ? `: ${escapeTags(a.items.join('; '))}` : ''}`,
                  )
                  .join('; ') || '–',
              ],
        ),
      ),
    );
  }
  return out.join('\n');
}

export function document(results) {
  return `# Benchmark

\`npm run bench\` builds the kit, builds the alternatives it is compared with, and measures sizes, render time,
heap, layout shift and Lighthouse scores in headless Chromium. It is not part of \`npm test\`. The full numbers
(every round, CPU splits, CPU profiles, layout shifts) are in \`bench/results.json\`. This page is rewritten by every run.

${markdown(results)}

### How the alternatives are made

- Every alternative is a page-ready ES module bundled by esbuild (tree-shaken) and minified by terser with the
  kit's options; the sources are in \`bench/alternatives/\`.
- The vanilla elements and the plain Lit card produce the same shadow DOM as the kit's widgets (checked every
  run, comments and whitespace aside) and adopt the same CSS, read from the kit's own elements in Chromium, so
  the comparison is of the code that builds the DOM, not of the styles.
- The anchors a card is measured against, rendered in the same rounds as the kit: Shoelace's card gets
  the quote as slotted light DOM and its light theme stylesheet; the minimal Lit card and the minimal vanilla
  card (the same DOM and CSS, written by hand) show the quote and the speaker in a bordered figure.
- Chart.js draws a horizontal bar chart of the same three countries on a 600×220 canvas, animation and
  responsiveness off.
- Timings come from a machine that may be busy with other work; each ratio compares runs made seconds apart.
`;
}
