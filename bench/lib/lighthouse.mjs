// Lighthouse 12.2.3 (Node API) on the demo page, against Debian's Chromium via chrome-launcher.
import { writeFile } from 'node:fs/promises';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromiumFlags, chromiumPath } from '../../scripts/debian-browsers.mjs';

const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

export async function runLighthouse(url, { reportFile, only } = {}) {
  const results = [];
  for (const [formFactor, config] of [
    ['mobile', undefined],
    ['desktop', desktopConfig],
  ].filter(([formFactor]) => !only || only === formFactor)) {
    const chrome = await chromeLauncher.launch({
      chromePath: chromiumPath,
      chromeFlags: ['--headless=new', ...chromiumFlags],
      logLevel: 'silent',
    });
    try {
      const runner = await lighthouse(
        url,
        { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories },
        config,
      );
      const lhr = runner.lhr;
      if (reportFile) await writeFile(reportFile.replace(/(\.json)?$/, `-${formFactor}.json`), runner.report);
      const scores = Object.fromEntries(
        categories.map((id) => [
          id,
          lhr.categories[id]?.score == null ? null : Math.round(lhr.categories[id].score * 100),
        ]),
      );
      const failing = {};
      for (const id of categories) {
        const category = lhr.categories[id];
        if (!category || category.score === 1) continue;
        failing[id] = category.auditRefs
          .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
          .filter(
            ({ audit }) =>
              audit &&
              audit.score !== null &&
              audit.score < 1 &&
              !['notApplicable', 'manual', 'informative'].includes(audit.scoreDisplayMode),
          )
          .filter(({ ref, audit }) => ref.weight > 0 || audit.scoreDisplayMode === 'metricSavings' || audit.score < 0.9)
          .map(({ ref, audit }) => ({
            id: ref.id,
            title: audit.title,
            score: audit.score,
            weight: ref.weight,
            displayValue: audit.displayValue,
            items: (audit.details?.items ?? []).slice(0, 3).map(describeItem).filter(Boolean),
          }));
      }
      const metrics = Object.fromEntries(
        [
          'first-contentful-paint',
          'largest-contentful-paint',
          'total-blocking-time',
          'cumulative-layout-shift',
          'speed-index',
        ].map((id) => [id, lhr.audits[id]?.displayValue]),
      );
      const table = (id) => lhr.audits[id]?.details?.items ?? [];
      results.push({
        formFactor,
        mainThread: table('mainthread-work-breakdown').map((item) => ({
          group: item.groupLabel,
          ms: Math.round(item.duration),
        })),
        bootup: table('bootup-time')
          .slice(0, 4)
          .map((item) => ({
            url: String(item.url).replace(/^https?:\/\/[^/]+/, ''),
            totalMs: Math.round(item.total),
            scriptingMs: Math.round(item.scripting),
          })),
        lighthouseVersion: lhr.lighthouseVersion,
        userAgent: lhr.environment?.hostUserAgent,
        scores,
        metrics,
        failing,
        runWarnings: lhr.runWarnings,
      });
    } finally {
      await chrome.kill();
    }
  }
  return results;
}

function describeItem(item) {
  const url = item.sourceLocation?.url ?? item.url;
  const text = [
    item.description,
    item.node?.snippet,
    typeof url === 'string' ? url.replace(/^https?:\/\/[^/]+/, '') : undefined,
  ]
    .filter(Boolean)
    .join(' ');
  return text ? text.slice(0, 200) : undefined;
}
