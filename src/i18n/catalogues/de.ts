import type { Formats, Messages } from '../catalogue.js';

// German: "Berichten zufolge", "könnten" carry the report's hedging. Country names stand as labels,
// where an article and its case would depend on the name.
export const messages: Messages = {
  closestPartners: 'Engste Partner: {names}',
  countriesTakingPart: { one: '{figure} teilnehmendes Land', other: '{figure} teilnehmende Länder' },
  readyOfTotal: '{ready} von {total}',
  consideringTroops: {
    one: '{figure} erwägt Berichten zufolge, Truppen zu entsenden',
    other: '{figure} erwägen Berichten zufolge, Truppen zu entsenden',
  },
  reportedBy: 'Gemeldet von {name}.',
  forceSize: {
    one: '{figure} Soldat könnte die alliierte Truppe bilden',
    other: '{figure} Soldaten könnten die alliierte Truppe bilden',
  },
  objectives: 'Ziele',
  usPosition: 'Die Haltung der USA',
  soughtFromUs: 'Was die Koalition noch von den USA erwartet: {items}.',
  reportBy: 'Von {author}, {city}, {date}',

  satellitesTitle: 'Militärsatelliten nach Land',
  showTable: 'Zahlen als Tabelle anzeigen',
  country: 'Land',
  militarySatellites: 'Militärsatelliten',
  source: 'Quelle: {source}',
  noSatellites: 'Zu Satelliten werden keine Zahlen genannt.',
  satellitesReported: {
    one: '{country}: {count} Militärsatellit (Quelle: {reporters})',
    other: '{country}: {count} Militärsatelliten (Quelle: {reporters})',
  },
  satellitesUnreported: { one: '{country}: {count} Militärsatellit', other: '{country}: {count} Militärsatelliten' },
  comparedTimes: '{country} ({figure}): etwa {count}-mal weniger',
  comparedSame: '{country} ({figure}): etwa gleich viele',
  comparedNone: '{country} ({figure}): keine',
  comparison: '{lead}; {comparisons}.',

  postLabel: 'Beitrag von {name} auf {platform}',
  viewPost: 'Beitrag auf {platform} ansehen',

  sources: { one: 'Quelle: {names}', other: 'Quellen: {names}' },
  updated: 'Aktualisiert am {date}',
  correction: 'Korrektur ({date}): {text}',
  readFullStory: 'Den ganzen Artikel lesen',
  newTab: '(öffnet in einem neuen Tab)',
  andMore: { one: '{count} weiteres', other: '{count} weitere' },
};

export const formats: Formats = {
  plural: (n) => (n === 1 ? 'one' : 'other'),
  number: ['.', ','],
  range: '{min}–{max}',
  months: [
    'Januar',
    'Februar',
    'März',
    'April',
    'Mai',
    'Juni',
    'Juli',
    'August',
    'September',
    'Oktober',
    'November',
    'Dezember',
  ],
  date: '{day}. {month} {year}',
  list: [', ', ' und '],
};
