import type { ProblemMessages } from '../catalogue.js';

export const messages: ProblemMessages = {
  cannotBeUsed: '{named} no se puede usar.',
  notWebAddress: '{named} no es una dirección web; use una que empiece por https:// o http://.',
  unknownQuote: '{named} no es una cita de esta noticia. {help}',
  noQuote: 'Asigne a quote="…" el id de una cita: {known}.',
  unknownHighlight: '{named} no coincide con ningún país del gráfico. {help}',
  unsupported: '{named} no es compatible; use {known}.',
  didYouMean: '¿Quería decir {name}?',
  known: 'Valores posibles: {names}.',
  twoPageStories:
    'Hay dos elementos <coalition-data page> en esta página: {ignored} se ignora, y los widgets fuera de cualquier <coalition-data> conservan la noticia del primero, {first}.',
  loaderMissing:
    'El kit no pudo cargar su módulo de carga de noticias ({why}). Publique la carpeta completa del kit, chunks/ incluida.',
  couldNotLoad: 'No se pudo cargar la noticia desde {url}: {why}',
  notUrl: 'no es una URL válida.',
  onlyHttp: 'solo se admiten URL http(s).',
  serverAnswered: 'el servidor respondió {status}.',
  storyLimit: {
    one: 'una noticia puede ocupar como máximo {count} byte.',
    many: 'una noticia puede ocupar como máximo {count} de bytes.',
    other: 'una noticia puede ocupar como máximo {count} bytes.',
  },
  tooLargeAnnounced: {
    one: 'es demasiado grande: el servidor anuncia {count} byte; {limit}',
    many: 'es demasiado grande: el servidor anuncia {count} de bytes; {limit}',
    other: 'es demasiado grande: el servidor anuncia {count} bytes; {limit}',
  },
  tooLargeArrived: {
    one: 'es demasiado grande: llegaron más de {count} byte; {limit}',
    many: 'es demasiado grande: llegaron más de {count} de bytes; {limit}',
    other: 'es demasiado grande: llegaron más de {count} bytes; {limit}',
  },
  tooLargeJson: {
    one: 'es demasiado grande: más de {count} byte como JSON; {limit}',
    many: 'es demasiado grande: más de {count} de bytes como JSON; {limit}',
    other: 'es demasiado grande: más de {count} bytes como JSON; {limit}',
  },
  tooLargeInline: {
    one: 'es demasiado grande: más de {count} byte; {limit}',
    many: 'es demasiado grande: más de {count} de bytes; {limit}',
    other: 'es demasiado grande: más de {count} bytes; {limit}',
  },
  notJson: 'no es JSON válido ({why}).',
  noAnswer: 'el servidor no respondió en {seconds} ({which}).',
  unfinished: {
    one: 'la respuesta no terminó en {seconds} ({which}): llegaron {count} byte.',
    many: 'la respuesta no terminó en {seconds} ({which}): llegaron {count} de bytes.',
    other: 'la respuesta no terminó en {seconds} ({which}): llegaron {count} bytes.',
  },
  defaultTimeout: 'el tiempo de espera predeterminado',
  seconds: '{count} s',
  notWanted: 'ningún elemento necesita ya esta noticia.',
  networkFailed: 'la solicitud de red falló ({why}).',
  brokeOff: 'la respuesta se interrumpió ({why}).',
  notValidStory: 'no es una noticia válida',
  invalidData: 'La propiedad data no es una noticia válida',
  invalidInline: 'La noticia incrustada no es válida',
  readingFailed: 'no se pudo leer ({why}).',
  inlineNotJson: 'El <script type="application/json"> incrustado no es JSON válido ({why}).',
  copyFailed: 'No se pudo copiar: seleccione el texto para copiarlo.',
};
