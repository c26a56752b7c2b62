// <quote-card> in the page's language (issue 15): its own words (labels, buttons, link texts, the date)
// in the language of its own `lang`, its closest ancestor's or the page's, with `lang` set on them; the
// story's words keep the story's. A quote shown in translation says so and holds the words as said.
import { expect } from '@open-wc/testing';
import '../../src/coalition-widgets.js';
import type { CoalitionData, QuoteCard } from '../../src/coalition-widgets.js';
import { story as frenchStory } from '../../src/story/translations/default-story.fr.js';
import { story as germanStory } from '../../src/story/translations/default-story.de.js';
import { story as ukrainianStory } from '../../src/story/translations/default-story.uk.js';
import { story as polishStory } from '../../src/story/translations/default-story.pl.js';
import { defaultStory } from '../../src/story/default-story.js';
import { drawWidget } from '../../src/publish/draw-widget.js';
import { marksFor } from '../../src/i18n/quote-marks.js';
import { part, shownText } from '../support/reading.js';
import { forEachRendering, renderMarkup } from '../support/rendering.js';

interface Expected {
  lang: string;
  copyQuote: string;
  date: string;
  /** The post card's accessible name, for John Healey's post on X. */
  postLabel: string;
  /** The language of the story shown: the default story's translation where the kit has one (fr, de, uk, pl). */
  story: string;
}

const french: Expected = {
  lang: 'fr',
  copyQuote: 'Copier la citation',
  date: '10 avril 2025',
  postLabel: 'Publication de John Healey sur X',
  story: 'fr',
};

const cases: {
  name: string;
  pageLang?: string;
  around?: (card: string) => string;
  own?: string;
  expected: Expected;
}[] = [
  { name: 'a page in French: <html lang="fr">', pageLang: 'fr', expected: french },
  {
    name: 'a <section lang="de"> in an English page',
    around: (card) => `<section lang="de">${card}</section>`,
    expected: {
      lang: 'de',
      copyQuote: 'Zitat kopieren',
      date: '10. April 2025',
      postLabel: 'Beitrag von John Healey auf X',
      story: 'de',
    },
  },
  {
    name: 'its own lang="uk"',
    own: 'uk',
    expected: {
      lang: 'uk',
      copyQuote: 'Копіювати цитату',
      date: '10 квітня 2025 р.',
      // The Ukrainian story writes the names in Cyrillic.
      postLabel: 'Джон Гілі: допис у X',
      story: 'uk',
    },
  },
  {
    name: 'a page in Japanese: <html lang="ja">',
    pageLang: 'ja',
    expected: {
      lang: 'ja',
      copyQuote: '引用をコピー',
      date: '2025年4月10日',
      postLabel: 'John HealeyによるXの投稿',
      story: 'en',
    },
  },
  { name: 'a region: lang="fr-CA"', own: 'fr-CA', expected: french },
  {
    name: 'a language the kit lacks: <html lang="xx">',
    pageLang: 'xx',
    expected: {
      lang: 'en',
      copyQuote: 'Copy quote',
      date: '10 April 2025',
      postLabel: 'Post on X by John Healey',
      story: 'en',
    },
  },
];

/** Renders the cards `markup` holds, given `story` (the default story unless given) by a <coalition-data>. */
async function renderCards(markup: string, story?: typeof frenchStory): Promise<QuoteCard[]> {
  const { root } = await renderMarkup(`<coalition-data>${markup}</coalition-data>`, {
    beforeConnect: (root) => {
      if (story) root.querySelector<CoalitionData>('coalition-data')!.data = story;
    },
  });
  return [...root.querySelectorAll('quote-card')];
}

/** The quotation marks the card draws round the quoted words of `blockquote`: an open and a close quote, as its `quotes` gives them. */
function marksRound(blockquote: Element): [string, string] {
  const paragraphs = blockquote.querySelectorAll('p');
  const first = getComputedStyle(paragraphs[0], '::before').content;
  const last = getComputedStyle(paragraphs[paragraphs.length - 1], '::after').content;
  const [open, close] = [...getComputedStyle(blockquote).quotes.matchAll(/"([^"]*)"/g)].map(([, mark]) => mark);
  return [first === 'open-quote' ? open : first, last === 'close-quote' ? close : last];
}

/** What the image of the card shows, as text (satori left out: the text alternative is made from the same tree). */
async function imageText(story: typeof frenchStory, quote: string): Promise<string> {
  const satori = () => Promise.resolve('<svg height="1"></svg>');
  return (await drawWidget(satori, [], 'quote-card', { quote }, { story })).alt;
}

/** Words as shownText() gives them: every run of white space (a no-break space too) as one space. */
const seen = (words: string) => words.replace(/\s+/g, ' ');

