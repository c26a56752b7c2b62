// Visual baselines: each widget, in each layout, light and dark, in a 360 px phone column and a 720 px
// one, as screenshots compared with test/visual/screenshots/<browser>/baseline/. Chromium and Firefox
// only: WebKitGTK's element screenshots come back solid black here (web-test-runner.config.mjs keeps
// this folder out of its run). A baseline changes on purpose only: `npm run update-visual`, then look at
// the new PNGs before committing them.
// Forced colours too, in Chromium's light and dark palettes (DevTools emulates them, test/support/media.ts),
// each widget in the theme that matches the palette. Not in Firefox: it cannot emulate forced colours here;
// media.ts would only switch on the kit's @media rules while Firefox keeps its own colours, a page no
// reader sees, so a baseline of it would guard nothing real.
import { visualDiff } from '@web/test-runner-visual-regression';
import '../../src/coalition-widgets.js';
import { emulate, endEmulation } from '../support/media.js';
import { WIDGET_TAGS } from '../support/pages.js';
import { settled } from '../support/waiting.js';

const CHART = '<satellite-compare highlight="UK"></satellite-compare>';
const CASES = [
  { name: 'summary-full', markup: '<coalition-summary></coalition-summary>' },
  { name: 'summary-compact', markup: '<coalition-summary layout="compact"></coalition-summary>' },
  { name: 'quote', markup: '<quote-card quote="healey-planning"></quote-card>' },
  { name: 'quote-post', markup: '<quote-card quote="nauditt-post"></quote-card>' },
  { name: 'chart', markup: CHART },
];
const WIDTHS = [360, 720];
const THEMES = ['light', 'dark'] as const;

/** Whether this browser really renders forced colours (Chromium, through DevTools). */
const rendersForcedColours = (await emulate('forced colours', WIDGET_TAGS)) === 'browser';
await endEmulation();

/** A column of an article: sans-serif 16 px text on the theme's page colour, the widget inside. */
async function column(markup: string, width: number, theme: string): Promise<HTMLElement> {
  const holder = document.createElement('div');
  holder.className = 'column';
  holder.style.cssText = `width:${width}px;padding:8px;font:16px/1.5 sans-serif;background:${theme === 'dark' ? '#111' : '#fff'};color-scheme:${theme}`;
  holder.innerHTML = markup.replace('><', ` theme="${theme}"><`);
  document.body.append(holder);
  const widget = holder.firstElementChild as HTMLElement & { updateComplete: Promise<unknown> };
  await widget.updateComplete;
  await settled(holder);
  await document.fonts.ready;
  return holder;
}

describe('visual baselines', () => {
  afterEach(() => document.querySelectorAll('.column').forEach((holder) => holder.remove()));

  for (const { name, markup } of CASES) {
    for (const width of WIDTHS) {
      for (const theme of THEMES) {
        it(`${name} at ${width} px, ${theme}`, async () => {
          await visualDiff(await column(markup, width, theme), `${name}-${width}-${theme}`);
        });
      }
    }
  }

  if (rendersForcedColours) {
    describe('in forced colours', () => {
      afterEach(() => endEmulation());

      for (const { name, markup } of CASES) {
        for (const width of WIDTHS) {
          for (const palette of THEMES) {
            it(`${name} at ${width} px, forced colours, ${palette} palette`, async () => {
              await emulate('forced colours', WIDGET_TAGS, palette);
              await visualDiff(await column(markup, width, palette), `${name}-${width}-forced-${palette}`);
            });
          }
        }
      }

      // The highlighted UK bar is a sliver, well under 0.5% of the chart's pixels: a close-up of it
      // catches the bar losing its Highlight, which the chart's screenshot lets through.
      for (const palette of THEMES) {
        it(`chart's highlighted bar close up, forced colours, ${palette} palette`, async () => {
          await emulate('forced colours', WIDGET_TAGS, palette);
          const chart = (await column(CHART, 720, palette)).firstElementChild!;
          const bar = chart.shadowRoot!.querySelector<SVGElement>('.highlighted .bar')!;
          await visualDiff(bar, `chart-highlighted-bar-forced-${palette}`);
        });
      }
    });
  }
});
