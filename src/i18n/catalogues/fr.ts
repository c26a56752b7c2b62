import type { Formats, Messages } from '../catalogue.js';

// French: the conditional carries the report's hedging ("envisageraient", "pourraient"); a no-break
// space before : ; ? as the press writes it. Country names stand as labels, where an article would
// depend on the name.
export const messages: Messages = {
  closestPartners: 'Partenaires les plus proches\u00a0: {names}',
  countriesTakingPart: {
    one: '{figure} pays participant',
    many: '{figure} de pays participants',
    other: '{figure} pays participants',
  },
  readyOfTotal: '{ready} sur {total}',
  consideringTroops: {
    one: '{figure} envisagerait d’envoyer des troupes',
    many: '{figure} envisageraient d’envoyer des troupes',
    other: '{figure} envisageraient d’envoyer des troupes',
  },
  reportedBy: 'Selon {name}.',
  forceSize: {
    one: '{figure} soldat pourrait composer la force alliée',
    many: '{figure} de soldats pourraient composer la force alliée',
    other: '{figure} soldats pourraient composer la force alliée',
  },
  objectives: 'Objectifs',
  usPosition: 'La position des États-Unis',
  soughtFromUs: 'Ce que la coalition attend encore des États-Unis\u00a0: {items}.',
  reportBy: 'Par {author}, {city}, {date}',

  satellitesTitle: 'Satellites militaires par pays',
  showTable: 'Afficher les chiffres sous forme de tableau',
  country: 'Pays',
  militarySatellites: 'Satellites militaires',
  source: 'Source\u00a0: {source}',
  noSatellites: 'Aucun chiffre n’est donné sur les satellites.',
  satellitesReported: {
    one: 'Selon {reporters}, {country}\u00a0: {count} satellite militaire',
    many: 'Selon {reporters}, {country}\u00a0: {count} de satellites militaires',
    other: 'Selon {reporters}, {country}\u00a0: {count} satellites militaires',
  },
  satellitesUnreported: {
    one: '{country}\u00a0: {count} satellite militaire',
    many: '{country}\u00a0: {count} de satellites militaires',
    other: '{country}\u00a0: {count} satellites militaires',
  },
  comparedTimes: '{country} ({figure})\u00a0: environ {count} fois moins',
  comparedSame: '{country} ({figure})\u00a0: à peu près autant',
  comparedNone: '{country} ({figure})\u00a0: aucun',
  comparison: '{lead}\u00a0; {comparisons}.',
  finding: '{country}\u00a0: {phrases}',
  findingAccording: '{finding}, selon {reporters}',
  findingTimes: 'environ {count} fois plus de satellites militaires que {country}',
  findingMoreTimes: '{count} fois plus que {country}',
  findingSame: 'à peu près autant de satellites militaires que {country}',
  findingMoreSame: 'à peu près autant que {country}',
  findingCount: {
    one: '{count} satellite militaire',
    many: '{count} de satellites militaires',
    other: '{count} satellites militaires',
  },
  satellitesOnly: '{lead}.',
  getData: 'Télécharger les données (CSV)',
  dataNotLoaded: 'Les données n’ont pas pu être chargées.',
  highlightedRow: 'Mis en évidence\u00a0:',
  barSatellites: { one: 'satellite militaire', many: 'de satellites militaires', other: 'satellites militaires' },
  seeNote: '(voir la note)',

  postLabel: 'Publication de {name} sur {platform}',
  viewPost: 'Voir la publication sur {platform}',
  viewPhoto: 'La publication comportait une photo\u00a0: la voir sur {platform}',
  translatedFromEnglish: 'Traduit de l’anglais',
  translated: 'Traduction',
  copyQuote: 'Copier la citation',
  copyLink: 'Copier le lien',

  sources: { one: 'Source\u00a0: {names}', many: 'Sources\u00a0: {names}', other: 'Sources\u00a0: {names}' },
  updated: 'Mis à jour le {date}',
  correction: 'Rectificatif ({date})\u00a0: {text}',
  readFullStory: 'Lire l’article complet',
  newTab: '(s’ouvre dans un nouvel onglet)',
  andMore: { one: '{count} autre', many: '{count} autres', other: '{count} autres' },
};

export const formats: Formats = {
  plural: (n) => (n >= 0 && n < 2 ? 'one' : n % 1e6 === 0 ? 'many' : 'other'),
  number: ['\u202f', ','],
  range: '{min}–{max}',
  months: [
    'janvier',
    'février',
    'mars',
    'avril',
    'mai',
    'juin',
    'juillet',
    'août',
    'septembre',
    'octobre',
    'novembre',
    'décembre',
  ],
  date: '{day} {month} {year}',
  list: [', ', ' et '],
};
