import { expect, fixture, html } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { CoalitionSummary } from '../../src/coalition-widgets.js';
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
  tags,
  watchProblems,
  type ProblemWatch,
} from '../support/widgets.js';

async function renderSummary(attributes: { theme?: string; layout?: string } = {}): Promise<CoalitionSummary> {
  const summary = await fixture<CoalitionSummary>(
    html`<coalition-summary
      theme=${ifDefined(attributes.theme)}
      layout=${ifDefined(attributes.layout)}
    ></coalition-summary>`,
  );
  await settled(summary);
  return summary;
}

async function renderInWidth(width: number, layout?: string): Promise<CoalitionSummary> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: ${width}px"><coalition-summary layout=${ifDefined(layout)}></coalition-summary></div>`,
  );
  const summary = wrapper.querySelector('coalition-summary')!;
  await settled(summary);
  return summary;
}

function figuresText(summary: CoalitionSummary): string {
  return normalizeSpace(shadowPart(summary, '[part="figures"]').innerText);
}

describe('<coalition-summary>', () => {
  let watch: ProblemWatch;
  beforeEach(() => (watch = watchProblems()));
  afterEach(() => watch.restore());

  describe('content, as the article reports it (full layout)', () => {
    it('says the meeting was at NATO Headquarters in Brussels on 10 April 2025', async () => {
      const summary = await renderSummary();

      const text = shadowText(summary);
      expect(text).to.include('Brussels');
      expect(text).to.include('NATO Headquarters');
      expect(text.toLowerCase()).to.include('10 april 2025');
      const dates = [...summary.shadowRoot!.querySelectorAll('time')].map((time) => time.getAttribute('datetime'));
      expect(dates).to.include('2025-04-10');
    });

    it('counts 30 countries taking part', async () => {
      const summary = await renderSummary();

      expect(figuresText(summary)).to.match(/\b30 countries taking part\b/);
    });

    it('says 6 of 30 countries are reportedly considering sending troops, with 30 marks of which 6 are "ready"', async () => {
      const summary = await renderSummary();

      const marks = [...summary.shadowRoot!.querySelectorAll<HTMLElement>('.marks .mark')];
      const ready = marks.filter((mark) => mark.classList.contains('ready'));
      expect(figuresText(summary)).to.include('6 of 30 reportedly considering sending troops');
      expect(marks.length).to.equal(30);
      expect(ready.length).to.equal(6);
      expect(marks.every(isRendered), 'every mark is visible').to.equal(true);
      const readyColour = getComputedStyle(ready[0]).backgroundColor;
      expect(getComputedStyle(marks[29]).backgroundColor, 'a mark that is not ready looks different').not.to.equal(
        readyColour,
      );
    });

    it('gives the marks a text equivalent with the numbers', async () => {
      const summary = await renderSummary();

      const marks = shadowPart(summary, '.marks');
      expect(marks.getAttribute('role')).to.equal('img');
      expect(marks.getAttribute('aria-label')).to.equal('6 of 30 countries are reportedly considering sending troops');
    });

    it('shows a force of 10,000–30,000 troops as a band starting one third along the track', async () => {
      const summary = await renderSummary();

      const track = shadowPart(summary, '.range .track').getBoundingClientRect();
      const band = shadowPart(summary, '.range .band').getBoundingClientRect();
      expect(figuresText(summary)).to.include('10,000–30,000 troops could make up the allied force');
      expect(track.width).to.be.greaterThan(100);
      expect(band.left - track.left).to.be.closeTo(track.width / 3, 1);
      expect(band.right).to.be.closeTo(track.right, 1);
    });

    it('gives the range a text equivalent with the numbers', async () => {
      const summary = await renderSummary();

      const range = shadowPart(summary, 'svg.range');
      expect(range.getAttribute('role')).to.equal('img');
      const label = normalizeSpace(range.getAttribute('aria-label')!);
      expect(label).to.include('10,000–30,000');
      expect(label).to.include('30,000');
    });

    it('lists the four objectives in order', async () => {
      const summary = await renderSummary();

      const objectives = shadowPart(summary, '[part="objectives"]');
      const titles = [...objectives.querySelectorAll('li strong')].map((title) =>
        normalizeSpace((title as HTMLElement).innerText),
      );
      expect(titles).to.deep.equal(['Safe skies', 'Safe sea', 'Peace on the land', 'Ukraine’s own deterrent']);
      expect(isRendered(objectives)).to.equal(true);
    });

    it('explains the U.S. position: no part in the reassurance force; intelligence, surveillance and satellites sought', async () => {
      const summary = await renderSummary();

      const position = shadowPart(summary, '[part="us-position"]');
      const text = normalizeSpace(position.innerText).toLowerCase();
      expect(isRendered(position)).to.equal(true);
      expect(text).to.include('reassurance force');
      expect(text).to.include('intelligence sharing');
      expect(text).to.include('surveillance');
      expect(text).to.include('satellite support');
    });

    it('names the United Kingdom and France as the closest partners', async () => {
      const summary = await renderSummary();

      expect(shadowText(summary)).to.match(/Closest partners: the United Kingdom and France/);
    });

    it('attributes the troop figure to AFP as quoted on X, and notes that the list stops at "the Baltic…"', async () => {
      const summary = await renderSummary();

      const text = figuresText(summary);
      expect(text).to.include('AFP, as quoted on X by @jurgen_nauditt');
      expect(text).to.include('the Baltic…');
    });

    it('spells New Zealand correctly, never "Zeeland"', async () => {
      const summary = await renderSummary();

      expect(shadowText(summary)).to.include('New Zealand');
      expect(summary.shadowRoot!.textContent).not.to.match(/Zeeland/i);
    });

    it('names the report it comes from', async () => {
      const summary = await renderSummary();

      expect(normalizeSpace(shadowPart(summary, '[part="source"]').innerText)).to.equal(
        'Report by Anna van Densky, Brussels, 10 April 2025',
      );
    });
  });

  describe('layout="compact"', () => {
    it('hides the objectives and the U.S. position', async () => {
      const summary = await renderSummary({ layout: 'compact' });

      expect(tags(summary.shadowRoot!.querySelector('[part="objectives"]'))).to.deep.equal([]);
      expect(tags(summary.shadowRoot!.querySelector('[part="us-position"]'))).to.deep.equal([]);
      expect(shadowText(summary)).not.to.include('Safe skies');
    });

    it('keeps the three figures: 30 countries, 6 of 30 reportedly considering, 10,000–30,000 troops', async () => {
      const summary = await renderSummary({ layout: 'compact' });

      const text = figuresText(summary);
      expect(text).to.match(/\b30 countries taking part\b/);
      expect(text).to.include('6 of 30 reportedly considering sending troops');
      expect(text).to.include('10,000–30,000 troops');
      expect(summary.shadowRoot!.querySelectorAll('.marks .mark.ready').length).to.equal(6);
      expectNoProblemShown(summary);
    });

    it('is shorter than the full layout', async () => {
      const full = await renderSummary();
      const compact = await renderSummary({ layout: 'compact' });

      expect(compact.getBoundingClientRect().height).to.be.below(full.getBoundingClientRect().height);
    });
  });

  describe('problems', () => {
    it('rejects layout="wide", naming the layouts it supports', async () => {
      const summary = await fixture<CoalitionSummary>(html`<coalition-summary layout="wide"></coalition-summary>`);

      await expectOneProblemReported(summary, watch, ['layout="wide"', '"full"', '"compact"']);
    });

    it('rejects theme="neon", naming the themes it supports', async () => {
      const summary = await fixture<CoalitionSummary>(html`<coalition-summary theme="neon"></coalition-summary>`);

      await expectOneProblemReported(summary, watch, ['theme="neon"', '"light"', '"dark"', '"auto"']);
    });

    it('reports a problem once, however often it re-renders while the problem stays', async () => {
      // Arrange
      const summary = await fixture<CoalitionSummary>(html`<coalition-summary layout="wide"></coalition-summary>`);
      await settled(summary);

      // Act: two more renders, the layout still wrong
      summary.setAttribute('theme', 'dark');
      await settled(summary);
      summary.requestUpdate();
      await settled(summary);

      // Assert
      expect(isRendered(shadowPart(summary, '[part="error"]'))).to.equal(true);
      expect(watch.eventMessages()).to.have.length(1);
      expect(watch.kitWarnings()).to.have.length(1);
    });

    it('removes the error once the layout is fixed', async () => {
      // Arrange
      const summary = await fixture<CoalitionSummary>(html`<coalition-summary layout="wide"></coalition-summary>`);
      await expectOneProblemReported(summary, watch, ['layout="wide"']);

      // Act
      summary.setAttribute('layout', 'compact');
      await settled(summary);

      // Assert
      expectNoProblemShown(summary);
      expect(watch.eventMessages()).to.have.length(1);
      expect(watch.kitWarnings()).to.have.length(1);
    });

    it('reports a layout set after it rendered, and forgets it when removed', async () => {
      const summary = await renderSummary();

      summary.setAttribute('layout', 'wide');
      await expectOneProblemReported(summary, watch, ['layout="wide"']);
      summary.removeAttribute('layout');
      await settled(summary);

      expectNoProblemShown(summary);
      expect(watch.pageErrors).to.deep.equal([]);
    });
  });

  describe('theming', () => {
    it('theme="dark" draws light text on a dark card', async () => {
      const summary = await renderSummary({ theme: 'dark' });

      const base = shadowPart(summary, '[part~="base"]');
      expect(luminance(getComputedStyle(base).backgroundColor)).to.be.below(0.1);
      expect(luminance(getComputedStyle(shadowPart(summary, '[part="headline"]')).color)).to.be.above(0.6);
    });

    it('theme="light" draws dark text on a light card', async () => {
      const summary = await renderSummary({ theme: 'light' });

      const base = shadowPart(summary, '[part~="base"]');
      expect(luminance(getComputedStyle(base).backgroundColor)).to.be.above(0.8);
      expect(luminance(getComputedStyle(shadowPart(summary, '[part="headline"]')).color)).to.be.below(0.2);
    });

    it('accepts theme="auto" without an error', async () => {
      const summary = await renderSummary({ theme: 'auto' });

      expectNoProblemShown(summary);
      expect(watch.eventMessages()).to.have.length(0);
      expect(watch.kitWarnings()).to.have.length(0);
    });

    it('colours the ready marks and the force band with --cw-color-accent set by the page', async () => {
      const summary = await fixture<CoalitionSummary>(
        html`<coalition-summary style="--cw-color-accent: rgb(200, 0, 0)"></coalition-summary>`,
      );
      await settled(summary);

      expect(getComputedStyle(shadowPart(summary, '.mark.ready')).backgroundColor).to.equal('rgb(200, 0, 0)');
      expect(getComputedStyle(shadowPart(summary, '.range .band')).fill).to.equal('rgb(200, 0, 0)');
    });

    it('uses the font of the page around it', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="font-family: Georgia, serif"><coalition-summary></coalition-summary></div>`,
      );
      const summary = wrapper.querySelector('coalition-summary')!;
      await settled(summary);

      const font = getComputedStyle(shadowPart(summary, '[part="headline"]')).fontFamily;
      expect(font).to.include('Georgia');
      expect(font).to.equal(getComputedStyle(wrapper).fontFamily);
    });

    for (const layout of ['full', 'compact']) {
      it(`sets no inline style on the host or in its shadow root (${layout})`, async () => {
        const summary = await renderSummary({ theme: 'dark', layout });

        expect(summary.hasAttribute('style')).to.equal(false);
        expect(summary.shadowRoot!.querySelectorAll('[style]').length).to.equal(0);
      });
    }
  });

  describe('in a narrow column', () => {
    it('keeps the 30 marks and the figure tiles inside the card’s padding at 280px', async () => {
      const summary = await renderInWidth(280);

      const figures = shadowPart(summary, '[part="figures"]').getBoundingClientRect();
      const tiles = [...summary.shadowRoot!.querySelectorAll('.figure')].map((tile) => tile.getBoundingClientRect());
      const lastMark = [...summary.shadowRoot!.querySelectorAll('.mark')].at(-1)!.getBoundingClientRect();
      for (const tile of tiles) expect(tile.right, 'right edge of a figure tile').to.be.at.most(figures.right + 0.5);
      expect(lastMark.right, 'right edge of the last mark').to.be.at.most(figures.right + 0.5);
    });

    for (const layout of ['full', 'compact']) {
      it(`fits 280px without horizontal overflow (${layout})`, async () => {
        const summary = await renderInWidth(280, layout);

        expect(summary.getBoundingClientRect().width).to.be.closeTo(280, 0.5);
        expectNoHorizontalOverflow(summary);
      });
    }
  });

  describe('accessibility', () => {
    for (const theme of ['light', 'dark']) {
      for (const layout of ['full', 'compact']) {
        it(`passes axe in the ${theme} theme (${layout})`, async () => {
          const summary = await renderSummary({ theme, layout });

          await expect(summary).to.be.accessible();
        });
      }

      it(`passes axe while showing an error (${theme} theme)`, async () => {
        const summary = await renderSummary({ theme, layout: 'wide' });

        expect(summary.shadowRoot!.querySelector('[part="error"]')).to.exist;
        await expect(summary).to.be.accessible();
      });
    }
  });
});
