import type { Formats, Messages } from '../catalogue.js';

// Italian: the conditional carries the report's hedging ("starebbero valutando", "potrebbero").
// Country names stand as labels, where an article would depend on the name.
export const messages: Messages = {
  closestPartners: 'Partner più stretti: {names}',
  countriesTakingPart: {
    one: '{figure} paese partecipante',
    many: '{figure} di paesi partecipanti',
    other: '{figure} paesi partecipanti',
  },
  readyOfTotal: '{ready} su {total}',
  consideringTroops: {
    one: '{figure} starebbe valutando l’invio di truppe',
    many: '{figure} starebbero valutando l’invio di truppe',
    other: '{figure} starebbero valutando l’invio di truppe',
  },
  reportedBy: 'Secondo {name}.',
  forceSize: {
    one: '{figure} soldato potrebbe comporre la forza alleata',
    many: '{figure} di soldati potrebbero comporre la forza alleata',
    other: '{figure} soldati potrebbero comporre la forza alleata',
  },
  objectives: 'Obiettivi',
  usPosition: 'La posizione degli Stati Uniti',
  soughtFromUs: 'Che cosa la coalizione chiede ancora agli Stati Uniti: {items}.',
  reportBy: 'Di {author}, {city}, {date}',
  satellitesTitle: 'Satelliti militari per paese',
  showTable: 'Mostra i dati in una tabella',
  country: 'Paese',
  militarySatellites: 'Satelliti militari',
  source: 'Fonte: {source}',
  noSatellites: 'Non sono indicati dati sui satelliti.',
  satellitesReported: {
    one: 'Secondo {reporters}, {country}: {count} satellite militare',
    many: 'Secondo {reporters}, {country}: {count} di satelliti militari',
    other: 'Secondo {reporters}, {country}: {count} satelliti militari',
  },
  satellitesUnreported: {
    one: '{country}: {count} satellite militare',
    many: '{country}: {count} di satelliti militari',
    other: '{country}: {count} satelliti militari',
  },
  comparedTimes: '{country} ({figure}): circa {count} volte meno',
  comparedSame: '{country} ({figure}): più o meno lo stesso numero',
  comparedNone: '{country} ({figure}): nessuno',
  comparison: '{lead}; {comparisons}.',
  postLabel: 'Post di {name} su {platform}',
  viewPost: 'Vedi il post su {platform}',
  sources: { one: 'Fonte: {names}', many: 'Fonti: {names}', other: 'Fonti: {names}' },
  updated: 'Aggiornato il {date}',
  correction: 'Rettifica ({date}): {text}',
  readFullStory: 'Leggi l’articolo completo',
  newTab: '(si apre in una nuova scheda)',
  andMore: { one: '{count} altro', many: '{count} altri', other: '{count} altri' },
};

export const formats: Formats = {
  plural: (n) => (n === 1 ? 'one' : n !== 0 && n % 1e6 === 0 ? 'many' : 'other'),
  number: ['.', ',', 2],
  range: '{min}–{max}',
  months: [
    'gennaio',
    'febbraio',
    'marzo',
    'aprile',
    'maggio',
    'giugno',
    'luglio',
    'agosto',
    'settembre',
    'ottobre',
    'novembre',
    'dicembre',
  ],
  date: '{day} {month} {year}',
  list: [', ', ' e '],
};
