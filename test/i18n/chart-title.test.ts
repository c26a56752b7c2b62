// The chart's title in each language, as a native editor reads it (issue 15): the countries it
// compares with the article or case the sentence needs ("que la France", "del Regno Unito"), for the
// default story and its translations, and still a grammatical sentence for a newsroom's own story
// with countries the catalogue does not name.
import { expect } from '@open-wc/testing';
import type { Locale } from '../../src/i18n/catalogue.js';
import { languages, type Language } from '../../src/i18n/language.js';
import { loadLocale } from '../../src/i18n/load-catalogue.js';
import { defaultStory, satelliteFinding, type Story } from '../../src/story/index.js';
import { reportersOf } from '../../src/story/sourcing.js';
import { story as french } from '../../src/story/translations/default-story.fr.js';
import { story as german } from '../../src/story/translations/default-story.de.js';
import { story as ukrainian } from '../../src/story/translations/default-story.uk.js';
import { story as polish } from '../../src/story/translations/default-story.pl.js';

const locales = Object.fromEntries(
  await Promise.all(languages.map(async (language) => [language, await loadLocale(language)] as const)),
) as Record<Language, Locale>;

/** The title <satellite-compare> shows for `story` in `language`, without the isolates around story words. */
function title(language: Language, story: Story = defaultStory, highlight?: string): string {
  const { countries, evidence = [] } = story.satellites;
  return satelliteFinding(countries, reportersOf(story, evidence), highlight, locales[language]).replace(
    /[\u2066-\u2069]/g,
    '',
  );
}

/** A newsroom's own story, whose countries no catalogue names. */
const ownStory: Story = {
  ...defaultStory,
  satellites: {
    ...defaultStory.satellites,
    countries: [
      { code: 'IT', name: 'Italy', count: 10 },
      { code: 'DE', name: 'Germany', count: 9 },
      { code: 'SE', name: 'Sweden', count: 2 },
    ],
  },
};

describe('the chart’s title in each language', () => {
  it('names the countries with the article or case each sentence needs (the default story)', () => {
    expect(title('fr')).to.equal(
      'États-Unis\u00a0: environ 15 fois plus de satellites militaires que la France et 42 fois plus que le Royaume-Uni, selon the report',
    );
    expect(title('it')).to.equal(
      'Stati Uniti: circa 15 volte i satelliti militari della Francia e 42 volte quelli del Regno Unito, secondo the report',
    );
    expect(title('es')).to.equal(
      'Estados Unidos: unas 15 veces más satélites militares que Francia y 42 veces más que el Reino Unido, según the report',
    );
    expect(title('pt')).to.equal(
      'Estados Unidos: cerca de 15 vezes mais satélites militares do que a França e 42 vezes mais do que o Reino Unido, segundo the report',
    );
    expect(title('nl')).to.equal(
      'Verenigde Staten: ongeveer 15 keer zoveel militaire satellieten als Frankrijk en 42 keer zoveel als het Verenigd Koninkrijk, volgens the report',
    );
    expect(title('de')).to.equal(
      'Vereinigte Staaten: etwa 15-mal so viele Militärsatelliten wie Frankreich und 42-mal so viele wie das Vereinigte Königreich (Quelle: the report)',
    );
  });

  it('names a highlighted country likewise', () => {
    expect(title('fr', defaultStory, 'UK')).to.equal(
      'États-Unis\u00a0: environ 42 fois plus de satellites militaires que le Royaume-Uni, selon the report',
    );
    expect(title('it', defaultStory, 'FR')).to.include('i satelliti militari della Francia');
  });

  it('reads with the translated stories, whose source is a noun in the language (no case after a preposition)', () => {
    expect(title('fr', french)).to.equal(
      'États-Unis\u00a0: environ 15 fois plus de satellites militaires que la France et 42 fois plus que le Royaume-Uni, selon l’article',
    );
    expect(title('de', german)).to.match(/wie das Vereinigte Königreich \(Quelle: der Bericht\)$/);
    expect(title('uk', ukrainian)).to.equal(
      'США: приблизно в 15 разів більше військових супутників, ніж Франція і в 42 рази більше, ніж Велика Британія (джерело: репортаж)',
    );
    expect(title('pl', polish)).to.equal(
      'Stany Zjednoczone: około 15 razy więcej satelitów wojskowych niż Francja i 42 razy więcej niż Wielka Brytania (źródło: artykuł)',
    );
  });

  it('stays a sentence for a newsroom’s story with countries the catalogue does not name', () => {
    // Where an article or case would depend on the name: the largest fleet alone, named as a label.
    expect(title('fr', ownStory)).to.equal('Italy\u00a0: 10 satellites militaires, selon the report');
    expect(title('it', ownStory)).to.equal('Italy: 10 satelliti militari, secondo the report');
    expect(title('es', ownStory)).to.equal('Italy: 10 satélites militares, según the report');
    expect(title('de', ownStory)).to.equal('Italy: 10 Militärsatelliten (Quelle: the report)');
    expect(title('fr', ownStory, 'DE')).to.equal('Italy\u00a0: 10 satellites militaires, selon the report');
    // Where the name stands as it is ("niż Germany"), the comparison stays; a fraction takes its own form.
    expect(title('pl', ownStory)).to.equal(
      'Italy: około 1,1 raza więcej satelitów wojskowych niż Germany i 5 razy więcej niż Sweden (źródło: the report)',
    );
    expect(title('sv', ownStory)).to.equal(
      'Italy har ungefär 1,1 gånger så många militära satelliter som Germany och 5 gånger så många som Sweden, enligt the report',
    );
    expect(title('en', ownStory)).to.equal(
      'Italy has about 1.1 times Germany’s military satellites and 5 times Sweden’s, according to the report',
    );
  });

  it('compares a known country and leaves out one the catalogue does not name', () => {
    const mixed: Story = {
      ...defaultStory,
      satellites: {
        ...defaultStory.satellites,
        countries: [...defaultStory.satellites.countries.slice(0, 2), { code: 'DE', name: 'Germany', count: 9 }],
      },
    };
    expect(title('fr', mixed)).to.equal(
      'États-Unis\u00a0: environ 15 fois plus de satellites militaires que la France, selon the report',
    );
  });

  for (const language of languages) {
    it(`${language}: the default story's title compares the United States with both France and the United Kingdom`, () => {
      const shown = title(language);
      expect(shown).to.match(/(^|\D)15(\D|$)/);
      expect(shown).to.match(/(^|\D)42(\D|$)/);
    });
  }
});
