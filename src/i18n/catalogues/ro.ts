import type { Formats, Messages } from '../catalogue.js';

// Romanian: the conditional ("ar lua în calcul", "ar putea") carries the report's hedging. Numbers
// from 20 take "de" (20 de țări), hence one/few/other. Names stand in the nominative, as labels or
// after "decât".
export const messages: Messages = {
  closestPartners: 'Cei mai apropiați parteneri: {names}',
  countriesTakingPart: {
    one: '{figure} țară participantă',
    few: '{figure} țări participante',
    other: '{figure} de țări participante',
  },
  readyOfTotal: '{ready} din {total}',
  consideringTroops: '{figure} ar lua în calcul trimiterea de trupe',
  reportedBy: 'Informație relatată de {name}.',
  forceSize: {
    one: '{figure} militar ar putea forma forța aliată',
    few: '{figure} militari ar putea forma forța aliată',
    other: '{figure} de militari ar putea forma forța aliată',
  },
  objectives: 'Obiective',
  usPosition: 'Poziția SUA',
  soughtFromUs: 'Ce mai așteaptă coaliția de la SUA: {items}.',
  reportBy: 'De {author}, {city}, {date}',
  satellitesTitle: 'Sateliți militari pe țări',
  showTable: 'Arată cifrele într-un tabel',
  country: 'Țara',
  militarySatellites: 'Sateliți militari',
  source: 'Sursa: {source}',
  noSatellites: 'Nu sunt date cifre despre sateliți.',
  satellitesReported: {
    one: '{country}: {count} satelit militar (sursa: {reporters})',
    few: '{country}: {count} sateliți militari (sursa: {reporters})',
    other: '{country}: {count} de sateliți militari (sursa: {reporters})',
  },
  satellitesUnreported: {
    one: '{country}: {count} satelit militar',
    few: '{country}: {count} sateliți militari',
    other: '{country}: {count} de sateliți militari',
  },
  comparedTimes: {
    one: 'de circa {count} ori mai mulți decât {country} ({figure})',
    few: 'de circa {count} ori mai mulți decât {country} ({figure})',
    other: 'de circa {count} de ori mai mulți decât {country} ({figure})',
  },
  comparedSame: 'cam tot atâția cât {country} ({figure})',
  comparedNone: 'în timp ce {country} nu are niciunul ({figure})',
  comparison: '{lead} – {comparisons}.',
  postLabel: 'Postare pe {platform}, autor: {name}',
  viewPost: 'Vezi postarea pe {platform}',
  sources: { one: 'Sursa: {names}', few: 'Surse: {names}', other: 'Surse: {names}' },
  updated: 'Actualizat la {date}',
  correction: 'Erată ({date}): {text}',
  readFullStory: 'Citește articolul complet',
  newTab: '(se deschide într-o filă nouă)',
  andMore: 'încă {count}',
};

export const formats: Formats = {
  plural: (n) => (n === 1 ? 'one' : !Number.isInteger(n) || n === 0 || (n % 100 > 0 && n % 100 < 20) ? 'few' : 'other'),
  number: ['.', ','],
  range: '{min}–{max}',
  months: [
    'ianuarie',
    'februarie',
    'martie',
    'aprilie',
    'mai',
    'iunie',
    'iulie',
    'august',
    'septembrie',
    'octombrie',
    'noiembrie',
    'decembrie',
  ],
  date: '{day} {month} {year}',
  list: [', ', ' și '],
};
