import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { defaultStory, type CoalitionSummary } from '../../src/coalition-widgets.js';
import { formatList, inSentence } from '../../src/story/format.js';
import '../../src/coalition-widgets.js';
import { runWidgetContract } from '../support/contract.js';
import { expectNoProblemShown, expectOneProblemReported, watchProblems } from '../support/problems.js';
import { isVisible, part, shownText, tags } from '../support/reading.js';
import { forEachRendering, renderWidget, type Surroundings } from '../support/rendering.js';
import { settled } from '../support/waiting.js';

function renderSummary(attributes: { layout?: string } = {}, around?: Surroundings): Promise<CoalitionSummary> {
  return renderWidget<CoalitionSummary>('coalition-summary', attributes, around);
}

function figuresText(summary: CoalitionSummary): string {
  return shownText(part(summary, 'figures'));
}

/** What a reader sees (or, with `alsoHidden`, what the widget holds), without the isolates around story text. */
function readText(summary: CoalitionSummary, alsoHidden?: 'all'): string {
  const text = alsoHidden ? shownText(summary.shadowRoot, { alsoHidden }) : shownText(summary);
  return text.replace(/[\u2066-\u2069]/g, '');
}

function disclosuresOf(summary: CoalitionSummary): HTMLDetailsElement[] {
  return [...summary.shadowRoot!.querySelectorAll('details')];
}

/** Every fact the full layout tells of the default story, as it words them. */
const story = defaultStory;
const FACTS = [
  story.headline,
  story.meeting.name,
  story.meeting.venue,
  '30 countries taking part',
  'Closest partners: the United Kingdom and France',
  `${story.coalition.description}.`,
  `${story.coalition.initiative}.`,
  '6 of 30 reportedly considering sending troops',
  story.troops.caveat,
  story.troops.otherContributions!,
  '10,000–30,000 troops could make up the allied force',
  `${story.force.role}.`,
  ...story.objectives.map((objective) => objective.title),
  story.usPosition.summary,
  `What the coalition still seeks from the U.S.: ${formatList(story.usPosition.sought.map((item) => inSentence(item)))}.`,
  'Sources: the report and AFP, as quoted on X by @jurgen_nauditt, a private account',
  'Sources: the report and Bloomberg',
  ...[
    ...story.coalition.evidence!,
    ...story.troops.evidence!,
    ...story.force.evidence!,
    ...story.objectives[0].evidence!,
    ...story.usPosition.evidence!,
  ].map((item) => item.excerpt.replace(/\s+/g, ' ')),
  'Report by Anna van Densky, Brussels, 10 April 2025',
];

/** Elements of `within` that hold text of their own (a text node with more than white space). */
function textHolders(within: Element): Element[] {
  return [...within.querySelectorAll('*')].filter((element) =>
    [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim()),
  );
}

/** The circles a path of marks draws, one subpath each. */
const circles = (path: Element) => path.getAttribute('d')!.match(/M/g)?.length ?? 0;

const fontSize = (element: Element) => parseFloat(getComputedStyle(element).fontSize);

