// <coalition-summary> in the page's language (issue 15): its own words, numbers, ranges and dates in the
// language of its own `lang`, its closest ancestor's or the page's; the story's words in the story's.
import { expect } from '@open-wc/testing';
import '../../src/coalition-widgets.js';
import { defaultStory, type CoalitionSummary } from '../../src/coalition-widgets.js';
import { inSentence } from '../../src/story/format.js';
import { part, shownText } from '../support/reading.js';
import { forEachRendering, renderMarkup, renderWidget } from '../support/rendering.js';

interface Expected {
  /** The language the card is marked with. */
  lang: string;
  /** The three figures' headings. */
  headings: string[];
  objectives: string;
  more: string;
  /** The meeting's date, as the kicker writes it (before its capitals). */
  date: string;
}

const french: Expected = {
  lang: 'fr',
  headings: [
    '30 pays participants',
    '6 sur 30 envisageraient d’envoyer des troupes',
    '10\u202f000–30\u202f000 soldats pourraient composer la force alliée',
  ],
  objectives: 'Objectifs',
  more: 'Détails',
  date: '10\u00a0avril 2025',
};

const cases: { name: string; pageLang?: string; markup: string; expected: Expected }[] = [
  {
    name: 'a page in French: <html lang="fr">',
    pageLang: 'fr',
    markup: '<coalition-summary></coalition-summary>',
    expected: french,
  },
  {
    name: 'a <section lang="de"> in an English page',
    markup: '<section lang="de"><coalition-summary></coalition-summary></section>',
    expected: {
      lang: 'de',
      headings: [
        '30 teilnehmende Länder',
        '6 von 30 erwägen Berichten zufolge, Truppen zu entsenden',
        '10.000–30.000 Soldaten könnten die alliierte Truppe bilden',
      ],
      objectives: 'Ziele',
      more: 'Mehr',
      date: '10.\u00a0April 2025',
    },
  },
  {
    name: 'its own lang="uk"',
    markup: '<coalition-summary lang="uk"></coalition-summary>',
    expected: {
      lang: 'uk',
      headings: [
        '30 країн беруть участь',
        '6 з 30, за повідомленнями, розглядають відправлення військ',
        '10\u00a0000–30\u00a0000 військових могли б скласти союзні сили',
      ],
      objectives: 'Цілі',
      more: 'Докладніше',
      date: '10\u00a0квітня 2025\u00a0р.',
    },
  },
  {
    name: 'a page in Japanese: <html lang="ja">',
    pageLang: 'ja',
    markup: '<coalition-summary></coalition-summary>',
    expected: {
      lang: 'ja',
      headings: [
        '30か国が参加',
        '30か国中6か国が派兵を検討しているとされる',
        '同盟軍の規模は10,000～30,000人になる可能性がある',
      ],
      objectives: '目標',
      more: '詳しく',
      date: '2025年4月10日',
    },
  },
  { name: 'a region: lang="fr-CA"', markup: '<coalition-summary lang="fr-CA"></coalition-summary>', expected: french },
  {
    name: 'a language the kit lacks: <html lang="xx">',
    pageLang: 'xx',
    markup: '<coalition-summary></coalition-summary>',
    expected: {
      lang: 'en',
      headings: [
        '30 countries taking part',
        '6 of 30 reportedly considering sending troops',
        '10,000–30,000 troops could make up the allied force',
      ],
      objectives: 'Objectives',
      more: 'More',
      date: '10 April 2025',
    },
  },
];

/** Words as shownText() gives them: every run of white space (a no-break space too) as one space. */
const seen = (words: string) => words.replace(/\s+/g, ' ');
const langOf = (element: Element) => element.closest('[lang]')!.getAttribute('lang');

