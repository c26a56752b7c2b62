import type { Formats, Messages } from '../catalogue.js';

// Spanish: the conditional carries the report's hedging ("estarían considerando", "podrían").
// Country names stand as labels, where an article would depend on the name. "y" becomes "e" before
// an /i/ sound ("Francia e Italia").
export const messages: Messages = {
  closestPartners: 'Socios más cercanos: {names}',
  countriesTakingPart: {
    one: '{figure} país participante',
    many: '{figure} de países participantes',
    other: '{figure} países participantes',
  },
  readyOfTotal: '{ready} de {total}',
  consideringTroops: {
    one: '{figure} estaría considerando enviar tropas',
    many: '{figure} estarían considerando enviar tropas',
    other: '{figure} estarían considerando enviar tropas',
  },
  reportedBy: 'Según {name}.',
  forceSize: {
    one: '{figure} soldado podría formar la fuerza aliada',
    many: '{figure} de soldados podrían formar la fuerza aliada',
    other: '{figure} soldados podrían formar la fuerza aliada',
  },
  objectives: 'Objetivos',
  usPosition: 'La posición de Estados Unidos',
  soughtFromUs: 'Lo que la coalición aún espera de Estados Unidos: {items}.',
  reportBy: 'Por {author}, {city}, {date}',
  satellitesTitle: 'Satélites militares por país',
  showTable: 'Mostrar las cifras en una tabla',
  country: 'País',
  militarySatellites: 'Satélites militares',
  source: 'Fuente: {source}',
  noSatellites: 'No se dan cifras de satélites.',
  satellitesReported: {
    one: 'Según {reporters}, {country}: {count} satélite militar',
    many: 'Según {reporters}, {country}: {count} de satélites militares',
    other: 'Según {reporters}, {country}: {count} satélites militares',
  },
  satellitesUnreported: {
    one: '{country}: {count} satélite militar',
    many: '{country}: {count} de satélites militares',
    other: '{country}: {count} satélites militares',
  },
  comparedTimes: '{country} ({figure}): unas {count} veces menos',
  comparedSame: '{country} ({figure}): más o menos los mismos',
  comparedNone: '{country} ({figure}): ninguno',
  comparison: '{lead}; {comparisons}.',
  postLabel: 'Publicación de {name} en {platform}',
  viewPost: 'Ver la publicación en {platform}',
  sources: { one: 'Fuente: {names}', many: 'Fuentes: {names}', other: 'Fuentes: {names}' },
  updated: 'Actualizado el {date}',
  correction: 'Corrección ({date}): {text}',
  readFullStory: 'Leer la noticia completa',
  newTab: '(se abre en una pestaña nueva)',
  andMore: '{count} más',
};

export const formats: Formats = {
  plural: (n) => (n === 1 ? 'one' : n !== 0 && n % 1e6 === 0 ? 'many' : 'other'),
  number: ['.', ',', 2],
  range: '{min}–{max}',
  months: [
    'enero',
    'febrero',
    'marzo',
    'abril',
    'mayo',
    'junio',
    'julio',
    'agosto',
    'septiembre',
    'octubre',
    'noviembre',
    'diciembre',
  ],
  date: '{day} de {month} de {year}',
  list: [', ', (last) => (/^\u2068?h?i(?![aeiouáéíóú])/i.test(last) ? ' e ' : ' y ')],
};
