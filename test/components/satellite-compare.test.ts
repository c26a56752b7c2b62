import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { SatelliteCompare } from '../../src/coalition-widgets.js';
import '../../src/coalition-widgets.js';
import {
  expectNoHorizontalOverflow,
  expectNoProblemShown,
  expectOneProblemReported,
  isRendered,
  luminance,
  normalizeSpace,
  settled,
  shadowPart,
  shadowText,
  watchProblems,
  type ProblemWatch,
} from '../support/widgets.js';

async function renderChart(attributes: { theme?: string; highlight?: string } = {}): Promise<SatelliteCompare> {
  const chart = await fixture<SatelliteCompare>(
    html`<satellite-compare
      theme=${ifDefined(attributes.theme)}
      highlight=${ifDefined(attributes.highlight)}
    ></satellite-compare>`,
  );
  await settled(chart);
  return chart;
}

async function renderInWidth(width: number): Promise<SatelliteCompare> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px"><satellite-compare></satellite-compare></div>`,
  );
  const chart = wrapper.querySelector('satellite-compare')!;
  await settled(chart);
  return chart;
}

/** The bar rows as a reader sees them, by country name (a trailing "*" points to a note). */
function barRow(chart: SatelliteCompare, countryName: string): HTMLElement {
  const rows = [...chart.shadowRoot!.querySelectorAll<HTMLElement>('[part="chart"] li')];
  const row = rows.find(
    (li) => normalizeSpace(li.querySelector('.name')!.textContent!).replace(/\*$/, '') === countryName,
  );
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
  const details = shadowPart<HTMLDetailsElement>(chart, 'details');
  const toggled = oneEvent(details, 'toggle');
  shadowPart(chart, 'summary').click();
  await toggled;
  await settled(chart);
  return details;
}

