import type { Formats, Messages } from '../catalogue.js';

// Portuguese (Brazil, as the bare code means): the conditional and "segundo relatos" carry the
// report's hedging. Country names stand as labels, where an article would depend on the name.
export const messages: Messages = {
  closestPartners: 'Parceiros mais próximos: {names}',
  countriesTakingPart: {
    one: '{figure} país participante',
    many: '{figure} de países participantes',
    other: '{figure} países participantes',
  },
  readyOfTotal: '{ready} de {total}',
  consideringTroops: {
    one: '{figure} consideraria o envio de tropas, segundo relatos',
    many: '{figure} considerariam o envio de tropas, segundo relatos',
    other: '{figure} considerariam o envio de tropas, segundo relatos',
  },
  reportedBy: 'Segundo {name}.',
  forceSize: {
    one: '{figure} soldado poderia compor a força aliada',
    many: '{figure} de soldados poderiam compor a força aliada',
    other: '{figure} soldados poderiam compor a força aliada',
  },
  objectives: 'Objetivos',
  usPosition: 'A posição dos EUA',
  soughtFromUs: 'O que a coalizão ainda espera dos EUA: {items}.',
  reportBy: 'Por {author}, {city}, {date}',
  satellitesTitle: 'Satélites militares por país',
  showTable: 'Mostrar os números em tabela',
  country: 'País',
  militarySatellites: 'Satélites militares',
  source: 'Fonte: {source}',
  noSatellites: 'Não há números de satélites.',
  satellitesReported: {
    one: 'Segundo {reporters}, {country}: {count} satélite militar',
    many: 'Segundo {reporters}, {country}: {count} de satélites militares',
    other: 'Segundo {reporters}, {country}: {count} satélites militares',
  },
  satellitesUnreported: {
    one: '{country}: {count} satélite militar',
    many: '{country}: {count} de satélites militares',
    other: '{country}: {count} satélites militares',
  },
  comparedTimes: '{country} ({figure}): cerca de {count} vezes menos',
  comparedSame: '{country} ({figure}): mais ou menos o mesmo',
  comparedNone: '{country} ({figure}): nenhum',
  comparison: '{lead}; {comparisons}.',
  postLabel: 'Publicação de {name} no {platform}',
  viewPost: 'Ver a publicação no {platform}',
  sources: { one: 'Fonte: {names}', many: 'Fontes: {names}', other: 'Fontes: {names}' },
  updated: 'Atualizado em {date}',
  correction: 'Correção ({date}): {text}',
  readFullStory: 'Ler a reportagem completa',
  newTab: '(abre em uma nova aba)',
  andMore: 'mais {count}',
};

export const formats: Formats = {
  plural: (n) => (n >= 0 && n < 2 ? 'one' : n % 1e6 === 0 ? 'many' : 'other'),
  number: ['.', ','],
  range: '{min}–{max}',
  months: [
    'janeiro',
    'fevereiro',
    'março',
    'abril',
    'maio',
    'junho',
    'julho',
    'agosto',
    'setembro',
    'outubro',
    'novembro',
    'dezembro',
  ],
  date: '{day} de {month} de {year}',
  list: [', ', ' e '],
};
