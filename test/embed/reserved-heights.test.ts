// The optional stylesheet (dist/coalition-widgets.css) keeps room for a bare widget tag before the
// kit arrives, so the article does not jump. Its heights are written from src/embed/widget-heights.ts,
// which this test measures: `npm run measure-heights` rewrites that file in Chromium; a normal run
// fails when a widget renders more than half an em taller or shorter than the room kept for it.
import { expect } from '@open-wc/testing';
import { executeServerCommand, writeFile } from '@web/test-runner-commands';
import '../../src/coalition-widgets.js';
import { defaultStory } from '../../src/story/default-story.js';
import { heightVariants, widgetTags, type Attributes, type WidgetTag } from '../../src/embed/widget-catalog.js';
import { columns, widgetHeights, type MeasuredHeight } from '../../src/embed/widget-heights.js';
import { closePages, loadPage } from '../support/pages.js';
import { renderWidget } from '../support/rendering.js';

const FONT_SIZE = 16;
const TOLERANCE_EM = 0.5;
// WebKitGTK rounds every line box down to whole pixels (a 20.88 px line is 20 px) and every glyph's
// advance too ("Report by" is 66 px wide there, 62 px in Chromium), so its text runs about 5% wider: a
// line that just fits a 326 px column in Chromium and Firefox, whose heights the file keeps, takes a
// word more onto the next line there. The summary at 360 px: 2.6% taller in full, 6.0% in compact
// (its byline and one disclosure's line, a line each). Safari on macOS places glyphs to the subpixel.
const isWebKit = /AppleWebKit/.test(navigator.userAgent) && !/Chrome/.test(navigator.userAgent);
const tolerance = (renderedEm: number) => (isWebKit ? Math.max(TOLERANCE_EM, renderedEm * 0.07) : TOLERANCE_EM);
// Arial's metrics, the commonest sans-serif on readers' devices (Liberation Sans here, in every browser).
const FONT_FAMILY = "Arial, 'Liberation Sans', sans-serif";

function describeVariant(tag: string, attributes: Attributes): string {
  return `<${tag}${Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('')}>`;
}

/** The widget rendered with the default story in a column of `width` px of 16 px sans-serif text. */
async function renderedHeight(tag: WidgetTag, attributes: Attributes, width: number): Promise<number> {
  const widget = await renderWidget(tag, attributes, { width, font: `${FONT_SIZE}px/1.5 ${FONT_FAMILY}` });
  return widget.getBoundingClientRect().height;
}

/** The min-height the stylesheet gives the bare tag (the kit not loaded) in a page `width` px wide, in em. */
async function reservedEm(tag: WidgetTag, attributes: Attributes, width: number): Promise<number> {
  const { document: page } = await loadPage(
    { html: `<link rel="stylesheet" href="/dist/coalition-widgets.css">` },
    { width, height: 200, recorder: false },
  );
  await new Promise((resolve) =>
    page.querySelector('link')!.sheet ? resolve(null) : page.querySelector('link')!.addEventListener('load', resolve),
  );
  page.body.style.margin = '0';
  page.body.style.font = `${FONT_SIZE}px ${FONT_FAMILY}`;
  const bare = page.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) bare.setAttribute(name, value);
  page.body.append(bare);
  return parseFloat(getComputedStyle(bare).minHeight) / FONT_SIZE;
}

function heightsModule(measured: Record<string, MeasuredHeight[]>): string {
  return `// Written by \`npm run measure-heights\` (test/embed/reserved-heights.test.ts, in Chromium): do not edit.
// Each widget's height in px as rendered with the default story in a column of 16 px sans-serif text,
// \`columns.phone\` or \`columns.desktop\` px wide. The optional stylesheet keeps this room for bare tags
// (scripts/write-embed-files.mjs) and iframe snippets start at these heights.
import type { Attributes, WidgetTag } from './widget-catalog.js';

export interface MeasuredHeight {
  attributes: Attributes;
  phone: number;
  desktop: number;
}

export const columns = ${JSON.stringify(columns)} as const;

export const widgetHeights: Record<WidgetTag, MeasuredHeight[]> = ${JSON.stringify(measured, null, 2)};
`;
}

describe('the room the optional stylesheet keeps for bare widget tags', () => {
  afterEach(closePages);

  it('is measured for every widget, layout and default-story quote', async () => {
    const measured: Record<string, MeasuredHeight[]> = {};
    for (const tag of widgetTags) {
      measured[tag] = [];
      for (const attributes of heightVariants(tag, defaultStory)) {
        measured[tag].push({
          attributes,
          phone: Math.round(await renderedHeight(tag, attributes, columns.phone)),
          desktop: Math.round(await renderedHeight(tag, attributes, columns.desktop)),
        });
      }
    }

    if (await executeServerCommand<boolean, void>('update-widget-heights')) {
      await writeFile({ path: '../../src/embed/widget-heights.ts', content: heightsModule(measured) });
      return;
    }
    expect(Object.keys(widgetHeights), 'widgets measured').to.deep.equal(widgetTags);
    for (const tag of widgetTags) {
      expect(
        widgetHeights[tag].map((entry) => describeVariant(tag, entry.attributes)),
        `the variants of <${tag}> in widget-heights.ts (run npm run measure-heights)`,
      ).to.deep.equal(measured[tag].map((entry) => describeVariant(tag, entry.attributes)));
    }
  });

  for (const tag of widgetTags) {
    for (const attributes of heightVariants(tag, defaultStory)) {
      for (const [size, width, pageWidth] of [
        ['phone', columns.phone, 360],
        ['desktop', columns.desktop, 1000],
      ] as const) {
        it(`is within ${TOLERANCE_EM} em of ${describeVariant(tag, attributes)} as rendered in a ${width} px column (${size})`, async () => {
          const rendered = (await renderedHeight(tag, attributes, width)) / FONT_SIZE;
          const reserved = await reservedEm(tag, attributes, pageWidth);

          expect(reserved, `reserved ${reserved.toFixed(2)} em, rendered ${rendered.toFixed(2)} em`).to.be.closeTo(
            rendered,
            tolerance(rendered),
          );
        });
      }
    }
  }
});