describe('<coalition-summary>', () => {
  const watch = watchProblems();

  forEachRendering(() => {
    runWidgetContract({
      tag: 'coalition-summary',
      looks: [{ layout: 'full' }, { layout: 'compact' }],
      mistakes: [{ attributes: { layout: 'wide' }, fix: { layout: 'compact' }, says: ['"full"', '"compact"'] }],
      text: '[part="headline"]',
      accent: [
        { what: 'the kicker', selector: '.kicker', property: 'color' },
        { what: 'the marks of countries ready to send troops', selector: '.marks .ready', property: 'fill' },
        { what: 'the rule before each objective', selector: '.objectives li', property: 'border-inline-start-color' },
      ],
    });

    describe('content, as the article reports it (full layout)', () => {
      it('says the meeting was at NATO Headquarters in Brussels on 10 April 2025', async () => {
        const summary = await renderSummary();

        const text = shownText(summary);
        expect(text).to.include('Brussels');
        expect(text).to.include('NATO Headquarters');
        expect(text.toLowerCase()).to.include('10 april 2025');
        const dates = [...summary.shadowRoot!.querySelectorAll('time')].map((time) => time.getAttribute('datetime'));
        expect(dates).to.include('2025-04-10');
      });

      it('dates and places the meeting from the story’s meeting, not its report', async () => {
        // A story of the test's own: the meeting in another city, two weeks before the report from Brussels.
        const story = structuredClone(defaultStory);
        story.meeting.city = 'Paris';
        story.meeting.date = '2025-03-27';

        const summary = await renderSummary({}, { story });

        const kicker = summary.shadowRoot!.querySelector('.kicker');
        expect(shownText(kicker), 'the kicker, in capitals').to.equal('PARIS · 27 MARCH 2025');
        expect(kicker?.querySelector('time')?.getAttribute('datetime')).to.equal('2025-03-27');
        expect(shownText(part(summary, 'source'))).to.equal('Report by Anna van Densky, Brussels, 10 April 2025');
      });

      it('counts 30 countries taking part', async () => {
        const summary = await renderSummary();

        expect(figuresText(summary)).to.match(/\b30 countries taking part\b/);
      });

      it('says 6 of 30 countries are reportedly considering sending troops, with 30 marks of which 6 are "ready"', async () => {
        const summary = await renderSummary();

        // One path of circles for the ready, one for the others.
        const [ready, others] = [...summary.shadowRoot!.querySelectorAll<SVGPathElement>('.marks path')];
        expect(figuresText(summary)).to.include('6 of 30 reportedly considering sending troops');
        expect(circles(ready) + circles(others)).to.equal(30);
        expect(circles(ready)).to.equal(6);
        expect(isVisible(summary.shadowRoot!.querySelector('.marks')), 'the marks are visible').to.equal(true);
        for (const path of [ready, others]) expect(path.getBBox().width, 'drawn').to.be.greaterThan(40);
        expect(getComputedStyle(others).fill, 'a mark that is not ready looks different').not.to.equal(
          getComputedStyle(ready).fill,
        );
      });

      it('says each figure in its heading, so that a screen reader hears the number with its words', async () => {
        const summary = await renderSummary();

        const headings = [...summary.shadowRoot!.querySelectorAll('.figure h3')].map((heading) => shownText(heading));
        expect(headings).to.deep.equal([
          '30 countries taking part',
          '6 of 30 reportedly considering sending troops',
          '10,000–30,000 troops could make up the allied force',
        ]);
        expect(
          summary.shadowRoot!.querySelector('.marks')!.getAttribute('aria-hidden'),
          'the marks, a picture of the heading',
        ).to.equal('true');
      });

      it('draws no bar for the force: against its own maximum it would show nothing the numbers do not', async () => {
        const summary = await renderSummary();

        expect(summary.shadowRoot!.querySelector('.force svg, .force [role="img"]')).to.equal(null);
      });

      it('lists the four objectives in order', async () => {
        const summary = await renderSummary();

        const objectives = part(summary, 'objectives');
        const lines = [...(objectives?.querySelectorAll('li') ?? [])].map((line) => shownText(line));
        expect(lines, 'one line each, the title alone').to.deep.equal([
          'Safe skies',
          'Safe sea',
          'Peace on the land',
          'Ukraine’s own deterrent',
        ]);
        expect(isVisible(objectives)).to.equal(true);
      });

      it('explains the U.S. position: no part in the reassurance force; intelligence, surveillance and satellites sought (behind "More")', async () => {
        const summary = await renderSummary();
        const position = part(summary, 'us-position')!;
        expect(isVisible(position)).to.equal(true);
        expect(shownText(position)).to.include('reassurance force');

        position.querySelector<HTMLDetailsElement>('details')!.open = true;

        const text = shownText(position).toLowerCase();
        expect(text).to.include('intelligence sharing');
        expect(text).to.include('surveillance');
        expect(text).to.include('satellite support');
      });

      it('names the United Kingdom and France as the closest partners', async () => {
        const summary = await renderSummary();

        expect(shownText(summary)).to.match(/Closest partners: the United Kingdom and France/);
      });

      it('attributes the troop figure to AFP as quoted on X, and notes (behind "More") that the list stops at "the Baltic…"', async () => {
        const summary = await renderSummary();
        expect(figuresText(summary)).to.include('AFP, as quoted on X by @jurgen_nauditt');

        disclosuresOf(summary)[1].open = true;

        expect(figuresText(summary)).to.include('the Baltic…');
      });

      it('spells New Zealand correctly, never "Zeeland"', async () => {
        const summary = await renderSummary();

        expect(shownText(summary, { alsoHidden: 'all' })).to.include('New Zealand');
        expect(shownText(summary, { alsoHidden: 'all' }), 'anywhere, shown or not').not.to.match(/Zeeland/i);
      });

      it('names the report it comes from', async () => {
        const summary = await renderSummary();

        expect(shownText(part(summary, 'source'))).to.equal('Report by Anna van Densky, Brussels, 10 April 2025');
      });
    });

    describe('at a glance, with the rest a disclosure away', () => {
      // The room test/embed/reserved-heights.test.ts measures in: 16 px sans text, a phone's 360 px column.
      const PHONE = { width: 360, font: "16px/1.5 Arial, 'Liberation Sans', sans-serif" };
      for (const [layout, most] of [
        ['full', 900],
        ['compact', 520],
      ] as const) {
        it(`is at most ${most} px tall in the ${layout} layout, in a 360 px column of 16 px sans text`, async () => {
          const summary = await renderSummary(layout === 'full' ? {} : { layout }, PHONE);

          expect(summary.getBoundingClientRect().height).to.be.at.most(most);
        });
      }

      it('holds every fact with its disclosures closed, and shows each once they are open', async () => {
        const summary = await renderSummary({}, PHONE);

        const held = readText(summary, 'all');
        expect(
          FACTS.filter((fact) => !held.includes(fact)),
          'facts the widget does not hold',
        ).to.deep.equal([]);
        const atAGlance = readText(summary);
        const behind = FACTS.filter((fact) => !atAGlance.includes(fact));
        expect(behind, 'the notes wait behind the disclosures').to.include.members([
          `${story.coalition.description}.`,
          story.troops.caveat,
          `${story.force.role}.`,
        ]);
        expect(atAGlance, 'the figures, objectives and U.S. position at a glance').to.include(story.usPosition.summary);

        for (const details of disclosuresOf(summary)) details.open = true;
        await settled(summary);

        const open = readText(summary);
        expect(
          FACTS.filter((fact) => !open.includes(fact)),
          'facts still hidden when open',
        ).to.deep.equal([]);
      });

      it('opens a figure’s one disclosure with the keyboard onto its note and its sources, named for screen readers', async () => {
        // Arrange
        const summary = await renderSummary();
        const [coalition, troops] = disclosuresOf(summary);
        const line = coalition.querySelector('summary')!;
        expect(shownText(line), 'what it holds, who reported it').to.equal('More · Source: the report');
        expect(coalition.getAttribute('aria-label'), 'what a screen reader hears it is about').to.equal(
          'More about the coalition',
        );
        expect(isVisible(coalition.querySelector('p')), 'the note, while closed').to.equal(false);

        // Act: focus the line, press Enter
        line.focus();
        expect(summary.shadowRoot!.activeElement === line, 'the line takes focus').to.equal(true);
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => coalition.open, 'Enter did not open the disclosure');

        // Assert: the note, then the report's sentences
        expect(shownText(coalition.querySelector('p'))).to.include('New Zealand');
        expect(isVisible(coalition.querySelector('q'))).to.equal(true);
        await expect(summary).to.be.accessible();

        // Act: Tab to the next figure's line and open it with the space bar
        await sendKeys({ press: 'Tab' });
        expect(
          summary.shadowRoot!.activeElement === troops.querySelector('summary'),
          'Tab reaches the next disclosure',
        ).to.equal(true);
        await sendKeys({ press: ' ' });
        await waitUntil(() => troops.open, 'Space did not open it');
        expect(isVisible(troops.querySelector('q'))).to.equal(true);
      });
    });

    describe('a type scale that follows the article’s text', () => {
      for (const [page, font] of [
        ['a 19 px serif page', '19px/1.6 Georgia, serif'],
        ['a 15 px sans page', "15px/1.5 Arial, 'Liberation Sans', sans-serif"],
      ]) {
        it(`in ${page}: every heading is at least as large as the text it heads, which reads at the page’s size`, async () => {
          const summary = await renderSummary({}, { width: 680, font });
          for (const details of disclosuresOf(summary)) details.open = true;
          await settled(summary);

          const root = summary.shadowRoot!;
          const pageSize = parseFloat(font);
          const inverted: string[] = [];
          for (const heading of root.querySelectorAll('h2, h3')) {
            // A heading heads what follows it in its block (the headline: the whole card), headings aside.
            const block = heading.localName === 'h2' ? heading.closest('article')! : heading.parentElement!;
            const headed = textHolders(block).filter(
              (element) =>
                heading.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING &&
                !element.closest('h2, h3'),
            );
            expect(headed.length, `text under "${shownText(heading)}"`).to.be.greaterThan(0);
            for (const element of headed) {
              if (fontSize(element) > fontSize(heading)) {
                inverted.push(
                  `"${shownText(heading)}" ${fontSize(heading)} px above "${shownText(element).slice(0, 30)}" ${fontSize(element)} px`,
                );
              }
            }
            expect(fontSize(heading), `"${shownText(heading)}"`).to.be.at.least(pageSize);
          }
          expect(inverted, 'headings smaller than their text').to.deep.equal([]);
          const objectives = [...part(summary, 'objectives')!.querySelectorAll('li')];
          const position = part(summary, 'us-position')!.querySelector('p')!;
          for (const text of [...objectives, position]) expect(fontSize(text), shownText(text)).to.equal(pageSize);
        });
      }
    });

    describe('layout="compact"', () => {
      it('hides the objectives and the U.S. position', async () => {
        const summary = await renderSummary({ layout: 'compact' });

        expect(tags(summary.shadowRoot!.querySelector('[part="objectives"]'))).to.deep.equal([]);
        expect(tags(summary.shadowRoot!.querySelector('[part="us-position"]'))).to.deep.equal([]);
        expect(shownText(summary)).not.to.include('Safe skies');
      });

      it('keeps the three figures: 30 countries, 6 of 30 reportedly considering, 10,000–30,000 troops', async () => {
        const summary = await renderSummary({ layout: 'compact' });

        const text = figuresText(summary);
        expect(text).to.match(/\b30 countries taking part\b/);
        expect(text).to.include('6 of 30 reportedly considering sending troops');
        expect(text).to.include('10,000–30,000 troops');
        expect(circles(summary.shadowRoot!.querySelector('.marks .ready')!)).to.equal(6);
        expectNoProblemShown(summary);
      });

      it('is shorter than the full layout', async () => {
        const full = await renderSummary();
        const compact = await renderSummary({ layout: 'compact' });

        expect(compact.getBoundingClientRect().height).to.be.below(full.getBoundingClientRect().height);
      });
    });
  });

  describe('problems', () => {
    it('rejects layout="wide", naming the layouts it supports', async () => {
      const summary = await fixture<CoalitionSummary>(html`<coalition-summary layout="wide"></coalition-summary>`);

      await expectOneProblemReported(summary, watch, ['layout="wide"', '"full"', '"compact"']);
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

  describe('in a narrow column', () => {
    it('keeps the 30 marks and the figure tiles inside the card’s padding at 280px', async () => {
      const summary = await renderSummary({}, { width: 280 });

      const figures = part(summary, 'figures')!.getBoundingClientRect();
      const tiles = [...summary.shadowRoot!.querySelectorAll('.figure')].map((tile) => tile.getBoundingClientRect());
      const lastMark = summary.shadowRoot!.querySelector('.marks')!.getBoundingClientRect();
      for (const tile of tiles) expect(tile.right, 'right edge of a figure tile').to.be.at.most(figures.right + 0.5);
      expect(lastMark.right, 'right edge of the last mark').to.be.at.most(figures.right + 0.5);
    });
  });
});
