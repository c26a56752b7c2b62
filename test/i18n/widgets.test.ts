// The widgets in the page's language (issue 15): <satellite-compare> and the parts every widget shares
// (the source line, problem messages), in the language of its own `lang`, its closest ancestor's or
// the page's; drawn in the browser, and pre-rendered by the `prerender` command then hydrated.
import { expect, nextFrame } from '@open-wc/testing';
import '../../src/coalition-widgets.js';
import type { CoalitionData } from '../../src/coalition-widgets.js';
import { defaultStory, type Story } from '../../src/story/index.js';
import { part, shownText } from '../support/reading.js';
import { forEachRendering, renderMarkup } from '../support/rendering.js';

/** The default story, with a fleet large enough to show how the language groups digits. */
function storyWithLargeFleet(): Story {
  const story = structuredClone(defaultStory);
  story.satellites.countries[0].count = 10_000;
  return story;
}

interface Expected {
  /** The language the card is marked with. */
  lang: string;
  header: string;
  showTable: string;
  count: string;
  /** Words of the title, which states the finding. */
  finding: string;
  /** How the source line starts. */
  source: string;
}

const french: Expected = {
  lang: 'fr',
  header: 'Pays',
  showTable: 'Afficher les chiffres sous forme de tableau',
  count: '10\u202f000',
  finding: 'environ 588 fois plus de satellites militaires que la France',
  source: 'Source\u00a0: the report',
};

const cases: { name: string; pageLang?: string; markup: string; expected: Expected }[] = [
  {
    name: 'a page in French: <html lang="fr">',
    pageLang: 'fr',
    markup: '<satellite-compare></satellite-compare>',
    expected: french,
  },
  {
    name: 'a <section lang="de"> in an English page',
    markup: '<section lang="de"><satellite-compare></satellite-compare></section>',
    expected: {
      lang: 'de',
      header: 'Land',
      showTable: 'Zahlen als Tabelle anzeigen',
      count: '10.000',
      finding: 'etwa 588-mal so viele Militärsatelliten wie Frankreich',
      source: 'Quelle: the report',
    },
  },
  {
    name: 'its own lang="uk"',
    markup: '<satellite-compare lang="uk"></satellite-compare>',
    expected: {
      lang: 'uk',
      header: 'Країна',
      showTable: 'Показати таблицею',
      count: '10\u00a0000',
      finding: 'приблизно в 588 разів більше військових супутників, ніж France',
      source: 'Джерело: the report',
    },
  },
  {
    name: 'a page in Japanese: <html lang="ja">',
    pageLang: 'ja',
    markup: '<satellite-compare></satellite-compare>',
    expected: {
      lang: 'ja',
      header: '国',
      showTable: '数値を表で表示',
      count: '10,000',
      finding: 'Franceの約588倍',
      source: '出典：the report',
    },
  },
  { name: 'a region: lang="fr-CA"', markup: '<satellite-compare lang="fr-CA"></satellite-compare>', expected: french },
  {
    name: 'a language the kit lacks: <html lang="xx">',
    pageLang: 'xx',
    markup: '<satellite-compare></satellite-compare>',
    expected: {
      lang: 'en',
      header: 'Country',
      showTable: 'Show the figures as a table',
      count: '10,000',
      finding: 'about 588 times France’s military satellites',
      source: 'Source: the report',
    },
  },
];

/** Renders `markup` with the story of the large fleet given by a <coalition-data> around it. */
async function renderChart(markup: string): Promise<HTMLElement> {
  const { root } = await renderMarkup(`<coalition-data>${markup}</coalition-data>`, {
    beforeConnect: (root) => (root.querySelector<CoalitionData>('coalition-data')!.data = storyWithLargeFleet()),
  });
  return root.querySelector('satellite-compare')!;
}

const text = shownText;
/** Words as shownText() gives them: every run of white space (a no-break space too) as one space. */
const seen = (words: string) => words.replace(/\s+/g, ' ');

