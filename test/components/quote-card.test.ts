import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import {
  defaultStory,
  type CoalitionData,
  type CoalitionErrorEvent,
  type QuoteCard,
  type Story,
} from '../../src/coalition-widgets.js';
import '../../src/coalition-widgets.js';
import { runWidgetContract } from '../support/contract.js';
import { expectOneProblemReported, watchProblems } from '../support/problems.js';
import { isVisible, part, shownText, tags } from '../support/reading.js';
import { forEachRendering, renderWidget } from '../support/rendering.js';
import { settled } from '../support/waiting.js';
import { isVerbatimIn } from '../support/verbatim.js';

/** The quoted words as rendered: one paragraph per line of the quote. */
function renderedQuote(card: QuoteCard): string {
  const paragraphs = part(card, 'quote')?.querySelectorAll('p') ?? [];
  return [...paragraphs].map((paragraph) => shownText(paragraph)).join('\n');
}

function renderCard(quote: string): Promise<QuoteCard> {
  return renderWidget<QuoteCard>('quote-card', { quote });
}

/** The default story with the link of the post "healey-post" set to `url`. */
function storyWithPostLink(url: string): Story {
  const story = structuredClone(defaultStory);
  story.quotes.find((quote) => quote.id === 'healey-post')!.post!.url = url;
  return story;
}

/** A card with a fallback blockquote inside a <coalition-data> whose story answers 404. */
async function cardWithoutStory(fallback: string): Promise<{ data: CoalitionData; card: QuoteCard }> {
  const failed = oneEvent(document, 'coalition-error');
  const data = await fixture<CoalitionData>(html`
    <coalition-data src="/test/fixtures/never-ok.json">
      <quote-card quote="healey-planning"><blockquote>${fallback}</blockquote></quote-card>
    </coalition-data>
  `);
  await failed;
  const card = data.querySelector('quote-card')!;
  await settled(card);
  return { data, card };
}

