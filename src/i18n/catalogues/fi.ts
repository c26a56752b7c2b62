import type { Formats, Messages } from '../catalogue.js';

// Finnish: "tietojen mukaan" and "voisi" carry the report's hedging. Names stand as labels (in the
// nominative), where a case ending would depend on the name.
export const messages: Messages = {
  closestPartners: 'Läheisimmät kumppanit: {names}',
  countriesTakingPart: { one: '{figure} osallistujamaa', other: '{figure} osallistujamaata' },
  readyOfTotal: '{ready}/{total}',
  consideringTroops: '{figure} harkitsee tietojen mukaan joukkojen lähettämistä',
  reportedBy: 'Tiedon kertoi {name}.',
  forceSize: {
    one: '{figure} sotilas voisi kuulua liittoutuneiden joukkoihin',
    other: '{figure} sotilasta voisi kuulua liittoutuneiden joukkoihin',
  },
  objectives: 'Tavoitteet',
  usPosition: 'Yhdysvaltojen kanta',
  soughtFromUs: 'Mitä koalitio yhä odottaa Yhdysvalloilta: {items}.',
  reportBy: 'Kirjoittanut {author}, {city}, {date}',
  satellitesTitle: 'Sotilassatelliitit maittain',
  showTable: 'Näytä luvut taulukkona',
  country: 'Maa',
  militarySatellites: 'Sotilassatelliitit',
  source: 'Lähde: {source}',
  noSatellites: 'Satelliittien määriä ei kerrota.',
  satellitesReported: {
    one: '{country}: {count} sotilassatelliitti (lähde: {reporters})',
    other: '{country}: {count} sotilassatelliittia (lähde: {reporters})',
  },
  satellitesUnreported: {
    one: '{country}: {count} sotilassatelliitti',
    other: '{country}: {count} sotilassatelliittia',
  },
  comparedTimes: '{country} ({figure}): noin {count} kertaa vähemmän',
  comparedSame: '{country} ({figure}): suunnilleen yhtä monta',
  comparedNone: '{country} ({figure}): ei yhtään',
  comparison: '{lead}; {comparisons}.',
  postLabel: 'Käyttäjän {name} julkaisu palvelussa {platform}',
  viewPost: 'Näytä julkaisu palvelussa {platform}',
  sources: { one: 'Lähde: {names}', other: 'Lähteet: {names}' },
  updated: 'Päivitetty {date}',
  correction: 'Oikaisu ({date}): {text}',
  readFullStory: 'Lue koko juttu',
  newTab: '(avautuu uudessa välilehdessä)',
  andMore: { one: '{count} muu', other: '{count} muuta' },
};

export const formats: Formats = {
  plural: (n) => (n === 1 ? 'one' : 'other'),
  number: ['\u00a0', ','],
  range: '{min}–{max}',
  months: [
    'tammikuuta',
    'helmikuuta',
    'maaliskuuta',
    'huhtikuuta',
    'toukokuuta',
    'kesäkuuta',
    'heinäkuuta',
    'elokuuta',
    'syyskuuta',
    'lokakuuta',
    'marraskuuta',
    'joulukuuta',
  ],
  date: '{day}. {month} {year}',
  list: [', ', ' ja '],
};
