// Every sentence the widgets render from the default story, in every layout, and every sentence the
// kit writes about them outside the widgets (iframe titles, snippets' fallback text), read side by
// side with the report: nothing may be firmer than the report, or name the wrong source.
import { expect, fixture } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/coalition-widgets.js';
import { defaultStory } from '../../src/story/index.js';
import { heightVariants, widgetCatalog, widgetTags, type Attributes } from '../../src/embed/widget-catalog.js';
import { settled } from '../support/waiting.js';

/** White space collapsed, as a reader perceives it. */
const normalizeSpace = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What the widgets once said, and why a desk editor would not let it through. */
const firmForms: { firm: RegExp; because: string }[] = [
  { firm: /\bready to send troops\b/i, because: 'six are “reportedly considering to contribute their troops”' },
  { firm: /\btroops in the reassurance force\b/i, because: 'the troops “could number between 10,000 and 30,000”' },
  { firm: /(?<!would )\bsecure strategic facilities\b/i, because: 'they “would secure strategic facilities”' },
  { firm: /\btakes no part\b/i, because: 'the administration “has excluded the U.S. participation”' },
  { firm: /\bReported by AFP\b/i, because: 'AFP is quoted in a post on X by a private account' },
  { firm: /\bthe report names\b/i, because: 'the post on X names them, and it is the post that is cut off' },
  { firm: /as given in the report from/i, because: 'the report gives the figures without a source' },
];

function expectNothingFirm(text: string, where: string) {
  for (const { firm, because } of firmForms) {
    expect(text, `${where} says ${firm}, but ${because}`).not.to.match(firm);
  }
}

/**
 * Every sentence a widget renders: its text, closed disclosures included, and its text alternatives,
 * without the quoted words (quotes and excerpts are the report's own, checked verbatim elsewhere).
 */
/** Text nodes joined as a reader reads them: a space between them, none before punctuation. */
function readable(text: string): string {
  return normalizeSpace(text).replace(/ ([.,;:)])/g, '$1');
}

function sentencesOf(widget: Element): string {
  const copy = document.createDocumentFragment();
  copy.append(...[...widget.shadowRoot!.childNodes].map((node) => node.cloneNode(true)));
  for (const quoted of copy.querySelectorAll('[part="quote"], q, style')) quoted.remove();
  const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
  const texts: string[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode.textContent!);
  const alternatives = [...copy.querySelectorAll('[aria-label], [title]')].map(
    (element) => `${element.getAttribute('aria-label') ?? ''} ${element.getAttribute('title') ?? ''}`,
  );
  return readable([...texts, ...alternatives].join(' '));
}

async function render(tag: string, attributes: Attributes): Promise<LitElement> {
  const widget = document.createElement(tag) as LitElement;
  for (const [name, value] of Object.entries(attributes)) widget.setAttribute(name, value);
  const placed = await fixture<LitElement>(widget);
  await settled(placed);
  return placed;
}

const describeVariant = (tag: string, attributes: Attributes) =>
  `<${tag}${Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('')}>`;

describe('hedging: the widgets say what the report says, no firmer', () => {
  describe('every sentence rendered from the default story, in every layout', () => {
    for (const tag of widgetTags) {
      for (const attributes of heightVariants(tag, defaultStory)) {
        const name = describeVariant(tag, attributes);
        it(`${name} states nothing firmer than the report`, async () => {
          const widget = await render(tag, attributes);

          const text = sentencesOf(widget);
          expect(text.length, 'the widget rendered its text').to.be.greaterThan(60);
          expectNothingFirm(text, name);
        });

        it(`${name}: its iframe title and its snippet's fallback text state nothing firmer`, () => {
          const entry = widgetCatalog[tag];
          const fallback = entry
            .fallback(defaultStory, attributes)
            .replace(/<blockquote>[^]*?<footer>/g, ' ')
            .replace(/<[^>]+>/g, ' ');

          expect(normalizeSpace(fallback).length, 'the fallback has text').to.be.greaterThan(20);
          expectNothingFirm(`${entry.title(defaultStory, attributes)} ${fallback}`, name);
        });
      }
    }
  });

  describe('the hedged forms, where the report hedges', () => {
    for (const layout of ['full', 'compact']) {
      it(`the six are "reportedly considering", named to the report and to AFP as quoted on X (${layout})`, async () => {
        const summary = await render('coalition-summary', layout === 'full' ? {} : { layout });

        const text = sentencesOf(summary);
        expect(text).to.include('6 of 30 reportedly considering sending troops');
        expect(text).to.include('Sources: the report and AFP, as quoted on X by @jurgen_nauditt, a private account');
        expect(text, 'the caveat on who is named, in both layouts').to.include(
          'A post on X quoting AFP names the United Kingdom, France and “the Baltic…” among the six before it is cut off.',
        );
      });

      it(`the force "could" number 10,000–30,000 troops (${layout})`, async () => {
        const summary = await render('coalition-summary', layout === 'full' ? {} : { layout });

        const text = sentencesOf(summary);
        expect(text).to.include('10,000–30,000 troops could make up the allied force');
      });
    }

    it('the troops "would" secure strategic facilities; the U.S. "has excluded" taking part, Bloomberg named', async () => {
      const summary = await render('coalition-summary', {});

      const text = sentencesOf(summary);
      expect(text).to.include('They would secure strategic facilities in the rear.');
      expect(text).to.include('The Trump administration has excluded U.S. participation in the “reassurance force”.');
      expect(text).to.include('UK officials insist the U.S. contribution is key, Bloomberg reported');
      expect(text).to.include('Sources: the report and Bloomberg');
    });

    it('the chart names the report as the source of its figures, and says the report gives none of its own', async () => {
      const chart = await render('satellite-compare', {});

      const text = sentencesOf(chart);
      expect(text).to.include(
        'The United States has about 15 times France’s military satellites and 42 times the United Kingdom’s, according to the report',
      );
      expect(text).to.include('* United Kingdom: Operational satellites');
      expect(text).to.include('Source: the report, which does not say where its figures come from.');
    });
  });

  describe('what the report turns on, shown in the summary', () => {
    it('the non-NATO participants, the other contributions, Macron’s initiative and its closest partners', async () => {
      const summary = await render('coalition-summary', {});

      const text = sentencesOf(summary);
      expect(text).to.include('mainly NATO allies, but also Austria, New Zealand and Japan');
      expect(text).to.include('The others offer other military contributions, not least training.');
      expect(text).to.include('An initiative of President Macron.');
      expect(text).to.include('Closest partners: the United Kingdom and France');
      expect(text).to.include('the report judges that the effort would not be sustainable without the U.S.');
      expect(text).to.include('political backing');
    });
  });
});
