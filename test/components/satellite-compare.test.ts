import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { defaultStory, type SatelliteCompare, type Story } from '../../src/coalition-widgets.js';
import { widgetCsv } from '../../src/story/csv.js';
import '../../src/coalition-widgets.js';
import { expectNoHorizontalOverflow, runWidgetContract } from '../support/contract.js';
import { expectNoProblemShown, expectOneProblemReported, watchProblems } from '../support/problems.js';
import { isVisible, part, shownText } from '../support/reading.js';
import { forEachRendering, renderWidget, type Attributes, type Surroundings } from '../support/rendering.js';
import { settled } from '../support/waiting.js';
import { $, closePages, loadPage } from '../support/pages.js';

function renderChart(attributes: Attributes = {}, around?: Surroundings) {
  return renderWidget<SatelliteCompare>('satellite-compare', attributes, around);
}

/** A story of the test's own with these counts (US, France, UK), and no report sentence, which names the real ones. */
function storyWithCounts([us, france, uk]: readonly number[]): Story {
  const story = structuredClone(defaultStory);
  const [usEntry, franceEntry, ukEntry] = story.satellites.countries;
  [usEntry.count, franceEntry.count, ukEntry.count] = [us, france, uk];
  delete story.satellites.evidence;
  return story;
}

/** The bar rows as a reader sees them, by country name (a trailing "*" points to a note). */
function barRow(chart: SatelliteCompare, countryName: string): HTMLElement {
  const rows = [...chart.shadowRoot!.querySelectorAll<HTMLElement>('[part="chart"] li')];
  const row = rows.find((li) => shownText(li.querySelector('.name')).replace(/\*$/, '') === countryName);
  if (!row) throw new Error(`no bar row for ${countryName}`);
  return row;
}

function barWidth(chart: SatelliteCompare, countryName: string): number {
  return barRow(chart, countryName).querySelector('rect')!.getBoundingClientRect().width;
}

function barFill(chart: SatelliteCompare, countryName: string): string {
  return getComputedStyle(barRow(chart, countryName).querySelector('rect')!).fill;
}

/** The chart's title as a reader sees it. */
function title(chart: SatelliteCompare): string {
  return shownText(part(chart, 'title'));
}

/**
 * What a screen reader reads of `element`: its text, the text kept for screen readers (visually
 * hidden) included, what is aria-hidden or not displayed left out.
 */
function heardText(element: Element): string {
  const read = (node: Node): string => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent!;
    if (node instanceof Element && (node.ariaHidden === 'true' || getComputedStyle(node).display === 'none')) return '';
    return [...node.childNodes].map(read).join('');
  };
  return read(element).replace(/\s+/g, ' ').trim();
}

/** WCAG contrast ratio of two computed `rgb()` colours. */
function contrast(one: string, other: string): number {
  const [a, b] = [one, other].map(luminance).sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}

