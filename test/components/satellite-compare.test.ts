import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { defaultStory, type SatelliteCompare, type Story } from '../../src/coalition-widgets.js';
import '../../src/coalition-widgets.js';
import { expectNoHorizontalOverflow, runWidgetContract } from '../support/contract.js';
import { expectNoProblemShown, expectOneProblemReported, watchProblems } from '../support/problems.js';
import { isVisible, part, shownText } from '../support/reading.js';
import { forEachRendering, renderWidget, type Surroundings } from '../support/rendering.js';
import { settled } from '../support/waiting.js';

function renderChart(attributes: { theme?: string; highlight?: string } = {}, around?: Surroundings) {
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

      it('sums up: about 15 times as many as France and about 42 times as many as the United Kingdom', async () => {
        const chart = await renderChart();

        const summary = shownText(part(chart, 'summary'));
        expect(summary).to.include('According to the report, the United States has 249 military satellites');
        expect(summary).to.include('about 15 times as many as France (17)');
        expect(summary).to.include('about 42 times as many as the United Kingdom (6*)');
      });

      // The report's figures compare at 15 and 42 times; these reach the sentence's other wordings.
      const comparisons = [
        {
          counts: [30, 17, 6],
          says: 'about 1.8 times as many as France (17) and about 5 times as many as the United Kingdom (6*)',
        },
        {
          counts: [99, 40, 10],
          says: 'about 2.5 times as many as France (40) and about 9.9 times as many as the United Kingdom (10*)',
        },
        {
          counts: [35, 34, 0],
          says: 'about as many as France (34) and against none for the United Kingdom (0*)',
        },
      ];
      for (const { counts, says } of comparisons) {
        it(`sums up a story of ${counts.join(', ')} satellites: ${says}`, async () => {
          const chart = await renderChart({}, { story: storyWithCounts(counts) });

          expect(shownText(part(chart, 'summary'))).to.equal(
            `The United States has ${counts[0]} military satellites: ${says}.`,
          );
        });
      }

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
        it(`marks France's row and colours its bar differently with highlight="${highlight}"`, async () => {
          // Arrange
          const plain = await renderChart();
          const plainFrance = barFill(plain, 'France');

          // Act
          const chart = await renderChart({ highlight });

          // Assert
          expect(barRow(chart, 'France').classList.contains('highlighted')).to.equal(true);
          expect(barRow(chart, 'United States').classList.contains('highlighted')).to.equal(false);
          expect(barFill(chart, 'France')).not.to.equal(barFill(chart, 'United States'));
          expect(barFill(chart, 'France')).not.to.equal(barFill(chart, 'United Kingdom'));
          expect(barFill(chart, 'France')).not.to.equal(plainFrance);
          expectNoProblemShown(chart);
        });
      }
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

  describe('in narrow and wide columns', () => {
    it('fits 280px with the table open', async () => {
      const chart = await renderChart({}, { width: 280 });

      await openTable(chart);

      expectNoHorizontalOverflow(chart);
    });

    it('puts each bar below the country name at 280px and beside it at 700px', async () => {
      // Arrange, Act
      const narrow = await renderChart({}, { width: 280 });
      const wide = await renderChart({}, { width: 700 });

      // Assert
      const layout = (chart: SatelliteCompare) => {
        const row = barRow(chart, 'United States');
        return {
          name: row.querySelector('.name')!.getBoundingClientRect(),
          bar: row.querySelector('svg')!.getBoundingClientRect(),
        };
      };
      const n = layout(narrow);
      expect(n.bar.top, 'narrow: bar below the name').to.be.at.least(n.name.bottom - 0.5);
      expect(n.bar.left).to.be.closeTo(n.name.left, 0.5);
      const w = layout(wide);
      expect(w.bar.left, 'wide: bar to the right of the name').to.be.at.least(w.name.right - 0.5);
      expect(w.bar.top).to.be.below(w.name.bottom);
    });
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