describe('<satellite-compare>', () => {
  let watch: ProblemWatch;
  beforeEach(() => (watch = watchProblems()));
  afterEach(() => watch.restore());

  describe('content, as the article reports it', () => {
    it('shows 249 for the United States, 17 for France and 6 for the United Kingdom', async () => {
      const chart = await renderChart();

      const rows = [...chart.shadowRoot!.querySelectorAll<HTMLElement>('[part="chart"] li')].map((li) =>
        normalizeSpace(li.innerText),
      );
      expect(rows).to.deep.equal(['United States 249', 'France 17', 'United Kingdom* 6']);
      expect(shadowText(chart)).to.include('Military satellites');
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

      const summary = normalizeSpace(shadowPart(chart, '[part="summary"]').innerText);
      expect(summary).to.include('According to the report, the United States has 249 military satellites');
      expect(summary).to.include('about 15 times as many as France (17)');
      expect(summary).to.include('about 42 times as many as the United Kingdom (6*)');
    });

    it('keeps the table closed until the reader opens it', async () => {
      const chart = await renderChart();

      const details = shadowPart<HTMLDetailsElement>(chart, 'details');
      const table = shadowPart(chart, '[part="table"]');
      expect(details.open).to.equal(false);
      expect(isRendered(shadowPart(chart, 'summary'))).to.equal(true);
      expect(table.checkVisibility?.() ?? isRendered(table), 'the table is visible').to.equal(false);
    });

    it('shows a row per country with its number once the table is opened', async () => {
      // Arrange
      const chart = await renderChart();

      // Act
      const details = await openTable(chart);

      // Assert
      const table = shadowPart<HTMLTableElement>(chart, '[part="table"]');
      expect(details.open).to.equal(true);
      expect(isRendered(table)).to.equal(true);
      const rows = [...table.tBodies[0].rows].map((row) =>
        [...row.cells].map((cell) => normalizeSpace(cell.innerText)),
      );
      expect(rows).to.deep.equal([
        ['United States', '249'],
        ['France', '17'],
        ['United Kingdom', '6'],
      ]);
    });

    it('notes the source, and that the UK uses U.S. constellations', async () => {
      const chart = await renderChart();

      const source = shadowPart(chart, '[part="source"]');
      const text = normalizeSpace(source.innerText);
      expect(isRendered(source)).to.equal(true);
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

  describe('problems', () => {
    it('rejects highlight="DE", naming the attribute and the countries it can highlight', async () => {
      const chart = await fixture<SatelliteCompare>(html`<satellite-compare highlight="DE"></satellite-compare>`);

      await expectOneProblemReported(chart, watch, ['highlight="DE"', '"US"', '"FR"', '"UK"']);
    });

    it('still shows the chart next to the highlight error', async () => {
      const chart = await fixture<SatelliteCompare>(html`<satellite-compare highlight="DE"></satellite-compare>`);
      await settled(chart);

      expect(isRendered(shadowPart(chart, '[part="error"]'))).to.equal(true);
      expect(isRendered(shadowPart(chart, '[part="chart"]'))).to.equal(true);
      expect(watch.pageErrors).to.deep.equal([]);
    });

    it('rejects theme="neon", naming the themes it supports', async () => {
      const chart = await fixture<SatelliteCompare>(html`<satellite-compare theme="neon"></satellite-compare>`);

      await expectOneProblemReported(chart, watch, ['theme="neon"', '"light"', '"dark"', '"auto"']);
    });

    it('removes the error once highlight is fixed', async () => {
      // Arrange
      const chart = await fixture<SatelliteCompare>(html`<satellite-compare highlight="DE"></satellite-compare>`);
      await settled(chart);
      expect(chart.shadowRoot!.querySelector('[part="error"]')).to.exist;

      // Act
      chart.setAttribute('highlight', 'UK');
      await settled(chart);

      // Assert
      expectNoProblemShown(chart);
      expect(barRow(chart, 'United Kingdom').classList.contains('highlighted')).to.equal(true);
      expect(watch.eventMessages()).to.have.length(1);
      expect(watch.pageErrors).to.deep.equal([]);
    });

    it('removes the error once the theme is fixed', async () => {
      const chart = await fixture<SatelliteCompare>(html`<satellite-compare theme="neon"></satellite-compare>`);
      await settled(chart);

      chart.setAttribute('theme', 'light');
      await settled(chart);

      expectNoProblemShown(chart);
      expect(watch.kitWarnings()).to.have.length(1);
    });

    it('reports a highlight set after the chart rendered', async () => {
      const chart = await renderChart();
      expect(watch.eventMessages()).to.have.length(0);

      chart.highlight = 'DE';

      await expectOneProblemReported(chart, watch, ['highlight="DE"']);
    });
  });

  describe('theming', () => {
    it('theme="dark" draws light text on a dark card', async () => {
      const chart = await renderChart({ theme: 'dark' });

      const base = shadowPart(chart, '[part~="base"]');
      expect(luminance(getComputedStyle(base).backgroundColor)).to.be.below(0.1);
      expect(luminance(getComputedStyle(shadowPart(chart, '[part="title"]')).color)).to.be.above(0.6);
    });

    it('theme="light" draws dark text on a light card', async () => {
      const chart = await renderChart({ theme: 'light' });

      const base = shadowPart(chart, '[part~="base"]');
      expect(luminance(getComputedStyle(base).backgroundColor)).to.be.above(0.8);
      expect(luminance(getComputedStyle(shadowPart(chart, '[part="title"]')).color)).to.be.below(0.2);
    });

    it('accepts theme="auto" without an error', async () => {
      const chart = await renderChart({ theme: 'auto' });

      expectNoProblemShown(chart);
      expect(watch.eventMessages()).to.have.length(0);
      expect(watch.kitWarnings()).to.have.length(0);
    });

    it('colours the bars with --cw-color-accent set by the page', async () => {
      const chart = await fixture<SatelliteCompare>(
        html`<satellite-compare style="--cw-color-accent: rgb(200, 0, 0)"></satellite-compare>`,
      );
      await settled(chart);

      expect(barFill(chart, 'United States')).to.equal('rgb(200, 0, 0)');
      expect(getComputedStyle(shadowPart(chart, 'summary')).color).to.equal('rgb(200, 0, 0)');
    });

    it('uses the font of the page around it', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="font-family: Georgia, serif"><satellite-compare></satellite-compare></div>`,
      );
      const chart = wrapper.querySelector('satellite-compare')!;
      await settled(chart);

      const font = getComputedStyle(shadowPart(chart, '[part="summary"]')).fontFamily;
      expect(font).to.include('Georgia');
      expect(font).to.equal(getComputedStyle(wrapper).fontFamily);
    });

    it('sets no inline style on the host or in its shadow root', async () => {
      const chart = await renderChart({ theme: 'dark', highlight: 'FR' });

      expect(chart.hasAttribute('style')).to.equal(false);
      expect(chart.shadowRoot!.querySelectorAll('[style]').length).to.equal(0);
    });
  });

  describe('in narrow and wide columns', () => {
    it('fits 280px without horizontal overflow', async () => {
      const chart = await renderInWidth(280);

      expect(chart.getBoundingClientRect().width).to.be.closeTo(280, 0.5);
      expectNoHorizontalOverflow(chart);
    });

    it('fits 280px with the table open', async () => {
      const chart = await renderInWidth(280);

      await openTable(chart);

      expectNoHorizontalOverflow(chart);
    });

    it('puts each bar below the country name at 280px and beside it at 700px', async () => {
      // Arrange, Act
      const narrow = await renderInWidth(280);
      const wide = await renderInWidth(700);

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
      it(`passes axe in the ${theme} theme`, async () => {
        const chart = await renderChart({ theme });

        await expect(chart).to.be.accessible();
      });

      it(`passes axe in the ${theme} theme with France highlighted and the table open`, async () => {
        const chart = await renderChart({ theme, highlight: 'FR' });
        await openTable(chart);

        await expect(chart).to.be.accessible();
      });

      it(`passes axe while showing an error (${theme} theme)`, async () => {
        const chart = await renderChart({ theme, highlight: 'DE' });

        expect(chart.shadowRoot!.querySelector('[part="error"]')).to.exist;
        await expect(chart).to.be.accessible();
      });
    }
  });
});
