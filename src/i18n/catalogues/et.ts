import type { Formats, Messages } from '../catalogue.js';

// Estonian: "väidetavalt" and "võiks" carry the report's hedging. Names stand as labels (in the
// nominative), where a case ending would depend on the name.
export const messages: Messages = {
  closestPartners: 'Lähimad partnerid: {names}',
  countriesTakingPart: { one: '{figure} osalev riik', other: '{figure} osalevat riiki' },
  readyOfTotal: '{ready}/{total}',
  consideringTroops: '{figure} kaalub väidetavalt vägede saatmist',
  reportedBy: 'Teatas {name}.',
  forceSize: {
    one: '{figure} sõdur võiks kuuluda liitlasvägedesse',
    other: '{figure} sõdurit võiks kuuluda liitlasvägedesse',
  },
  objectives: 'Eesmärgid',
  usPosition: 'USA seisukoht',
  soughtFromUs: 'Mida koalitsioon USA-lt veel ootab: {items}.',
  reportBy: 'Autor: {author}, {city}, {date}',
  satellitesTitle: 'Sõjaväesatelliidid riigiti',
  showTable: 'Näita arve tabelina',
  country: 'Riik',
  militarySatellites: 'Sõjaväesatelliidid',
  source: 'Allikas: {source}',
  noSatellites: 'Satelliitide arve ei ole esitatud.',
  satellitesReported: {
    one: '{country}: {count} sõjaväesatelliit (allikas: {reporters})',
    other: '{country}: {count} sõjaväesatelliiti (allikas: {reporters})',
  },
  satellitesUnreported: { one: '{country}: {count} sõjaväesatelliit', other: '{country}: {count} sõjaväesatelliiti' },
  comparedTimes: '{country} ({figure}): umbes {count} korda vähem',
  comparedSame: '{country} ({figure}): umbes sama palju',
  comparedNone: '{country} ({figure}): mitte ühtegi',
  comparison: '{lead}; {comparisons}.',
  postLabel: 'Kasutaja {name} postitus platvormil {platform}',
  viewPost: 'Vaata postitust platvormil {platform}',
  sources: { one: 'Allikas: {names}', other: 'Allikad: {names}' },
  updated: 'Uuendatud {date}',
  correction: 'Parandus ({date}): {text}',
  readFullStory: 'Loe kogu lugu',
  newTab: '(avaneb uuel vahelehel)',
  andMore: 'veel {count}',
};

export const formats: Formats = {
  plural: (n) => (n === 1 ? 'one' : 'other'),
  number: ['\u00a0', ',', 2],
  range: '{min}–{max}',
  months: [
    'jaanuar',
    'veebruar',
    'märts',
    'aprill',
    'mai',
    'juuni',
    'juuli',
    'august',
    'september',
    'oktoober',
    'november',
    'detsember',
  ],
  date: '{day}. {month} {year}',
  list: [', ', ' ja '],
};
