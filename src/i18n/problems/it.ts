import type { ProblemMessages } from '../catalogue.js';

export const messages: ProblemMessages = {
  cannotBeUsed: '{named} non può essere usato.',
  notWebAddress: '{named} non è un indirizzo web; usane uno che inizi con https:// o http://.',
  unknownQuote: '{named} non è una citazione di questo articolo. {help}',
  noQuote: 'Imposta quote="…" sull’id di una citazione: {known}.',
  unknownHighlight: '{named} non corrisponde a nessun paese del grafico. {help}',
  unsupported: '{named} non è supportato; usa {known}.',
  didYouMean: 'Forse intendevi {name}?',
  known: 'Valori possibili: {names}.',
  twoPageStories:
    'In questa pagina ci sono due elementi <coalition-data page>: {ignored} viene ignorato e i widget fuori da ogni <coalition-data> mantengono l’articolo del primo, {first}.',
  loaderMissing:
    'Il kit non ha potuto caricare il suo modulo di caricamento degli articoli ({why}). Pubblica l’intera cartella del kit, chunks/ compresa.',
  couldNotLoad: 'Impossibile caricare l’articolo da {url}: {why}',
  notUrl: 'non è un URL valido.',
  onlyHttp: 'sono ammessi solo URL http(s).',
  serverAnswered: 'il server ha risposto {status}.',
  storyLimit: {
    one: 'un articolo può pesare al massimo {count} byte.',
    many: 'un articolo può pesare al massimo {count} di byte.',
    other: 'un articolo può pesare al massimo {count} byte.',
  },
  tooLargeAnnounced: {
    one: 'è troppo grande: il server annuncia {count} byte; {limit}',
    many: 'è troppo grande: il server annuncia {count} di byte; {limit}',
    other: 'è troppo grande: il server annuncia {count} byte; {limit}',
  },
  tooLargeArrived: {
    one: 'è troppo grande: sono arrivati più di {count} byte; {limit}',
    many: 'è troppo grande: sono arrivati più di {count} di byte; {limit}',
    other: 'è troppo grande: sono arrivati più di {count} byte; {limit}',
  },
  tooLargeJson: {
    one: 'è troppo grande: più di {count} byte in JSON; {limit}',
    many: 'è troppo grande: più di {count} di byte in JSON; {limit}',
    other: 'è troppo grande: più di {count} byte in JSON; {limit}',
  },
  tooLargeInline: {
    one: 'è troppo grande: più di {count} byte; {limit}',
    many: 'è troppo grande: più di {count} di byte; {limit}',
    other: 'è troppo grande: più di {count} byte; {limit}',
  },
  notJson: 'non è un JSON valido ({why}).',
  noAnswer: 'il server non ha risposto entro {seconds} ({which}).',
  unfinished: {
    one: 'la risposta non si è completata entro {seconds} ({which}): sono arrivati {count} byte.',
    many: 'la risposta non si è completata entro {seconds} ({which}): sono arrivati {count} di byte.',
    other: 'la risposta non si è completata entro {seconds} ({which}): sono arrivati {count} byte.',
  },
  defaultTimeout: 'il timeout predefinito',
  seconds: '{count} s',
  notWanted: 'nessun elemento richiede più questo articolo.',
  networkFailed: 'la richiesta di rete non è riuscita ({why}).',
  brokeOff: 'la risposta si è interrotta ({why}).',
  notValidStory: 'non è un articolo valido',
  invalidData: 'La proprietà data non è un articolo valido',
  invalidInline: 'L’articolo incorporato non è valido',
  readingFailed: 'la lettura non è riuscita ({why}).',
  inlineNotJson: 'Lo <script type="application/json"> incorporato non è un JSON valido ({why}).',
  copyFailed: 'Copia non riuscita: seleziona il testo per copiarlo.',
};
