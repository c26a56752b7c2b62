import type { ProblemMessages } from '../catalogue.js';

export const messages: ProblemMessages = {
  cannotBeUsed: '{named} ne peut pas être utilisé.',
  notWebAddress: '{named} n’est pas une adresse web\u00a0; indiquez-en une qui commence par https:// ou http://.',
  unknownQuote: '{named} n’est pas une citation de cet article. {help}',
  noQuote: 'Donnez à quote="…" l’identifiant d’une citation\u00a0: {known}.',
  unknownHighlight: '{named} ne correspond à aucun pays du graphique. {help}',
  unsupported: '{named} n’est pas pris en charge\u00a0; utilisez {known}.',
  didYouMean: 'Vouliez-vous dire {name}\u00a0?',
  known: 'Valeurs possibles\u00a0: {names}.',

  twoPageStories:
    'Cette page contient deux éléments <coalition-data page>\u00a0: {ignored} est ignoré, et les widgets placés hors de tout <coalition-data> gardent l’article du premier, {first}.',
  loaderMissing:
    'Le kit n’a pas pu charger son chargeur d’articles ({why}). Publiez tout le dossier du kit, chunks/ compris.',
  couldNotLoad: 'Impossible de charger l’article depuis {url}\u00a0: {why}',
  notUrl: 'ce n’est pas une URL valide.',
  onlyHttp: 'seules les URL http(s) sont acceptées.',
  serverAnswered: 'le serveur a répondu {status}.',
  storyLimit: {
    one: 'un article peut peser au plus {count} octet.',
    many: 'un article peut peser au plus {count} d’octets.',
    other: 'un article peut peser au plus {count} octets.',
  },
  tooLargeAnnounced: {
    one: 'il est trop volumineux\u00a0: le serveur annonce {count} octet\u00a0; {limit}',
    many: 'il est trop volumineux\u00a0: le serveur annonce {count} d’octets\u00a0; {limit}',
    other: 'il est trop volumineux\u00a0: le serveur annonce {count} octets\u00a0; {limit}',
  },
  tooLargeArrived: {
    one: 'il est trop volumineux\u00a0: plus de {count} octet est arrivé\u00a0; {limit}',
    many: 'il est trop volumineux\u00a0: plus de {count} d’octets sont arrivés\u00a0; {limit}',
    other: 'il est trop volumineux\u00a0: plus de {count} octets sont arrivés\u00a0; {limit}',
  },
  tooLargeJson: {
    one: 'il est trop volumineux\u00a0: plus de {count} octet en JSON\u00a0; {limit}',
    many: 'il est trop volumineux\u00a0: plus de {count} d’octets en JSON\u00a0; {limit}',
    other: 'il est trop volumineux\u00a0: plus de {count} octets en JSON\u00a0; {limit}',
  },
  tooLargeInline: {
    one: 'il est trop volumineux\u00a0: plus de {count} octet\u00a0; {limit}',
    many: 'il est trop volumineux\u00a0: plus de {count} d’octets\u00a0; {limit}',
    other: 'il est trop volumineux\u00a0: plus de {count} octets\u00a0; {limit}',
  },
  notJson: 'ce n’est pas du JSON valide ({why}).',
  noAnswer: 'le serveur n’a pas répondu en {seconds} ({which}).',
  unfinished: {
    one: 'la réponse n’était pas complète au bout de {seconds} ({which})\u00a0: {count} octet reçu.',
    many: 'la réponse n’était pas complète au bout de {seconds} ({which})\u00a0: {count} d’octets reçus.',
    other: 'la réponse n’était pas complète au bout de {seconds} ({which})\u00a0: {count} octets reçus.',
  },
  defaultTimeout: 'le délai par défaut',
  seconds: '{count}\u00a0s',
  notWanted: 'plus aucun élément n’attend cet article.',
  networkFailed: 'la requête réseau a échoué ({why}).',
  brokeOff: 'la réponse s’est interrompue ({why}).',
  notValidStory: 'ce n’est pas un article valide',
  invalidData: 'La propriété data n’est pas un article valide',
  invalidInline: 'L’article intégré n’est pas valide',
  readingFailed: 'sa lecture a échoué ({why}).',
  inlineNotJson: 'Le <script type="application/json"> intégré n’est pas du JSON valide ({why}).',
  copyFailed: 'La copie a échoué\u00a0: sélectionnez le texte pour le copier.',
};
