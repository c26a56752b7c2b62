import type { Formats, Messages } from '../catalogue.js';

// Polish: "podobno", "mogłoby" carry the report's hedging. Numerals govern the noun and the verb
// (1 kraj rozważa, 2 kraje rozważają, 5 krajów rozważa, 1,5 kraju), hence one/few/many/other.
// Names stand in the nominative, as labels or after "niż".
export const messages: Messages = {
  closestPartners: 'Najbliżsi partnerzy: {names}',
  countriesTakingPart: {
    one: '{figure} kraj uczestniczący',
    few: '{figure} kraje uczestniczące',
    many: '{figure} krajów uczestniczących',
    other: '{figure} kraju uczestniczącego',
  },
  readyOfTotal: '{ready} z {total}',
  consideringTroops: {
    one: '{figure} podobno rozważa wysłanie wojsk',
    few: '{figure} podobno rozważają wysłanie wojsk',
    many: '{figure} podobno rozważa wysłanie wojsk',
    other: '{figure} podobno rozważa wysłanie wojsk',
  },
  reportedBy: 'Źródło: {name}.',
  forceSize: {
    one: '{figure} żołnierz mógłby wejść w skład sił sojuszniczych',
    few: '{figure} żołnierze mogliby wejść w skład sił sojuszniczych',
    many: '{figure} żołnierzy mogłoby wejść w skład sił sojuszniczych',
    other: '{figure} żołnierza mogłoby wejść w skład sił sojuszniczych',
  },
  objectives: 'Cele',
  usPosition: 'Stanowisko USA',
  soughtFromUs: 'Czego koalicja wciąż oczekuje od USA: {items}.',
  reportBy: 'Autor: {author}, {city}, {date}',
  more: 'Więcej',
  aboutCoalition: 'o koalicji',
  aboutTroops: 'o wojskach',
  aboutForce: 'o siłach sojuszniczych',
  aboutUs: 'o stanowisku USA',

  satellitesTitle: 'Satelity wojskowe według krajów',
  showTable: 'Pokaż dane w tabeli',
  country: 'Kraj',
  militarySatellites: 'Satelity wojskowe',
  source: 'Źródło: {source}',
  noSatellites: 'Brak danych o satelitach.',
  satellitesReported: {
    one: '{country}: {count} satelita wojskowy (źródło: {reporters})',
    few: '{country}: {count} satelity wojskowe (źródło: {reporters})',
    many: '{country}: {count} satelitów wojskowych (źródło: {reporters})',
    other: '{country}: {count} satelity wojskowego (źródło: {reporters})',
  },
  satellitesUnreported: {
    one: '{country}: {count} satelita wojskowy',
    few: '{country}: {count} satelity wojskowe',
    many: '{country}: {count} satelitów wojskowych',
    other: '{country}: {count} satelity wojskowego',
  },
  comparedTimes: {
    one: 'około {count} raz więcej niż {country} ({figure})',
    few: 'około {count} razy więcej niż {country} ({figure})',
    many: 'około {count} razy więcej niż {country} ({figure})',
    other: 'około {count} raza więcej niż {country} ({figure})',
  },
  comparedSame: 'mniej więcej tyle samo co {country} ({figure})',
  comparedNone: 'podczas gdy {country} nie ma żadnego ({figure})',
  comparison: '{lead} – {comparisons}.',
  finding: '{country}: {phrases}',
  findingAccording: '{finding} (źródło: {reporters})',
  findingTimes: {
    one: 'około {count} raz więcej satelitów wojskowych niż {country}',
    few: 'około {count} razy więcej satelitów wojskowych niż {country}',
    many: 'około {count} razy więcej satelitów wojskowych niż {country}',
    other: 'około {count} raza więcej satelitów wojskowych niż {country}',
  },
  findingMoreTimes: {
    one: '{count} raz więcej niż {country}',
    few: '{count} razy więcej niż {country}',
    many: '{count} razy więcej niż {country}',
    other: '{count} raza więcej niż {country}',
  },
  findingSame: 'mniej więcej tyle samo satelitów wojskowych co {country}',
  findingMoreSame: 'mniej więcej tyle samo co {country}',
  findingCount: {
    one: '{count} satelita wojskowy',
    few: '{count} satelity wojskowe',
    many: '{count} satelitów wojskowych',
    other: '{count} satelity wojskowego',
  },
  satellitesOnly: '{lead}.',
  getData: 'Pobierz dane (CSV)',
  dataNotLoaded: 'Nie udało się wczytać danych.',
  highlightedRow: 'Wyróżniono:',
  barSatellites: {
    one: 'satelita wojskowy',
    few: 'satelity wojskowe',
    many: 'satelitów wojskowych',
    other: 'satelity wojskowego',
  },
  seeNote: '(zob. przypis)',

  postLabel: 'Wpis na {platform}, autor: {name}',
  viewPost: 'Zobacz wpis na {platform}',
  viewPhoto: 'Wpis zawierał zdjęcie: zobacz je na {platform}',
  translatedFromEnglish: 'Przetłumaczono z angielskiego',
  translated: 'Tłumaczenie',
  copyQuote: 'Kopiuj cytat',
  copyLink: 'Kopiuj link',

  sources: { one: 'Źródło: {names}', few: 'Źródła: {names}', many: 'Źródła: {names}', other: 'Źródła: {names}' },
  updated: 'Zaktualizowano {date}',
  correction: 'Sprostowanie ({date}): {text}',
  readFullStory: 'Przeczytaj cały artykuł',
  newTab: '(otwiera się w nowej karcie)',
  andMore: { one: '{count} inny', few: '{count} inne', many: '{count} innych', other: '{count} innego' },
};

export const formats: Formats = {
  plural: (n) =>
    n === 1
      ? 'one'
      : !Number.isInteger(n)
        ? 'other'
        : n % 10 > 1 && n % 10 < 5 && (n % 100 < 12 || n % 100 > 14)
          ? 'few'
          : 'many',
  number: ['\u00a0', ',', 2],
  range: '{min}–{max}',
  months: [
    'stycznia',
    'lutego',
    'marca',
    'kwietnia',
    'maja',
    'czerwca',
    'lipca',
    'sierpnia',
    'września',
    'października',
    'listopada',
    'grudnia',
  ],
  date: '{day}\u00a0{month} {year}',
  list: [', ', ' i '],
};