describe('the widgets in the page’s language', () => {
  const pageLang = document.documentElement.getAttribute('lang');
  const restore = () =>
    pageLang === null ? document.documentElement.removeAttribute('lang') : (document.documentElement.lang = pageLang);
  afterEach(restore);

  forEachRendering(() => {
    for (const { name, pageLang: lang, markup, expected } of cases) {
      it(`<satellite-compare> on ${name}`, async () => {
        document.documentElement.lang = lang ?? 'en';
        const chart = await renderChart(markup);
        const root = chart.shadowRoot!;

        expect(part(chart, 'base')!.getAttribute('lang'), 'the card’s language').to.equal(expected.lang);
        expect(text(part(chart, 'title')), 'the title states the finding').to.include(expected.finding);
        expect(text(root.querySelector('details > summary')), 'the table’s disclosure').to.equal(expected.showTable);
        expect(root.querySelector('thead th')!.textContent.trim(), 'the table’s header').to.equal(expected.header);
        expect(root.querySelector('tbody td')!.textContent.trim(), 'the largest count').to.equal(expected.count);
        expect(text(root.querySelector('[part="evidence"] > summary')), 'the source line').to.match(
          new RegExp(`^${seen(expected.source)}`),
        );
        // The story's own words keep the story's language.
        expect(root.querySelector('.name')!.matches(':lang(en)'), 'a country’s name is the story’s').to.equal(true);
      });
    }

    it('<satellite-compare> renders again when its lang changes', async () => {
      const chart = await renderChart('<satellite-compare lang="fr"></satellite-compare>');
      expect(chart.shadowRoot!.querySelector('thead th')!.textContent.trim()).to.equal('Pays');

      chart.setAttribute('lang', 'de');
      await nextFrame();
      await (chart as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;

      expect(part(chart, 'base')!.getAttribute('lang')).to.equal('de');
      expect(chart.shadowRoot!.querySelector('thead th')!.textContent.trim()).to.equal('Land');
      expect(chart.shadowRoot!.querySelector('tbody td')!.textContent.trim()).to.equal('10.000');
    });

    // The default story ships in French, German, Ukrainian and Polish (src/story/translations): a widget
    // shows it in its own language where there is one, else the English story marked as English.
    const defaultStoryCases = [
      {
        name: 'a page in French',
        pageLang: 'fr',
        markup: '<satellite-compare></satellite-compare>',
        lang: 'fr',
        us: 'États-Unis',
      },
      {
        name: 'a page in Canadian French',
        pageLang: 'fr-CA',
        markup: '<satellite-compare></satellite-compare>',
        lang: 'fr',
        us: 'États-Unis',
      },
      {
        name: 'a <section lang="de">',
        markup: '<section lang="de"><satellite-compare></satellite-compare></section>',
        lang: 'de',
        us: 'Vereinigte Staaten',
      },
      { name: 'its own lang="uk"', markup: '<satellite-compare lang="uk"></satellite-compare>', lang: 'uk', us: 'США' },
      {
        name: 'a page in Polish',
        pageLang: 'pl',
        markup: '<satellite-compare></satellite-compare>',
        lang: 'pl',
        us: 'Stany Zjednoczone',
      },
      {
        name: 'a page in Japanese (no translation)',
        pageLang: 'ja',
        markup: '<satellite-compare></satellite-compare>',
        lang: 'en',
        us: 'United States',
      },
    ];
    for (const { name, pageLang: lang, markup, lang: storyLang, us } of defaultStoryCases) {
      it(`<satellite-compare> shows the default story in the language of ${name}`, async () => {
        document.documentElement.lang = lang ?? 'en';
        const { root } = await renderMarkup(`<coalition-data>${markup}</coalition-data>`);
        const chart = root.querySelector('satellite-compare')!;
        const name = chart.shadowRoot!.querySelector('.name')!;

        expect(text(name), 'the first country, in the story’s language').to.include(us);
        expect(name.matches(`:lang(${storyLang})`), `its words marked lang="${storyLang}"`).to.equal(true);
      });
    }

    it('a story of the page’s own stays as it is, whatever the widget’s language', async () => {
      const chart = await renderChart('<satellite-compare lang="fr"></satellite-compare>');
      const name = chart.shadowRoot!.querySelector('.name')!;

      expect(text(name)).to.include('United States');
      expect(name.matches(':lang(en)')).to.equal(true);
    });

    it('says what is wrong with an attribute in French: highlight="UKK" on a French page', async () => {
      document.documentElement.lang = 'fr';
      const chart = await renderChart('<satellite-compare highlight="UKK"></satellite-compare>');

      const error = part(chart, 'error')!;
      expect(error.textContent).to.equal(
        'highlight="UKK" ne correspond à aucun pays du graphique. Vouliez-vous dire "UK"\u00a0?',
      );
      expect(error.getAttribute('lang')).to.equal('fr');
    });
  });
});
