import type { Formats, Messages } from '../catalogue.js';

// Swedish: "enligt uppgift" and "skulle kunna" carry the report's hedging. Country names take no
// article, so the sentence keeps its English shape.
export const messages: Messages = {
  closestPartners: 'Närmaste partner: {names}',
  countriesTakingPart: { one: '{figure} deltagande land', other: '{figure} deltagande länder' },
  readyOfTotal: '{ready} av {total}',
  consideringTroops: '{figure} överväger enligt uppgift att skicka trupper',
  reportedBy: 'Uppgift från {name}.',
  forceSize: {
    one: '{figure} soldat skulle kunna ingå i den allierade styrkan',
    other: '{figure} soldater skulle kunna ingå i den allierade styrkan',
  },
  objectives: 'Mål',
  usPosition: 'USA:s hållning',
  soughtFromUs: 'Vad koalitionen fortfarande vill ha av USA: {items}.',
  reportBy: 'Av {author}, {city}, {date}',
  satellitesTitle: 'Militära satelliter per land',
  showTable: 'Visa siffrorna som tabell',
  country: 'Land',
  militarySatellites: 'Militära satelliter',
  source: 'Källa: {source}',
  noSatellites: 'Inga siffror om satelliter anges.',
  satellitesReported: {
    one: 'Enligt {reporters} har {country} {count} militär satellit',
    other: 'Enligt {reporters} har {country} {count} militära satelliter',
  },
  satellitesUnreported: {
    one: '{country} har {count} militär satellit',
    other: '{country} har {count} militära satelliter',
  },
  comparedTimes: 'ungefär {count} gånger så många som {country} ({figure})',
  comparedSame: 'ungefär lika många som {country} ({figure})',
  comparedNone: 'medan {country} har inga ({figure})',
  comparison: '{lead}: {comparisons}.',
  postLabel: 'Inlägg av {name} på {platform}',
  viewPost: 'Visa inlägget på {platform}',
  sources: { one: 'Källa: {names}', other: 'Källor: {names}' },
  updated: 'Uppdaterad {date}',
  correction: 'Rättelse ({date}): {text}',
  readFullStory: 'Läs hela artikeln',
  newTab: '(öppnas i en ny flik)',
  andMore: '{count} till',
};

export const formats: Formats = {
  plural: (n) => (n === 1 ? 'one' : 'other'),
  number: ['\u00a0', ','],
  range: '{min}–{max}',
  months: [
    'januari',
    'februari',
    'mars',
    'april',
    'maj',
    'juni',
    'juli',
    'augusti',
    'september',
    'oktober',
    'november',
    'december',
  ],
  date: '{day} {month} {year}',
  list: [', ', ' och '],
};