describe('<quote-card>', () => {
  const watch = watchProblems();

  forEachRendering(() => {
    runWidgetContract({
      tag: 'quote-card',
      // A quote, one without a date, a post on X, the longest quote and the longest post.
      looks: ['healey-planning', 'macron-with-or-without', 'healey-post', 'healey-objectives', 'nauditt-post'].map(
        (quote) => ({ quote }),
      ),
      mistakes: [
        {
          attributes: { quote: 'healey-planing' },
          fix: { quote: 'healey-planning' },
          says: ['Did you mean "healey-planning"'],
        },
        { attributes: {}, fix: { quote: 'healey-planning' }, says: ['"healey-planning"', '"macron-with-or-without"'] },
      ],
      text: '[part="quote"] p',
      accent: [
        { what: 'the rule beside the quote', selector: '[part="quote"]', property: 'border-left-color' },
        { what: 'the avatar', look: { quote: 'healey-post' }, selector: '.avatar', property: 'background-color' },
        { what: 'links', look: { quote: 'healey-post' }, selector: '[part="link"]', property: 'color' },
      ],
    });

    describe('content, as the article reports it', () => {
      let article: string;
      before(async () => {
        const response = await fetch('/test/fixtures/article.txt');
        expect(response.ok, 'GET /test/fixtures/article.txt').to.equal(true);
        article = await response.text();
      });

      for (const { id, text } of defaultStory.quotes) {
        it(`shows the quote "${id}" verbatim, word for word as in the article`, async () => {
          // Arrange, Act
          const card = await renderCard(id);

          // Assert
          const shown = renderedQuote(card);
          expect(isVerbatimIn(article, text), 'the story quotes the article verbatim').to.equal(true);
          expect(shown).to.equal(text);
          expect(isVerbatimIn(article, shown), 'the card shows words from the article').to.equal(true);
          expect(shownText(card)).to.include(shown.split('\n')[0]);
        });
      }

      it('shows the quote text verbatim', async () => {
        const card = await renderCard('healey-planning');

        expect(renderedQuote(card)).to.equal(
          'Our planning is real and substantial. Our plans are well developed and we have clear objectives for Ukraine',
        );
      });

      it('names the speaker, their role, the date as "10 April 2025" and the setting', async () => {
        const card = await renderCard('healey-planning');

        const attribution = part(card, 'attribution')!;
        const text = shownText(card);
        expect(text).to.include('John Healey');
        expect(text).to.include('UK Defence Secretary');
        expect(text).to.include('Opening remarks, NATO Headquarters, Brussels');
        expect(text).to.include('10 April 2025');
        expect(attribution.querySelector('time')?.getAttribute('datetime')).to.equal('2025-04-10');
      });

      it('shows no date for Macron’s words, as the report gives none', async () => {
        const card = await renderCard('macron-with-or-without');

        const text = shownText(card);
        expect(renderedQuote(card)).to.equal('with or without the U.S.');
        expect(text).to.include('Emmanuel Macron');
        expect(text).to.include('President of France');
        expect(text).not.to.match(/2025|April/);
        expect(tags(card.shadowRoot!.querySelectorAll('time'))).to.deep.equal([]);
      });

      const posts = [
        { id: 'healey-post', speaker: 'John Healey', handle: '@JohnHealey_MP' },
        { id: 'nauditt-post', speaker: 'Jürgen Nauditt', handle: '@jurgen_nauditt' },
      ];
      for (const post of posts) {
        describe(`the post on X "${post.id}"`, () => {
          it('is a static post card with the author, the @handle and the date', async () => {
            const card = await renderCard(post.id);

            const base = part(card, 'base')!;
            const text = shownText(card);
            expect(base.localName).to.equal('article');
            expect(base.getAttribute('aria-label')).to.equal(`Post on X by ${post.speaker}`);
            expect(text).to.include(post.speaker);
            expect(text).to.include(post.handle);
            expect(text).to.include('10 April 2025');
          });

          it('links to the post in a new tab, with rel="noopener noreferrer"', async () => {
            const card = await renderCard(post.id);

            const link = part<HTMLAnchorElement>(card, 'link')!;
            expect(link.href).to.match(/^https?:\/\//);
            expect(link.getAttribute('target')).to.equal('_blank');
            expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
            expect(isVisible(link)).to.equal(true);
            expect(shownText(link)).to.include('View the post on X');
          });

          it('loads nothing from X: no iframe or script is created', async () => {
            const framesBefore = document.querySelectorAll('iframe').length;
            const scriptsBefore = document.querySelectorAll('script').length;

            const card = await renderCard(post.id);

            expect(tags(card.shadowRoot!.querySelectorAll('iframe, script, object, embed'))).to.deep.equal([]);
            expect(tags(card.querySelectorAll('iframe, script'))).to.deep.equal([]);
            expect(document.querySelectorAll('iframe').length).to.equal(framesBefore);
            expect(document.querySelectorAll('script').length).to.equal(scriptsBefore);
            expect(tags(document.querySelector('script[src*="twitter"]'))).to.deep.equal([]);
          });
        });
      }
    });
  });

  // A story from a provider of another copy of the kit, or of an app, reaches the card unchecked by
  // this copy: the card checks its link itself.
  describe('a post link in a story this copy of the kit did not check', () => {
    const notWebLinks = [
      'javascript:alert(document.domain)',
      'JavaScript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      ' javascript:alert(1)', // browsers drop the leading space
      'java\tscript:alert(1)', // and the tab
      'javascript://https://x.com/%0Aalert(1)', // names a web address, runs code
    ];
    for (const url of notWebLinks) {
      it(`draws the post without a link for ${JSON.stringify(url)}`, async () => {
        const card = await renderWidget<QuoteCard>(
          'quote-card',
          { quote: 'healey-post' },
          { uncheckedStory: storyWithPostLink(url) },
        );

        expect(shownText(part(card, 'quote')), 'the post is drawn from the story handed over').to.include(
          'Defence Ministers and military leaders came together',
        );
        expect(tags(card.shadowRoot!.querySelectorAll('a, [href]')), 'links in the card').to.deep.equal([]);
        expect(shownText(card)).not.to.include('View the post on X');
      });
    }

    it('draws the link for an https URL handed over the same way', async () => {
      const url = 'https://x.com/JohnHealey_MP/status/1';
      const card = await renderWidget<QuoteCard>(
        'quote-card',
        { quote: 'healey-post' },
        { uncheckedStory: storyWithPostLink(url) },
      );

      expect(tags(card.shadowRoot!.querySelectorAll('a, [href]')), 'links in the card').to.have.length(1);
      expect(part(card, 'link')?.getAttribute('href')).to.equal(url);
      expect(isVisible(part(card, 'link'))).to.equal(true);
    });
  });

  describe('fallback content', () => {
    it('shows the light-DOM <blockquote> while the story cannot be loaded', async () => {
      // Arrange, Act: a story source that answers 404
      const { card } = await cardWithoutStory('Our planning is real and substantial.');

      // Assert
      const fallback = card.querySelector('blockquote')!;
      const slot = card.shadowRoot!.querySelector('slot')!;
      expect(slot.assignedElements().includes(fallback), 'the fallback is assigned to the slot').to.equal(true);
      expect(isVisible(fallback), 'the fallback blockquote is visible').to.equal(true);
      expect(shownText(card)).to.include('Our planning is real and substantial.');
      expect(tags(card.shadowRoot!.querySelector('[part="quote"]'))).to.deep.equal([]);
    });

    it('hides the fallback once the quote renders', async () => {
      // Arrange: the same card without a story
      const { data, card } = await cardWithoutStory('Fallback words');
      const fallback = card.querySelector('blockquote')!;
      expect(isVisible(fallback)).to.equal(true);

      // Act: a story arrives
      data.data = defaultStory;
      await data.updateComplete;
      await settled(card);

      // Assert
      expect(isVisible(fallback), 'the fallback blockquote is hidden').to.equal(false);
      expect(tags(card.shadowRoot!.querySelector('slot'))).to.deep.equal([]);
      expect(renderedQuote(card)).to.include('Our planning is real and substantial.');
      expect(shownText(card)).not.to.include('Fallback words');
    });

    it('does not show the fallback when the story is there from the start', async () => {
      const card = await fixture<QuoteCard>(
        html`<quote-card quote="healey-planning"><blockquote>Fallback words</blockquote></quote-card>`,
      );
      await settled(card);

      expect(isVisible(card.querySelector('blockquote'))).to.equal(false);
      expect(isVisible(part(card, 'quote'))).to.equal(true);
    });
  });

  describe('problems', () => {
    it('explains a misspelt quote id and suggests the right one', async () => {
      const card = await fixture<QuoteCard>(html`<quote-card quote="healey-planing"></quote-card>`);

      await expectOneProblemReported(card, watch, ['quote="healey-planing"', 'Did you mean "healey-planning"']);
    });

    it('asks for a quote id when the quote attribute is missing, listing the ids', async () => {
      const card = await fixture<QuoteCard>(html`<quote-card></quote-card>`);

      await expectOneProblemReported(card, watch, ['quote=', '"healey-planning"', '"macron-with-or-without"']);
    });

    it('sends coalition-error out of a shadow root the card sits in', async () => {
      // Arrange: the card inside another component's shadow root
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const root = host.attachShadow({ mode: 'open' });
      const card = document.createElement('quote-card');
      card.setAttribute('quote', 'nobody-said-this');
      let path: EventTarget[] = [];
      document.addEventListener('coalition-error', (event) => (path = event.composedPath()), { once: true });
      const heard = oneEvent<CoalitionErrorEvent>(document, 'coalition-error');

      // Act
      root.append(card);
      const event = await heard;

      // Assert
      expect(event.target === host, 'the event is retargeted to the outer host').to.equal(true);
      expect(path.includes(card), 'the card is on the event path').to.equal(true);
      expect(event.detail.message).to.include('quote="nobody-said-this"');
    });
  });
});