describe('<quote-card> in the page’s language', () => {
  const pageLang = document.documentElement.getAttribute('lang');
  afterEach(() =>
    pageLang === null ? document.documentElement.removeAttribute('lang') : (document.documentElement.lang = pageLang),
  );

  forEachRendering(() => {
    for (const { name, pageLang: lang, around = (card: string) => card, own, expected } of cases) {
      it(`on ${name}: its labels, date and lang in that language, the default story in it where the kit has it`, async () => {
        document.documentElement.lang = lang ?? 'en';
        const ownLang = own ? ` lang="${own}"` : '';
        const [quote, post] = await renderCards(
          around(`<quote-card quote="healey-planning"${ownLang}></quote-card>`) +
            around(`<quote-card quote="healey-post"${ownLang}></quote-card>`),
        );

        for (const card of [quote, post]) {
          expect(part(card, 'base')!.getAttribute('lang'), 'the card’s language').to.equal(expected.lang);
          expect(shownText(part(card, 'copy-quote')), 'the copy button').to.equal(expected.copyQuote);
          expect(shownText(card.shadowRoot!.querySelector('time')), 'the date').to.equal(seen(expected.date));
          const words = part(card, 'quote')!;
          expect(words.closest('[lang]')!.getAttribute('lang'), 'the quote in the shown story’s language').to.equal(
            expected.story,
          );
          const speaker = card.shadowRoot!.querySelector('.speaker')!;
          expect(speaker.matches(`:lang(${expected.story})`), 'the speaker’s name').to.equal(true);
          const translated = expected.story !== 'en';
          expect(!!part(card, 'original'), 'a quote in translation says so').to.equal(translated);
          if (card === quote)
            expect(marksRound(words), 'in its language’s marks').to.deep.equal(marksFor(expected.story));
        }
        expect(part(post, 'base')!.getAttribute('aria-label'), 'the post card’s name').to.equal(expected.postLabel);
      });
    }

    it('shows a quote of the French story in translation, says so, and holds the original in English', async () => {
      document.documentElement.lang = 'fr';
      const [card] = await renderCards('<quote-card quote="healey-planning"></quote-card>', frenchStory);
      const quote = frenchStory.quotes.find((each) => each.id === 'healey-planning')!;

      expect(shownText(part(card, 'quote'))).to.include('Notre planification est réelle et substantielle.');
      expect(
        part(card, 'quote')!.closest('[lang]')!.getAttribute('lang'),
        'the translation in the story’s language',
      ).to.equal('fr');
      const original = part<HTMLDetailsElement>(card, 'original')!;
      expect(original.localName, 'a native disclosure, which works without the kit’s script').to.equal('details');
      expect(shownText(original.querySelector('summary')), 'the mark').to.equal('Traduit de l’anglais');
      const said = original.querySelector('blockquote')!;
      expect(said.getAttribute('lang')).to.equal('en');
      expect(said.matches(':lang(en)'), 'the browser reads the original as English').to.equal(true);
      expect(said.textContent.trim()).to.equal(quote.original!.text);
      original.open = true;
      expect(shownText(said), 'shown when opened').to.equal(quote.original!.text);
    });

    it('marks the translation in the widget’s language: the French story on an English page', async () => {
      const [card] = await renderCards('<quote-card quote="healey-post" lang="de"></quote-card>', frenchStory);

      expect(shownText(part(card, 'original')!.querySelector('summary'))).to.equal('Aus dem Englischen übersetzt');
      expect(part(card, 'quote')!.getAttribute('lang')).to.equal('fr');
      expect(part(card, 'original')!.querySelector('blockquote')!.getAttribute('lang')).to.equal('en');
    });

    // The marks follow the quoted words' language, not the page's: French with narrow no-break spaces.
    const marks: [string, typeof frenchStory, [string, string]][] = [
      ['fr', frenchStory, ['«\u202f', '\u202f»']],
      ['de', germanStory, ['„', '“']],
      ['uk', ukrainianStory, ['«', '»']],
      ['pl', polishStory, ['„', '”']],
      ['en', defaultStory, ['“', '”']],
    ];
    for (const [lang, story, [open, close]] of marks) {
      it(`draws the quotation marks of the words’ language: ${open}${lang}${close}, in the card and its image`, async () => {
        const [card] = await renderCards('<quote-card quote="healey-planning" lang="en"></quote-card>', story);
        const quote = story.quotes.find((each) => each.id === 'healey-planning')!;

        expect(marksRound(part(card, 'quote')!)).to.deep.equal([open, close]);
        expect(await imageText(story, 'healey-planning'), 'the image').to.include(`${open}${quote.text}${close}`);
        const said = part(card, 'original')?.querySelector('blockquote');
        if (said) expect(marksRound(said), 'the original, in English').to.deep.equal(['“', '”']);
      });
    }

    it('draws a French quote in an English story in French marks, the English lead without', async () => {
      const story = structuredClone(defaultStory);
      story.quotes.find((quote) => quote.id === 'macron-with-or-without')!.lang = 'fr';
      const [card] = await renderCards('<quote-card quote="macron-with-or-without"></quote-card>', story);

      expect(marksRound(part(card, 'quote')!)).to.deep.equal(['«\u202f', '\u202f»']);
      expect(await imageText(story, 'macron-with-or-without')).to.include('«\u202fwith or without the U.S.\u202f»');
    });

    it('shows no translation mark for a quote in the words as said', async () => {
      const [card] = await renderCards('<quote-card quote="healey-planning"></quote-card>');

      expect(part(card, 'original')).to.equal(null);
    });
  });

  for (const lang of ['de', 'fi', 'ja']) {
    it(`fits 280 px in ${lang}, a translated post and quote included, without overflow`, async () => {
      const [quote, post] = await renderCards(
        `<div style="width: 280px" lang="${lang}"><quote-card quote="healey-objectives"></quote-card><quote-card quote="healey-post"></quote-card></div>`,
        frenchStory,
      );

      for (const card of [quote, post]) {
        part<HTMLDetailsElement>(card, 'original')!.open = true;
        const base = part(card, 'base')!;
        expect(base.getBoundingClientRect().width, 'the card').to.be.at.most(280);
        expect(base.scrollWidth, 'nothing scrolls sideways').to.be.at.most(base.clientWidth);
        // What is drawn (the out-of-sight words for screen readers aside) stays inside the card.
        for (const element of base.querySelectorAll(':not(.visually-hidden, .visually-hidden *)')) {
          expect(element.getBoundingClientRect().right, `<${element.localName}> sticks out`).to.be.at.most(
            base.getBoundingClientRect().right + 0.5,
          );
        }
      }
    });
  }
});