describe('<coalition-summary> in the page’s language', () => {
  const pageLang = document.documentElement.getAttribute('lang');
  afterEach(() =>
    pageLang === null ? document.documentElement.removeAttribute('lang') : (document.documentElement.lang = pageLang),
  );

  forEachRendering(() => {
    for (const { name, pageLang: lang, markup, expected } of cases) {
      it(`on ${name}`, async () => {
        document.documentElement.lang = lang ?? 'en';
        const { root } = await renderMarkup(markup);
        const summary = root.querySelector<CoalitionSummary>('coalition-summary')!;
        const shadow = summary.shadowRoot!;

        expect(part(summary, 'base')!.getAttribute('lang'), 'the card’s language').to.equal(expected.lang);
        const headings = [...shadow.querySelectorAll('.figure h3')].map((heading) => shownText(heading));
        expect(headings, 'the figures, in words and numbers').to.deep.equal(expected.headings.map(seen));
        expect(shownText(shadow.querySelector('.section h3')), 'a sub-heading').to.equal(expected.objectives);
        const more = shadow.querySelector('[part="evidence"] .more')!;
        expect(shownText(more), 'the "More" line').to.equal(`${expected.more} ·`);
        expect(langOf(more), 'the "More" line’s language').to.equal(expected.lang);
        const date = shadow.querySelector('.kicker time')!;
        expect(date.textContent, 'the meeting’s date').to.equal(expected.date);
        expect(langOf(date), 'the date’s language').to.equal(expected.lang);
        // The story's own words keep the story's language (English, unless the kit shows a translation).
        const headline = part(summary, 'headline')!;
        const storyLang = shownText(headline) === defaultStory.headline ? 'en' : expected.lang;
        expect(langOf(headline), 'the headline’s language').to.equal(storyLang);
        expect(langOf(part(summary, 'objectives')!.querySelector('li')!), 'an objective’s language').to.equal(
          storyLang,
        );
      });
    }

    it('names each "More" for screen readers in the widget’s language: lang="de"', async () => {
      const summary = await renderWidget<CoalitionSummary>('coalition-summary', { lang: 'de' });

      const names = [...summary.shadowRoot!.querySelectorAll('details[aria-label]')].map((details) =>
        details.getAttribute('aria-label'),
      );
      expect(names).to.deep.equal([
        'Mehr zur Koalition',
        'Mehr zu den Truppen',
        'Mehr zur alliierten Truppe',
        'Mehr zur Haltung der USA',
      ]);
      // The default story in German (src/story/translations): its city is Brüssel, set apart as the story's words.
      expect(shownText(part(summary, 'source'))).to.equal('Von Anna van Densky, \u2068Brüssel\u2069, 10. April 2025');
    });

    for (const lang of ['de', 'fi', 'ja']) {
      it(`holds lang="${lang}" in a 280 px column without overflow, its disclosures open`, async () => {
        const summary = await renderWidget<CoalitionSummary>('coalition-summary', { lang }, { width: 280 });
        for (const details of summary.shadowRoot!.querySelectorAll('details')) details.open = true;
        await summary.updateComplete;

        const card = part(summary, 'base')!;
        expect(card.getAttribute('lang')).to.equal(lang);
        const right = card.getBoundingClientRect().right;
        const beyond = [...summary.shadowRoot!.querySelectorAll('*')]
          .filter((element) => element.getBoundingClientRect().right > right + 0.5)
          .map((element) => `${element.localName}: ${shownText(element).slice(0, 30)}`);
        expect(beyond, 'elements past the card’s edge').to.deep.equal([]);
        expect(card.scrollWidth, 'the card’s scroll width').to.be.at.most(card.clientWidth);
        expect(summary.getBoundingClientRect().width).to.be.at.most(280);
      });
    }
  });
});

describe('what is still sought, inside a sentence', () => {
  it('starts lower case in English, and keeps the capitals of German nouns', () => {
    expect(inSentence('Political backing')).to.equal('political backing');
    expect(inSentence('NATO support')).to.equal('NATO support');
    expect(inSentence('Überwachung', 'de')).to.equal('Überwachung');
    expect(inSentence('Austausch nachrichtendienstlicher Erkenntnisse', 'de-AT')).to.equal(
      'Austausch nachrichtendienstlicher Erkenntnisse',
    );
  });
});