function luminance(color: string): number {
  const channels = color
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map(Number);
  const [r, g, b] = channels.map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The background colour drawn behind `element`: its own, or the nearest ancestor's that is not transparent. */
function backgroundBehind(element: Element): string {
  for (let at: Element | null = element; at; at = at.parentElement ?? (at.parentNode as ShadowRoot).host ?? null) {
    const color = getComputedStyle(at).backgroundColor;
    if (!/^rgba\(.*,\s*0\)$|^transparent$/.test(color)) return color;
  }
  throw new Error('no background');
}

/** Each text a sighted reader sees in the chart (visible, not visually hidden), with its colour and its background's. */
function shownTexts(chart: SatelliteCompare): { text: string; color: string; background: string }[] {
  const walker = document.createTreeWalker(chart.shadowRoot!, NodeFilter.SHOW_TEXT);
  const texts = [];
  while (walker.nextNode()) {
    const holder = walker.currentNode.parentElement!;
    const text = walker.currentNode.textContent!.trim();
    if (!text || holder.closest('style') || !isVisible(holder)) continue;
    texts.push({ text, color: getComputedStyle(holder).color, background: backgroundBehind(holder) });
  }
  return texts;
}

/**
 * Clicks "Get the data (CSV)" and catches the download: the link the chart clicks, whose download is
 * stopped, and the file its Blob URL holds.
 */
async function getTheData(chart: HTMLElement): Promise<{ name: string; url: string; type: string; text: string }> {
  const link = new Promise<HTMLAnchorElement>((resolve) =>
    chart.shadowRoot!.addEventListener('click', (event) => {
      const target = event.composedPath()[0] as Element;
      // By name: the chart may be in a page of its own (another window's HTMLAnchorElement).
      if (target.localName === 'a' && target.hasAttribute('download')) {
        event.preventDefault();
        resolve(target as HTMLAnchorElement);
      }
    }),
  );
  part(chart, 'get-data')!.click();
  const { download, href } = await link;
  const file = await (await fetch(href)).blob();
  return { name: download, url: href, type: file.type, text: await file.text() };
}

async function openTable(chart: SatelliteCompare): Promise<HTMLDetailsElement> {
  const details = chart.shadowRoot!.querySelector('details')!;
  const toggled = oneEvent(details, 'toggle');
  chart.shadowRoot!.querySelector('summary')!.click();
  await toggled;
  await settled(chart);
  return details;
}

describe('<satellite-compare>', () => {
  const watch = watchProblems();

  forEachRendering(() => {
    runWidgetContract({
      tag: 'satellite-compare',
      looks: [{}, { highlight: 'FR' }],
      mistakes: [{ attributes: { highlight: 'DE' }, fix: { highlight: 'UK' }, says: ['"US"', '"FR"', '"UK"'] }],
      text: '[part="title"]',
      accent: [
        { what: 'the bars', selector: '.bar-row rect', property: 'fill' },
        { what: 'the link that opens the table', selector: 'summary', property: 'color' },
      ],
    });

    describe('content, as the article reports it', () => {
      it('shows 249 for the United States, 17 for France and 6 for the United Kingdom', async () => {
        const chart = await renderChart();

        const rows = [...chart.shadowRoot!.querySelectorAll<HTMLElement>('[part="chart"] li')].map((li) =>
          shownText(li),
        );
        expect(rows).to.deep.equal(['United States 249', 'France 17', 'United Kingdom* 6']);
        expect(shownText(chart)).to.include('Military satellites');
      });

      it('draws each bar in proportion to its count', async () => {
        const chart = await renderChart();

        const us = barWidth(chart, 'United States');
        const france = barWidth(chart, 'France');
        const uk = barWidth(chart, 'United Kingdom');
        expect(us).to.be.greaterThan(100);
        expect(us).to.be.closeTo((france * 249) / 17, 1);
        expect(us).to.be.closeTo((uk * 249) / 6, 1);
        expect(france).to.be.closeTo((us * 17) / 249, 1);
      });

      it('titles the chart with its finding, as firmly as the report and naming it: about 15 times France’s, 42 times the United Kingdom’s', async () => {
        const chart = await renderChart();

        expect(title(chart)).to.equal(
          'The United States has about 15 times France’s military satellites and 42 times the United Kingdom’s, according to the report',
        );
        expect(part(chart, 'title')!.getAttribute('role')).to.equal('heading');
        expect(shownText(part(chart, 'summary'))).to.equal('Military satellites by country');
      });

      // The report's figures compare at 15 and 42 times; a newsroom's own figures reach the title's other wordings.
      const findings = [
        {
          counts: [30, 17, 6],
          says: 'The United States has about 1.8 times France’s military satellites and 5 times the United Kingdom’s',
        },
        {
          counts: [99, 40, 10],
          says: 'The United States has about 2.5 times France’s military satellites and 9.9 times the United Kingdom’s',
        },
        { counts: [35, 34, 0], says: 'The United States has about as many military satellites as France' },
        {
          counts: [12, 30, 11],
          says: 'France has about 2.5 times the United States’ military satellites and 2.7 times the United Kingdom’s',
        },
      ];
      for (const { counts, says } of findings) {
        it(`titles a story of ${counts.join(', ')} satellites (no report sentence, so no one named): ${says}`, async () => {
          const chart = await renderChart({}, { story: storyWithCounts(counts) });

          expect(title(chart)).to.equal(says);
        });
      }

      it('titles a story of other countries with its figures and names its own source', async () => {
        const story = structuredClone(defaultStory);
        story.sources!.push({ id: 'ledger', name: 'The Ledger' });
        story.satellites = {
          countries: [
            { code: 'JP', name: 'Japan', count: 9 },
            { code: 'CN', name: 'China', count: 157 },
            { code: 'NL', name: 'Netherlands', count: 2 },
            { code: 'IN', name: 'India', count: 26 },
          ],
          source: 'The Ledger’s count',
          evidence: [{ reportedBy: 'ledger', excerpt: 'China has 157 military satellites, India 26, Japan 9.' }],
        };

        const chart = await renderChart({}, { story });
        const highlighted = await renderChart({ highlight: 'nl' }, { story });

        expect(title(chart)).to.equal(
          'China has about 6 times India’s military satellites and 17 times Japan’s, according to The Ledger',
        );
        expect(title(highlighted)).to.equal(
          'China has about 79 times the Netherlands’ military satellites, according to The Ledger',
        );
      });

      for (const { highlight, says } of [
        { highlight: 'UK', says: 'The United States has about 42 times the United Kingdom’s military satellites' },
        { highlight: 'france', says: 'The United States has about 15 times France’s military satellites' },
        {
          highlight: 'US',
          says: 'The United States has about 15 times France’s military satellites and 42 times the United Kingdom’s',
        },
      ]) {
        it(`titles the chart with highlight="${highlight}": ${says}`, async () => {
          const chart = await renderChart({ highlight });

          expect(title(chart)).to.equal(`${says}, according to the report`);
        });
      }

      it('retitles itself when the highlight changes', async () => {
        const chart = await renderChart({ highlight: 'FR' });

        chart.setAttribute('highlight', 'UK');
        await settled(chart);

        expect(title(chart)).to.equal(
          'The United States has about 42 times the United Kingdom’s military satellites, according to the report',
        );
      });

      it('under the editor’s own title, or none, compares the countries in the sentence under it', async () => {
        const titled = await renderChart({ heading: 'Who watches from orbit?' });
        const untitled = await renderChart({ 'hide-headline': '' });

        expect(title(titled)).to.equal('Who watches from orbit?');
        for (const chart of [titled, untitled]) {
          expect(shownText(part(chart, 'summary'))).to.equal(
            'According to the report, the United States has 249 military satellites: about 15 times as many as France (17) and about 42 times as many as the United Kingdom (6*).',
          );
        }
        expect(part(untitled, 'title')).to.equal(null);
      });

      it('keeps the table closed until the reader opens it', async () => {
        const chart = await renderChart();

        const details = chart.shadowRoot!.querySelector('details')!;
        const table = part(chart, 'table');
        expect(details.open).to.equal(false);
        expect(isVisible(chart.shadowRoot!.querySelector('summary'))).to.equal(true);
        expect(isVisible(table), 'the table is visible').to.equal(false);
        expect(shownText(chart), 'the figures of the table are not shown').not.to.include('Country');
      });

      it('shows a row per country with its number once the table is opened', async () => {
        // Arrange
        const chart = await renderChart();

        // Act
        const details = await openTable(chart);

        // Assert
        const table = part<HTMLTableElement>(chart, 'table')!;
        expect(details.open).to.equal(true);
        expect(isVisible(table)).to.equal(true);
        const rows = [...table.tBodies[0].rows].map((row) => [...row.cells].map((cell) => shownText(cell)));
        expect(rows).to.deep.equal([
          ['United States', '249'],
          ['France', '17'],
          ['United Kingdom', '6'],
        ]);
      });

      it('notes the source, and that the UK uses U.S. constellations', async () => {
        const chart = await renderChart();

        const source = part(chart, 'source');
        const text = shownText(source);
        expect(isVisible(source)).to.equal(true);
        expect(text).to.include(
          'United Kingdom: Operational satellites; the UK also receives services from U.S. constellations.',
        );
        expect(text).to.include('Source: the report, which does not say where its figures come from.');
      });

      for (const highlight of ['FR', 'france', 'France', 'fr']) {
        it(`marks France's row with highlight="${highlight}": its bar in the accent colour, the others quiet`, async () => {
          // Arrange
          const plain = await renderChart();
          const accent = barFill(plain, 'France');

          // Act
          const chart = await renderChart({ highlight });

          // Assert
          expect(barRow(chart, 'France').classList.contains('highlighted')).to.equal(true);
          expect(barRow(chart, 'United States').classList.contains('highlighted')).to.equal(false);
          expect(barFill(chart, 'France'), 'the highlighted bar').to.equal(accent);
          const quiet = barFill(chart, 'United States');
          expect(quiet, 'the other bars').not.to.equal(accent);
          expect(barFill(chart, 'United Kingdom')).to.equal(quiet);
          expect(barFill(plain, 'United States'), 'every bar without a highlight').to.equal(accent);
          expectNoProblemShown(chart);
        });
      }

      it('shows the smallest highlighted bar by its figure: in the accent colour and bold, right before the bar', async () => {
        const chart = await renderChart({ highlight: 'UK' }, { width: 360 });

        const row = barRow(chart, 'United Kingdom');
        const bar = row.querySelector('svg')!.getBoundingClientRect();
        const count = row.querySelector('.count')!;
        const gap = bar.left - count.getBoundingClientRect().right;
        expect(bar.width, 'width of the bar, px').to.be.at.least(3);
        expect(gap, 'from the figure to its bar, px').to.be.within(0, 12);
        expect(getComputedStyle(count).color).to.equal(barFill(chart, 'United Kingdom'));
        expect(Number(getComputedStyle(count).fontWeight)).to.be.at.least(700);
        expect(Number(getComputedStyle(row.querySelector('.name')!).fontWeight)).to.be.at.least(700);
        const other = barRow(chart, 'France');
        expect(getComputedStyle(other.querySelector('.count')!).color).not.to.equal(getComputedStyle(count).color);
      });

      it('draws a count far below the largest at least 3 px wide, and none for a count of none', async () => {
        const chart = await renderChart({}, { story: storyWithCounts([100_000, 17, 0]), width: 280 });

        expect(barWidth(chart, 'France'), 'France: 17 of 100,000').to.be.within(3, 3.5);
        expect(
          barRow(chart, 'United Kingdom').querySelector('svg')!.getBoundingClientRect().width,
          'United Kingdom: 0',
        ).to.equal(0);
        expect(shownText(barRow(chart, 'United Kingdom').querySelector('.count'))).to.equal('0');
        expect(shownText(barRow(chart, 'United States').querySelector('.count'))).to.equal('100,000');
        expectNoHorizontalOverflow(chart);
      });

      for (const theme of ['light', 'dark']) {
        for (const highlight of [undefined, 'UK']) {
          it(`keeps every bar at 3:1 and every text at 4.5:1 against its background (${theme} theme, ${highlight ? `highlight="${highlight}"` : 'no highlight'}, the table open)`, async () => {
            const chart = await renderChart({ theme, highlight });
            await openTable(chart);

            const card = getComputedStyle(part(chart, 'base')!).backgroundColor;
            for (const rect of chart.shadowRoot!.querySelectorAll('.bar rect')) {
              const fill = getComputedStyle(rect).fill;
              expect(
                contrast(fill, backgroundBehind(rect.closest('svg')!)),
                `a bar (${fill}) on ${card}`,
              ).to.be.at.least(3);
            }
            const texts = shownTexts(chart);
            expect(texts.map(({ text }) => text)).to.include.members(['Get the data (CSV)', '6', 'Country']);
            for (const { text, color, background } of texts) {
              expect(contrast(color, background), `"${text}" (${color} on ${background})`).to.be.at.least(4.5);
            }
          });
        }
      }

      it('reads each bar as its country and its figure: "United Kingdom: 6 military satellites (see note)", no "star"', async () => {
        const chart = await renderChart({ highlight: 'UK' });

        const rows = [...chart.shadowRoot!.querySelectorAll('[part="chart"] li')].map(heardText);
        expect(rows).to.deep.equal([
          'United States: 249 military satellites',
          'France: 17 military satellites',
          'United Kingdom: 6 military satellites (see note)',
        ]);
        expect(shownText(barRow(chart, 'United Kingdom').querySelector('.name')), 'what the eye sees').to.equal(
          'United Kingdom*',
        );
      });

      it('marks the highlighted row of the table, in bold on a tinted row and in words for screen readers', async () => {
        const chart = await renderChart({ highlight: 'UK' });
        await openTable(chart);

        const rows = [...part<HTMLTableElement>(chart, 'table')!.tBodies[0].rows];
        const [us, france, uk] = rows;
        expect(rows.map((row) => heardText(row))).to.deep.equal([
          'United States 249',
          'France 17',
          'Highlighted: United Kingdom 6',
        ]);
        const weight = (row: HTMLTableRowElement) => Number(getComputedStyle(row.cells[1]).fontWeight);
        expect(weight(uk), 'the figure of the highlighted row').to.be.at.least(700);
        expect(weight(france)).to.be.below(700);
        const tint = (row: HTMLTableRowElement) => backgroundBehind(row.cells[1]);
        expect(tint(uk)).not.to.equal(tint(us));
        expect(tint(france)).to.equal(tint(us));
      });

      it('marks no row of the table without a highlight', async () => {
        const chart = await renderChart();
        await openTable(chart);

        const table = part<HTMLTableElement>(chart, 'table')!;
        expect(heardText(table)).not.to.include('ighlighted');
      });

      it('gets the data: a CSV file made in the browser, each country with its note and the source', async () => {
        const chart = await renderChart({ highlight: 'UK' });

        const file = await getTheData(chart);

        expect(file.name).to.equal('military-satellites.csv');
        expect(file.url).to.match(/^blob:/);
        // WebKit's fetch of a Blob URL answers the type without its charset.
        expect(file.type).to.match(/^text\/csv(;charset=utf-8)?$/);
        const source = '"the report, which does not say where its figures come from."';
        expect(file.text).to.equal(
          [
            'country,code,military_satellites,note,source',
            `United States,US,249,,${source}`,
            `France,FR,17,,${source}`,
            `United Kingdom,UK,6,Operational satellites; the UK also receives services from U.S. constellations.,${source}`,
            '',
          ].join('\r\n'),
        );
        expect(file.text, 'the publish command’s data.csv').to.equal(widgetCsv('satellite-compare', {}, defaultStory));
        expectNoProblemShown(chart);
      });

      it('gets the data of the story it shows, quoted where a value holds a comma or quotation marks', async () => {
        const story = storyWithCounts([30, 17, 6]);
        story.satellites.countries[2].note = 'Counted "operational", as of 2025';
        story.satellites.source = 'The Ledger';
        const chart = await renderChart({}, { story });

        const { text } = await getTheData(chart);

        expect(text.split('\r\n')).to.deep.equal([
          'country,code,military_satellites,note,source',
          'United States,US,30,,The Ledger',
          'France,FR,17,,The Ledger',
          'United Kingdom,UK,6,"Counted ""operational"", as of 2025",The Ledger',
          '',
        ]);
      });
    });
  });

  describe('problems', () => {
    it('rejects highlight="DE", naming the attribute and the countries it can highlight', async () => {
      const chart = await fixture<SatelliteCompare>(html`<satellite-compare highlight="DE"></satellite-compare>`);

      await expectOneProblemReported(chart, watch, ['highlight="DE"', '"US"', '"FR"', '"UK"']);
    });

    it('still shows the chart next to the highlight error', async () => {
      const chart = await fixture<SatelliteCompare>(html`<satellite-compare highlight="DE"></satellite-compare>`);
      await settled(chart);

      expect(isVisible(part(chart, 'error'))).to.equal(true);
      expect(isVisible(part(chart, 'chart'))).to.equal(true);
      expect(watch.pageErrors).to.deep.equal([]);
    });
  });

  describe('in a page that loads the built kit', () => {
    afterEach(closePages);

    it('loads the download only when the reader asks for the data: a chunk of its own', async () => {
      const page = await loadPage('/test/fixtures/pages/cms-article.html');
      const chart = $(page.document, 'satellite-compare');
      const chunks = () =>
        page.window.performance
          .getEntriesByType('resource')
          .map((entry) => entry.name)
          .filter((name) => /\/chunks\/download-data-[\w-]+\.js$/.test(name));
      expect(chunks(), 'before the click').to.deep.equal([]);

      const file = await getTheData(chart);

      expect(chunks(), 'after the click').to.have.length(1);
      expect(file.text.split('\r\n')[3]).to.match(/^United Kingdom,UK,6,/);
    });

    // The build collapses white space in templates: a space that ends a hidden text must survive it.
    it('reads the highlighted row of the table to screen readers with its words apart', async () => {
      const page = await loadPage('/test/fixtures/pages/cms-article.html');
      const chart = page.document.querySelector<SatelliteCompare>('satellite-compare[highlight]')!;
      await openTable(chart);

      const rows = [...part<HTMLTableElement>(chart, 'table')!.tBodies[0].rows];
      expect(heardText(rows[2].cells[0])).to.equal('Highlighted: United Kingdom');
    });
  });

  describe('in narrow and wide columns', () => {
    it('fits 280px with the table open', async () => {
      const chart = await renderChart({}, { width: 280 });

      await openTable(chart);

      expectNoHorizontalOverflow(chart);
    });

    it('puts each bar below the country name at 280px and beside it at 700px, its figure before it', async () => {
      // Arrange, Act
      const narrow = await renderChart({}, { width: 280 });
      const wide = await renderChart({}, { width: 700 });

      // Assert
      const layout = (chart: SatelliteCompare, countryName: string) => {
        const row = barRow(chart, countryName);
        return {
          name: row.querySelector('.name')!.getBoundingClientRect(),
          count: row.querySelector('.count')!.getBoundingClientRect(),
          bar: row.querySelector('svg')!.getBoundingClientRect(),
        };
      };
      for (const chart of [narrow, wide]) {
        const [us, uk] = [layout(chart, 'United States'), layout(chart, 'United Kingdom')];
        expect(us.bar.left, 'the bars start at one line').to.be.closeTo(uk.bar.left, 0.5);
        expect(us.count.right, 'the figures end at one line').to.be.closeTo(uk.count.right, 0.5);
        expect(us.bar.left, 'a figure before its bar').to.be.at.least(us.count.right);
      }
      const n = layout(narrow, 'United States');
      expect(n.bar.top, 'narrow: bar below the name').to.be.at.least(n.name.bottom - 0.5);
      expect(n.count.left).to.be.closeTo(n.name.left, 0.5);
      const w = layout(wide, 'United States');
      expect(w.count.left, 'wide: figure and bar to the right of the name').to.be.at.least(w.name.right - 0.5);
      expect(w.bar.top).to.be.below(w.name.bottom);
    });
  });

  describe("in the article's type", () => {
    for (const font of ['19px Georgia, serif', '15px Arial, sans-serif']) {
      it(`titles the chart at least as large as the text it sits in (${font})`, async () => {
        const chart = await renderChart({}, { font });

        const size = (element: Element) => parseFloat(getComputedStyle(element).fontSize);
        const text = size(chart.parentElement!);
        expect(size(part(chart, 'title')!), 'the title').to.be.at.least(text);
        expect(size(part(chart, 'title')!), 'the title, against the line under it').to.be.above(
          size(part(chart, 'summary')!),
        );
        expect(size(part(chart, 'summary')!), 'the line under the title').to.equal(text);
      });

      it(`sets its notes and source at 85 % of the article's text, as the summary's (${font})`, async () => {
        const chart = await renderChart({}, { font });

        const size = (element: Element) => parseFloat(getComputedStyle(element).fontSize);
        const text = size(chart.parentElement!);
        for (const line of part(chart, 'source')!.querySelectorAll('p, summary'))
          expect(size(line), line.textContent).to.be.closeTo(0.85 * text, 0.05);
      });
    }
  });

  describe('accessibility', () => {
    for (const theme of ['light', 'dark']) {
      it(`passes axe in the ${theme} theme with France highlighted and the table open`, async () => {
        const chart = await renderChart({ theme, highlight: 'FR' });
        await openTable(chart);

        await expect(chart).to.be.accessible();
      });
    }
  });
});
