import type { Formats, Messages } from '../catalogue.js';

// Ukrainian: "за повідомленнями", "могли б" carry the report's hedging. Numerals govern the noun's
// form (1 країна, 2 країни, 5 країн, 1,5 країни), hence one/few/many/other. Names stand in the
// nominative, as labels or after "ніж".
export const messages: Messages = {
  closestPartners: 'Найближчі партнери: {names}',
  countriesTakingPart: {
    one: '{figure} країна бере участь',
    few: '{figure} країни беруть участь',
    many: '{figure} країн беруть участь',
    other: '{figure} країни бере участь',
  },
  readyOfTotal: '{ready} з {total}',
  consideringTroops: {
    one: '{figure}, за повідомленнями, розглядає відправлення військ',
    few: '{figure}, за повідомленнями, розглядають відправлення військ',
    many: '{figure}, за повідомленнями, розглядають відправлення військ',
    other: '{figure}, за повідомленнями, розглядають відправлення військ',
  },
  reportedBy: 'Повідомляє {name}.',
  forceSize: {
    one: '{figure} військовий міг би скласти союзні сили',
    few: '{figure} військові могли б скласти союзні сили',
    many: '{figure} військових могли б скласти союзні сили',
    other: '{figure} військового могли б скласти союзні сили',
  },
  objectives: 'Цілі',
  usPosition: 'Позиція США',
  soughtFromUs: 'Чого коаліція досі чекає від США: {items}.',
  reportBy: 'Автор: {author}, {city}, {date}',
  more: 'Докладніше',
  aboutCoalition: 'про коаліцію',
  aboutTroops: 'про війська',
  aboutForce: 'про союзні сили',
  aboutUs: 'про позицію США',

  satellitesTitle: 'Військові супутники країн',
  showTable: 'Показати таблицею',
  country: 'Країна',
  militarySatellites: 'Військові супутники',
  source: 'Джерело: {source}',
  noSatellites: 'Немає даних про супутники.',
  satellitesReported: {
    one: '{country}: {count} військовий супутник (джерело: {reporters})',
    few: '{country}: {count} військові супутники (джерело: {reporters})',
    many: '{country}: {count} військових супутників (джерело: {reporters})',
    other: '{country}: {count} військового супутника (джерело: {reporters})',
  },
  satellitesUnreported: {
    one: '{country}: {count} військовий супутник',
    few: '{country}: {count} військові супутники',
    many: '{country}: {count} військових супутників',
    other: '{country}: {count} військового супутника',
  },
  comparedTimes: {
    one: 'приблизно в {count} раз більше, ніж {country} ({figure})',
    few: 'приблизно в {count} рази більше, ніж {country} ({figure})',
    many: 'приблизно в {count} разів більше, ніж {country} ({figure})',
    other: 'приблизно в {count} раза більше, ніж {country} ({figure})',
  },
  comparedSame: 'приблизно стільки ж, скільки {country} ({figure})',
  comparedNone: 'тоді як {country} не має жодного ({figure})',
  comparison: '{lead} — {comparisons}.',
  finding: '{country}: {phrases}',
  findingAccording: '{finding} (джерело: {reporters})',
  findingTimes: {
    one: 'приблизно в {count} раз більше військових супутників, ніж {country}',
    few: 'приблизно в {count} рази більше військових супутників, ніж {country}',
    many: 'приблизно в {count} разів більше військових супутників, ніж {country}',
    other: 'приблизно в {count} раза більше військових супутників, ніж {country}',
  },
  findingMoreTimes: {
    one: 'в {count} раз більше, ніж {country}',
    few: 'в {count} рази більше, ніж {country}',
    many: 'в {count} разів більше, ніж {country}',
    other: 'в {count} раза більше, ніж {country}',
  },
  findingSame: 'приблизно стільки ж військових супутників, скільки {country}',
  findingMoreSame: 'приблизно стільки ж, скільки {country}',
  findingCount: {
    one: '{count} військовий супутник',
    few: '{count} військові супутники',
    many: '{count} військових супутників',
    other: '{count} військового супутника',
  },
  satellitesOnly: '{lead}.',
  getData: 'Завантажити дані (CSV)',
  dataNotLoaded: 'Дані не завантажилися.',
  highlightedRow: 'Виділено:',
  barSatellites: {
    one: 'військовий супутник',
    few: 'військові супутники',
    many: 'військових супутників',
    other: 'військового супутника',
  },
  seeNote: '(див. прим.)',

  postLabel: '{name}: допис у {platform}',
  viewPost: 'Відкрити допис у {platform}',
  viewPhoto: 'Фото з допису у {platform}',
  translatedFromEnglish: 'Переклад з англійської',
  translated: 'Переклад',
  copyQuote: 'Копіювати цитату',
  copyLink: 'Копіювати посилання',

  sources: { one: 'Джерело: {names}', few: 'Джерела: {names}', many: 'Джерела: {names}', other: 'Джерела: {names}' },
  updated: 'Оновлено {date}',
  correction: 'Виправлення ({date}): {text}',
  readFullStory: 'Читати повністю',
  newTab: '(відкривається в новій вкладці)',
  andMore: 'ще {count}',
};

export const formats: Formats = {
  plural: (n) =>
    !Number.isInteger(n)
      ? 'other'
      : n % 10 === 1 && n % 100 !== 11
        ? 'one'
        : n % 10 > 1 && n % 10 < 5 && (n % 100 < 12 || n % 100 > 14)
          ? 'few'
          : 'many',
  number: ['\u00a0', ','],
  range: '{min}–{max}',
  months: [
    'січня',
    'лютого',
    'березня',
    'квітня',
    'травня',
    'червня',
    'липня',
    'серпня',
    'вересня',
    'жовтня',
    'листопада',
    'грудня',
  ],
  date: '{day}\u00a0{month} {year}\u00a0р.',
  list: [', ', ' і '],
};
