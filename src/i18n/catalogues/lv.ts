import type { Formats, Messages } from '../catalogue.js';

// Latvian: "kā ziņots" and "varētu" carry the report's hedging. Numbers ending in 0 or 11-19 take
// the genitive plural (zero: 30 000 karavīru), 1, 21… the singular (one), the rest the nominative plural.
// Names stand in the nominative, as labels or after "nekā".
export const messages: Messages = {
  closestPartners: 'Tuvākie partneri: {names}',
  countriesTakingPart: {
    zero: '{figure} valstu piedalās',
    one: '{figure} valsts piedalās',
    other: '{figure} valstis piedalās',
  },
  readyOfTotal: '{ready} no {total}',
  consideringTroops: '{figure}, kā ziņots, apsver karaspēka nosūtīšanu',
  reportedBy: 'Ziņo {name}.',
  forceSize: {
    zero: '{figure} karavīru varētu veidot sabiedroto spēkus',
    one: '{figure} karavīrs varētu veidot sabiedroto spēkus',
    other: '{figure} karavīri varētu veidot sabiedroto spēkus',
  },
  objectives: 'Mērķi',
  usPosition: 'ASV nostāja',
  soughtFromUs: 'Ko koalīcija joprojām sagaida no ASV: {items}.',
  reportBy: 'Autors: {author}, {city}, {date}',
  more: 'Vairāk',
  aboutCoalition: 'par koalīciju',
  aboutTroops: 'par karaspēku',
  aboutForce: 'par sabiedroto spēkiem',
  aboutUs: 'par ASV nostāju',
  satellitesTitle: 'Militārie pavadoņi pa valstīm',
  showTable: 'Rādīt skaitļus tabulā',
  country: 'Valsts',
  militarySatellites: 'Militārie pavadoņi',
  source: 'Avots: {source}',
  noSatellites: 'Dati par pavadoņiem nav sniegti.',
  satellitesReported: {
    zero: '{country}: {count} militāro pavadoņu (avots: {reporters})',
    one: '{country}: {count} militārais pavadonis (avots: {reporters})',
    other: '{country}: {count} militārie pavadoņi (avots: {reporters})',
  },
  satellitesUnreported: {
    zero: '{country}: {count} militāro pavadoņu',
    one: '{country}: {count} militārais pavadonis',
    other: '{country}: {count} militārie pavadoņi',
  },
  comparedTimes: {
    zero: 'aptuveni {count} reižu vairāk nekā {country} ({figure})',
    one: 'aptuveni {count} reizi vairāk nekā {country} ({figure})',
    other: 'aptuveni {count} reizes vairāk nekā {country} ({figure})',
  },
  comparedSame: 'aptuveni tikpat, cik {country} ({figure})',
  comparedNone: 'kamēr {country} nav neviena ({figure})',
  comparison: '{lead} — {comparisons}.',
  finding: '{country}: {phrases}',
  findingAccording: '{finding} (avots: {reporters})',
  findingTimes: {
    zero: 'aptuveni {count} reižu vairāk militāro pavadoņu nekā {country}',
    one: 'aptuveni {count} reizi vairāk militāro pavadoņu nekā {country}',
    other: 'aptuveni {count} reizes vairāk militāro pavadoņu nekā {country}',
  },
  findingMoreTimes: {
    zero: '{count} reižu vairāk nekā {country}',
    one: '{count} reizi vairāk nekā {country}',
    other: '{count} reizes vairāk nekā {country}',
  },
  findingSame: 'aptuveni tikpat militāro pavadoņu, cik {country}',
  findingMoreSame: 'aptuveni tikpat, cik {country}',
  findingCount: {
    zero: '{count} militāro pavadoņu',
    one: '{count} militārais pavadonis',
    other: '{count} militārie pavadoņi',
  },
  satellitesOnly: '{lead}.',
  getData: 'Lejupielādēt datus (CSV)',
  dataNotLoaded: 'Datus neizdevās ielādēt.',
  highlightedRow: 'Izcelts:',
  barSatellites: { zero: 'militāro pavadoņu', one: 'militārais pavadonis', other: 'militārie pavadoņi' },
  seeNote: '(sk. piezīmi)',
  postLabel: 'Ieraksts platformā {platform}, autors: {name}',
  viewPost: 'Skatīt ierakstu platformā {platform}',
  viewPhoto: 'Ierakstā bija fotoattēls: skatīt to platformā {platform}',
  translatedFromEnglish: 'Tulkots no angļu valodas',
  translated: 'Tulkojums',
  copyQuote: 'Kopēt citātu',
  copyLink: 'Kopēt saiti',
  sources: { zero: 'Avoti: {names}', one: 'Avots: {names}', other: 'Avoti: {names}' },
  updated: 'Atjaunināts {date}',
  correction: 'Labojums ({date}): {text}',
  readFullStory: 'Lasīt visu rakstu',
  newTab: '(atveras jaunā cilnē)',
  andMore: 'vēl {count}',
};

export const formats: Formats = {
  plural: (n) =>
    !Number.isInteger(n)
      ? Math.round(n * 10) % 10 === 1
        ? 'one'
        : 'other'
      : n % 10 === 0 || (n % 100 > 10 && n % 100 < 20)
        ? 'zero'
        : n % 10 === 1
          ? 'one'
          : 'other',
  number: ['\u00a0', ',', 2],
  range: '{min}–{max}',
  months: [
    'janvāris',
    'februāris',
    'marts',
    'aprīlis',
    'maijs',
    'jūnijs',
    'jūlijs',
    'augusts',
    'septembris',
    'oktobris',
    'novembris',
    'decembris',
  ],
  date: '{year}.\u00a0gada {day}.\u00a0{month}',
  list: [', ', ' un '],
};
