import type { Formats, Messages } from '../catalogue.js';

// Czech: "údajně" and "by mohlo" carry the report's hedging. Numerals govern the noun and the verb
// (1 země se účastní, 2 země zvažují, 5 zemí zvažuje, 1,5 země), hence one/few/many/other. Names
// stand in the nominative, as labels or after "než".
export const messages: Messages = {
  closestPartners: 'Nejbližší partneři: {names}',
  countriesTakingPart: {
    one: '{figure} zúčastněná země',
    few: '{figure} zúčastněné země',
    many: '{figure} zúčastněné země',
    other: '{figure} zúčastněných zemí',
  },
  readyOfTotal: '{ready} z {total}',
  consideringTroops: {
    one: '{figure} údajně zvažuje vyslání vojáků',
    few: '{figure} údajně zvažují vyslání vojáků',
    many: '{figure} údajně zvažuje vyslání vojáků',
    other: '{figure} údajně zvažuje vyslání vojáků',
  },
  reportedBy: 'Uvádí {name}.',
  forceSize: {
    one: '{figure} voják by mohl tvořit spojenecké síly',
    few: '{figure} vojáci by mohli tvořit spojenecké síly',
    many: '{figure} vojáka by mohlo tvořit spojenecké síly',
    other: '{figure} vojáků by mohlo tvořit spojenecké síly',
  },
  objectives: 'Cíle',
  usPosition: 'Postoj USA',
  soughtFromUs: 'Co koalice od USA stále požaduje: {items}.',
  reportBy: 'Autor: {author}, {city}, {date}',
  satellitesTitle: 'Vojenské satelity podle zemí',
  showTable: 'Zobrazit čísla v tabulce',
  country: 'Země',
  militarySatellites: 'Vojenské satelity',
  source: 'Zdroj: {source}',
  noSatellites: 'Údaje o satelitech nejsou uvedeny.',
  satellitesReported: {
    one: '{country}: {count} vojenský satelit (zdroj: {reporters})',
    few: '{country}: {count} vojenské satelity (zdroj: {reporters})',
    many: '{country}: {count} vojenského satelitu (zdroj: {reporters})',
    other: '{country}: {count} vojenských satelitů (zdroj: {reporters})',
  },
  satellitesUnreported: {
    one: '{country}: {count} vojenský satelit',
    few: '{country}: {count} vojenské satelity',
    many: '{country}: {count} vojenského satelitu',
    other: '{country}: {count} vojenských satelitů',
  },
  comparedTimes: 'přibližně {count}krát více než {country} ({figure})',
  comparedSame: 'přibližně stejně jako {country} ({figure})',
  comparedNone: 'zatímco {country} nemá žádný ({figure})',
  comparison: '{lead} – {comparisons}.',
  postLabel: 'Příspěvek na {platform}, autor: {name}',
  viewPost: 'Zobrazit příspěvek na {platform}',
  sources: { one: 'Zdroj: {names}', few: 'Zdroje: {names}', many: 'Zdroje: {names}', other: 'Zdroje: {names}' },
  updated: 'Aktualizováno {date}',
  correction: 'Oprava ({date}): {text}',
  readFullStory: 'Přečíst celý článek',
  newTab: '(otevře se v nové kartě)',
  andMore: 'další {count}',
};

export const formats: Formats = {
  plural: (n) => (n === 1 ? 'one' : !Number.isInteger(n) ? 'many' : n > 1 && n < 5 ? 'few' : 'other'),
  number: ['\u00a0', ','],
  range: '{min}–{max}',
  months: [
    'ledna',
    'února',
    'března',
    'dubna',
    'května',
    'června',
    'července',
    'srpna',
    'září',
    'října',
    'listopadu',
    'prosince',
  ],
  date: '{day}. {month} {year}',
  list: [', ', ' a\u00a0'], // a no-break space: Czech keeps a one-letter word off the end of a line
};
