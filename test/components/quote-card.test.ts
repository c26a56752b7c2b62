import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import { defaultStory, type CoalitionData, type QuoteCard } from '../../src/coalition-widgets.js';
import '../../src/coalition-widgets.js';
import {
  expectNoHorizontalOverflow,
  expectNoProblemShown,
  expectOneProblemReported,
  isRendered,
  luminance,
  settled,
  shadowPart,
  shadowText,
  tags,
  watchProblems,
  type ProblemWatch,
} from '../support/widgets.js';
import { isVerbatimIn } from '../support/verbatim.js';

/** The quoted words as rendered: one paragraph per line of the quote. */
function renderedQuote(card: QuoteCard): string {
  const paragraphs = shadowPart(card, '[part="quote"]').querySelectorAll('p');
  return [...paragraphs].map((p) => p.textContent).join('\n');
}

async function renderCard(quote: string, theme?: string): Promise<QuoteCard> {
  const card = await fixture<QuoteCard>(html`<quote-card quote=${quote} theme=${ifDefined(theme)}></quote-card>`);
  await settled(card);
  return card;
}

describe('<quote-card>', () => {
  let watch: ProblemWatch;
  beforeEach(() => (watch = watchProblems()));
  afterEach(() => watch.restore());

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
        expect(shadowText(card)).to.include(shown.split('\n')[0]);
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

      const attribution = shadowPart(card, '[part="attribution"]');
      const text = shadowText(card);
      expect(text).to.include('John Healey');
      expect(text).to.include('UK Defence Secretary');
      expect(text).to.include('Opening remarks, NATO Headquarters, Brussels');
      expect(text).to.include('10 April 2025');
      expect(attribution.querySelector('time')?.getAttribute('datetime')).to.equal('2025-04-10');
    });

    it('shows no date for Macron’s words, as the report gives none', async () => {
      const card = await renderCard('macron-with-or-without');

      const text = shadowText(card);
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

          const base = shadowPart(card, '[part~="base"]');
          const text = shadowText(card);
          expect(base.localName).to.equal('article');
          expect(base.getAttribute('aria-label')).to.equal(`Post on X by ${post.speaker}`);
          expect(text).to.include(post.speaker);
          expect(text).to.include(post.handle);
          expect(text).to.include('10 April 2025');
        });

        it('links to the post in a new tab, with rel="noopener noreferrer"', async () => {
          const card = await renderCard(post.id);

          const link = shadowPart<HTMLAnchorElement>(card, 'a[part="link"]');
          expect(link.href).to.match(/^https?:\/\//);
          expect(link.getAttribute('target')).to.equal('_blank');
          expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
          expect(isRendered(link)).to.equal(true);
          expect(link.innerText).to.include('View the post on X');
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

  describe('fallback content', () => {
    it('shows the light-DOM <blockquote> while the story cannot be loaded', async () => {
      // Arrange: a story source that answers 404
      const failed = oneEvent(document, 'coalition-error');

      // Act
      const data = await fixture<CoalitionData>(html`
        <coalition-data src="/test/fixtures/never-ok.json">
          <quote-card quote="healey-planning"
            ><blockquote>Our planning is real and substantial.</blockquote></quote-card
          >
        </coalition-data>
      `);
      await failed;
      const card = data.querySelector('quote-card')!;
      await settled(card);

      // Assert
      const fallback = card.querySelector('blockquote')!;
      const slot = shadowPart<HTMLSlotElement>(card, 'slot');
      expect(slot.assignedElements().includes(fallback), 'the fallback is assigned to the slot').to.equal(true);
      expect(isRendered(fallback), 'the fallback blockquote is visible').to.equal(true);
      expect(tags(card.shadowRoot!.querySelector('[part="quote"]'))).to.deep.equal([]);
    });

    it('hides the fallback once the quote renders', async () => {
      // Arrange: the same card without a story
      const failed = oneEvent(document, 'coalition-error');
      const data = await fixture<CoalitionData>(html`
        <coalition-data src="/test/fixtures/never-ok.json">
          <quote-card quote="healey-planning"><blockquote>Fallback words</blockquote></quote-card>
        </coalition-data>
      `);
      await failed;
      const card = data.querySelector('quote-card')!;
      await settled(card);
      const fallback = card.querySelector('blockquote')!;
      expect(isRendered(fallback)).to.equal(true);

      // Act: a story arrives
      data.data = defaultStory;
      await data.updateComplete;
      await settled(card);

      // Assert
      expect(isRendered(fallback), 'the fallback blockquote is hidden').to.equal(false);
      expect(tags(card.shadowRoot!.querySelector('slot'))).to.deep.equal([]);
      expect(renderedQuote(card)).to.include('Our planning is real and substantial.');
      expect(shadowText(card)).not.to.include('Fallback words');
    });

    it('does not show the fallback when the story is there from the start', async () => {
      const card = await fixture<QuoteCard>(
        html`<quote-card quote="healey-planning"><blockquote>Fallback words</blockquote></quote-card>`,
      );
      await settled(card);

      expect(isRendered(card.querySelector('blockquote')!)).to.equal(false);
      expect(isRendered(shadowPart(card, '[part="quote"]'))).to.equal(true);
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

    it('rejects theme="neon", naming the themes it supports', async () => {
      const card = await fixture<QuoteCard>(html`<quote-card quote="healey-planning" theme="neon"></quote-card>`);

      await expectOneProblemReported(card, watch, ['theme="neon"', '"light"', '"dark"', '"auto"']);
    });

    it('reports a problem once, however often it re-renders while the problem stays', async () => {
      // Arrange
      const card = await fixture<QuoteCard>(html`<quote-card quote="healey-planing"></quote-card>`);
      await settled(card);

      // Act: two more renders, the quote id still wrong
      card.setAttribute('theme', 'dark');
      await settled(card);
      card.requestUpdate();
      await settled(card);

      // Assert
      expect(isRendered(shadowPart(card, '[part="error"]'))).to.equal(true);
      expect(watch.eventMessages()).to.have.length(1);
      expect(watch.kitWarnings()).to.have.length(1);
    });

    it('removes the error once the quote attribute is fixed', async () => {
      // Arrange
      const card = await fixture<QuoteCard>(html`<quote-card quote="healey-planing"></quote-card>`);
      await expectOneProblemReported(card, watch, ['healey-planing']);

      // Act
      card.setAttribute('quote', 'healey-planning');
      await settled(card);

      // Assert
      expectNoProblemShown(card);
      expect(renderedQuote(card)).to.include('Our planning is real and substantial.');
      expect(watch.eventMessages()).to.have.length(1);
      expect(watch.kitWarnings()).to.have.length(1);
    });

    it('removes the error once the theme is fixed', async () => {
      const card = await fixture<QuoteCard>(html`<quote-card quote="healey-planning" theme="neon"></quote-card>`);
      await expectOneProblemReported(card, watch, ['theme="neon"']);

      card.theme = 'dark';
      await settled(card);

      expectNoProblemShown(card);
      expect(watch.pageErrors).to.deep.equal([]);
    });

    it('reports a quote id that becomes unknown after the card rendered', async () => {
      const card = await renderCard('healey-planning');
      expect(watch.eventMessages()).to.have.length(0);

      card.quote = 'healey-planing';

      await expectOneProblemReported(card, watch, ['Did you mean "healey-planning"']);
    });

    it('sends coalition-error out of a shadow root the card sits in', async () => {
      // Arrange: the card inside another component's shadow root
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const root = host.attachShadow({ mode: 'open' });
      const card = document.createElement('quote-card');
      card.setAttribute('quote', 'nobody-said-this');
      let path: EventTarget[] = [];
      document.addEventListener('coalition-error', (event) => (path = event.composedPath()), { once: true });
      const heard = oneEvent(document, 'coalition-error');

      // Act
      root.append(card);
      const event = await heard;

      // Assert
      expect(event.target === host, 'the event is retargeted to the outer host').to.equal(true);
      expect(path.includes(card), 'the card is on the event path').to.equal(true);
      expect(event.detail.message).to.include('quote="nobody-said-this"');
    });
  });

  describe('theming', () => {
    it('theme="dark" draws light text on a dark card', async () => {
      const card = await renderCard('healey-planning', 'dark');

      const base = shadowPart(card, '[part~="base"]');
      const words = shadowPart(card, '[part="quote"] p');
      expect(luminance(getComputedStyle(base).backgroundColor)).to.be.below(0.1);
      expect(luminance(getComputedStyle(words).color)).to.be.above(0.6);
    });

    it('theme="light" draws dark text on a light card', async () => {
      const card = await renderCard('healey-planning', 'light');

      const base = shadowPart(card, '[part~="base"]');
      const words = shadowPart(card, '[part="quote"] p');
      expect(luminance(getComputedStyle(base).backgroundColor)).to.be.above(0.8);
      expect(luminance(getComputedStyle(words).color)).to.be.below(0.2);
    });

    it('accepts theme="auto" without an error', async () => {
      const card = await renderCard('healey-planning', 'auto');

      expectNoProblemShown(card);
      expect(watch.eventMessages()).to.have.length(0);
      expect(watch.kitWarnings()).to.have.length(0);
      expect(isRendered(shadowPart(card, '[part~="base"]'))).to.equal(true);
    });

    it('takes its accent colour from --cw-color-accent set by the page', async () => {
      const plain = await renderCard('healey-planning');
      const plainRule = getComputedStyle(shadowPart(plain, '[part="quote"]')).borderLeftColor;

      const card = await fixture<QuoteCard>(
        html`<quote-card quote="healey-planning" style="--cw-color-accent: rgb(200, 0, 0)"></quote-card>`,
      );
      await settled(card);

      const rule = getComputedStyle(shadowPart(card, '[part="quote"]')).borderLeftColor;
      expect(rule).to.equal('rgb(200, 0, 0)');
      expect(plainRule).not.to.equal('rgb(200, 0, 0)');
    });

    it('uses the font of the page around it', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="font-family: Georgia, serif"><quote-card quote="healey-planning"></quote-card></div>`,
      );
      const card = wrapper.querySelector('quote-card')!;
      await settled(card);

      const font = getComputedStyle(shadowPart(card, '[part="quote"] p')).fontFamily;
      expect(font).to.include('Georgia');
      expect(font).to.equal(getComputedStyle(wrapper).fontFamily);
    });

    for (const id of ['healey-planning', 'healey-post']) {
      it(`sets no inline style on the host or in its shadow root ("${id}")`, async () => {
        const card = await renderCard(id, 'dark');

        expect(card.hasAttribute('style')).to.equal(false);
        expect(card.shadowRoot!.querySelectorAll('[style]').length).to.equal(0);
      });
    }
  });

  describe('in a narrow column', () => {
    for (const id of ['healey-objectives', 'nauditt-post']) {
      it(`fits 280px without horizontal overflow ("${id}")`, async () => {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="width: 280px"><quote-card quote=${id}></quote-card></div>`,
        );
        const card = wrapper.querySelector('quote-card')!;
        await settled(card);

        expect(card.getBoundingClientRect().width).to.be.closeTo(280, 0.5);
        expectNoHorizontalOverflow(card);
      });
    }

    it('fits 280px while showing an error', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 280px"><quote-card></quote-card></div>`);
      const card = wrapper.querySelector('quote-card')!;
      await settled(card);

      const error = shadowPart(card, '[part="error"]');
      expect(error.scrollWidth).to.be.at.most(error.clientWidth);
      expect(error.getBoundingClientRect().right).to.be.at.most(card.getBoundingClientRect().right + 0.5);
    });
  });

  describe('accessibility', () => {
    for (const theme of ['light', 'dark']) {
      for (const id of ['healey-planning', 'macron-with-or-without', 'healey-post']) {
        it(`passes axe in the ${theme} theme ("${id}")`, async () => {
          const card = await renderCard(id, theme);

          await expect(card).to.be.accessible();
        });
      }
    }

    for (const theme of ['light', 'dark']) {
      it(`passes axe while showing an error (${theme} theme)`, async () => {
        const card = await fixture<QuoteCard>(html`<quote-card quote="healey-planing" theme=${theme}></quote-card>`);
        await settled(card);

        expect(card.shadowRoot!.querySelector('[part="error"]')).to.exist;
        await expect(card).to.be.accessible();
      });
    }
  });
});
