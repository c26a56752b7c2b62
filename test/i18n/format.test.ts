import { expect } from '@open-wc/testing';
import { englishLocale, text, type Locale } from '../../src/i18n/catalogue.js';
import { languages } from '../../src/i18n/language.js';
import { loadLocale } from '../../src/i18n/load-catalogue.js';

const locales = Object.fromEntries(
  await Promise.all(languages.map(async (language) => [language, await loadLocale(language)] as const)),
) as Record<(typeof languages)[number], Locale>;
// Intl's tag for each kit language: the kit writes British English.
const intlTag = (language: string) => (language === 'en' ? 'en-GB' : language);

describe('numbers, dates, lists and plurals in each language', () => {
  it('write the dates of the issue, the day kept with its month and an abbreviation with its number', () => {
    // A no-break space (U+00A0) where a line must not break: "р." never starts a line on its own.
    expect(locales.fr.date('2025-04-10')).to.equal('10\u00a0avril 2025');
    expect(locales.de.date('2025-04-10')).to.equal('10.\u00a0April 2025');
    expect(locales.uk.date('2025-04-10')).to.equal('10\u00a0квітня 2025\u00a0р.');
    expect(locales.lt.date('2025-04-10')).to.equal('2025\u00a0m. balandžio 10\u00a0d.');
    expect(locales.es.date('2025-04-10')).to.equal('10\u00a0de abril de 2025');
    expect(locales.ja.date('2025-04-10')).to.equal('2025年4月10日');
    expect(locales.en.date('2025-04-10')).to.equal('10 April 2025');
  });

  it('write numbers and ranges with the language’s separators', () => {
    expect(locales.fr.range(10_000, 30_000)).to.equal('10\u202f000–30\u202f000');
    expect(locales.de.range(10_000, 30_000)).to.equal('10.000–30.000');
    expect(locales.uk.range(10_000, 30_000)).to.equal('10\u00a0000–30\u00a0000');
    expect(locales.en.range(10_000, 30_000)).to.equal('10,000–30,000');
    expect(locales.ja.range(10_000, 30_000)).to.equal('10,000～30,000');
    expect(locales.de.count(14.6)).to.equal('14,6');
    expect([locales.pl.count(1000), locales.pl.count(10_000)]).to.deep.equal(['1000', '10\u00a0000']);
  });

  for (const language of languages) {
    it(`${language}: numbers and dates as this browser’s Intl writes them`, () => {
      const locale = locales[language];
      const numbers = new Intl.NumberFormat(intlTag(language));
      for (const n of [0, 6, 30, 249, 1000, 9999, 10_000, 30_000, 1_234_567, 14.6, 0.5]) {
        // CLDR 43 stopped grouping Italian four-digit numbers ("1000"); WebKitGTK's ICU 72 (CLDR 42) still
        // writes "1.000". The kit writes today's form in every browser.
        if (language === 'it' && n >= 1000 && n < 10_000) {
          expect(locale.count(n)).to.equal(String(n));
          expect(numbers.format(n)).to.be.oneOf([String(n), `${String(n)[0]}.${String(n).slice(1)}`]);
        } else expect(locale.count(n), `${n}`).to.equal(numbers.format(n));
      }
      const dates = new Intl.DateTimeFormat(intlTag(language), {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      });
      for (let month = 1; month <= 12; month++) {
        const iso = `2025-${String(month).padStart(2, '0')}-${month === 4 ? 10 : month + 10}`;
        // The same words; where Intl has a space, the kit may have a no-break one.
        expect(locale.date(iso).replace(/\u00a0/g, ' '), iso).to.equal(dates.format(new Date(`${iso}T00:00:00Z`)));
      }
    });

    it(`${language}: lists and plural categories as this browser’s Intl has them`, () => {
      const locale = locales[language];
      const lists = new Intl.ListFormat(intlTag(language), { type: 'conjunction' });
      for (const items of [['A'], ['A', 'B'], ['Francia', 'Reino Unido', 'Italia'], ['A', 'B', 'Hielo']])
        expect(locale.list(items)).to.equal(lists.format(items));
      const plurals = new Intl.PluralRules(language);
      for (const n of [...Array.from({ length: 251 }, (_, n) => n), 1000, 1_000_000, 2_000_000, 0.5, 1.5, 14.6])
        expect(locale.plural(n), `${n}`).to.equal(plurals.select(n));
    });
  }

  it('choose Polish and Ukrainian plural forms by the count', () => {
    const countries = (locale: Locale) =>
      [1, 2, 5, 22, 25].map((count) => text(locale, 'countriesTakingPart', { count, figure: count }));
    expect(countries(locales.pl)).to.deep.equal([
      '1 kraj uczestniczący',
      '2 kraje uczestniczące',
      '5 krajów uczestniczących',
      '22 kraje uczestniczące',
      '25 krajów uczestniczących',
    ]);
    expect(countries(locales.uk)).to.deep.equal([
      '1 країна бере участь',
      '2 країни беруть участь',
      '5 країн беруть участь',
      '22 країни беруть участь',
      '25 країн беруть участь',
    ]);
  });

  it('join lists with the language’s “and”, and count what is left out', () => {
    const items = ['Francia', 'Reino Unido', 'Italia'];
    expect(locales.fr.list(items)).to.equal('Francia, Reino Unido et Italia');
    expect(locales.de.list(items)).to.equal('Francia, Reino Unido und Italia');
    expect(locales.pl.list(items)).to.equal('Francia, Reino Unido i Italia');
    expect(locales.es.list(items)).to.equal('Francia, Reino Unido e Italia');
    expect(locales.pl.list(['A', 'B', 'C', 'D', 'E'], 2)).to.equal('A, B i 3 inne');
    expect(locales.en.list(['A', 'B', 'C', 'D', 'E'], 2)).to.equal('A, B and 3 more');
  });

  it('English keeps today’s words and code path', () => {
    expect(locales.en).to.equal(englishLocale);
    expect(text(englishLocale, 'countriesTakingPart', { count: 30, figure: 30 })).to.equal('30 countries taking part');
    expect(text(englishLocale, 'sources', { count: 2, names: 'the report and Bloomberg' })).to.equal(
      'Sources: the report and Bloomberg',
    );
    // A key no catalogue has yet falls back to English, key by key.
    const partial: Locale = { ...locales.fr, messages: { objectives: 'Objectifs' } };
    expect(text(partial, 'objectives')).to.equal('Objectifs');
    expect(text(partial, 'readFullStory')).to.equal('Read the full story');
  });
});
