import type { ProblemMessages } from '../catalogue.js';

export const messages: ProblemMessages = {
  cannotBeUsed: '{named} nu poate fi folosit.',
  notWebAddress: '{named} nu este o adresă web; folosiți una care începe cu https:// sau http://.',
  unknownQuote: '{named} nu este un citat din acest articol. {help}',
  noQuote: 'Setați quote="…" la id-ul unui citat: {known}.',
  unknownHighlight: '{named} nu corespunde niciunei țări din grafic. {help}',
  unsupported: '{named} nu este acceptat; folosiți {known}.',
  didYouMean: 'Ați vrut să scrieți {name}?',
  known: 'Valori posibile: {names}.',
  twoPageStories:
    'Pe această pagină sunt două elemente <coalition-data page>: {ignored} este ignorat, iar widgeturile din afara oricărui <coalition-data> păstrează articolul primului, {first}.',
  loaderMissing:
    'Kitul nu și-a putut încărca modulul de încărcare a articolelor ({why}). Publicați tot dosarul kitului, inclusiv chunks/.',
  couldNotLoad: 'Articolul nu a putut fi încărcat de la {url}: {why}',
  notUrl: 'nu este un URL valid.',
  onlyHttp: 'sunt permise doar URL-uri http(s).',
  serverAnswered: 'serverul a răspuns {status}.',
  storyLimit: {
    one: 'un articol poate avea cel mult {count} octet.',
    few: 'un articol poate avea cel mult {count} octeți.',
    other: 'un articol poate avea cel mult {count} de octeți.',
  },
  tooLargeAnnounced: {
    one: 'este prea mare: serverul anunță {count} octet; {limit}',
    few: 'este prea mare: serverul anunță {count} octeți; {limit}',
    other: 'este prea mare: serverul anunță {count} de octeți; {limit}',
  },
  tooLargeArrived: {
    one: 'este prea mare: au sosit peste {count} octet; {limit}',
    few: 'este prea mare: au sosit peste {count} octeți; {limit}',
    other: 'este prea mare: au sosit peste {count} de octeți; {limit}',
  },
  tooLargeJson: {
    one: 'este prea mare: peste {count} octet ca JSON; {limit}',
    few: 'este prea mare: peste {count} octeți ca JSON; {limit}',
    other: 'este prea mare: peste {count} de octeți ca JSON; {limit}',
  },
  tooLargeInline: {
    one: 'este prea mare: peste {count} octet; {limit}',
    few: 'este prea mare: peste {count} octeți; {limit}',
    other: 'este prea mare: peste {count} de octeți; {limit}',
  },
  notJson: 'nu este JSON valid ({why}).',
  noAnswer: 'serverul nu a răspuns în {seconds} ({which}).',
  unfinished: {
    one: 'răspunsul nu s-a încheiat în {seconds} ({which}): au sosit {count} octet.',
    few: 'răspunsul nu s-a încheiat în {seconds} ({which}): au sosit {count} octeți.',
    other: 'răspunsul nu s-a încheiat în {seconds} ({which}): au sosit {count} de octeți.',
  },
  defaultTimeout: 'timpul de așteptare implicit',
  seconds: '{count} s',
  notWanted: 'niciun element nu mai are nevoie de acest articol.',
  networkFailed: 'cererea de rețea a eșuat ({why}).',
  brokeOff: 'răspunsul s-a întrerupt ({why}).',
  notValidStory: 'nu este un articol valid',
  invalidData: 'Proprietatea data nu este un articol valid',
  invalidInline: 'Articolul încorporat nu este valid',
  readingFailed: 'citirea a eșuat ({why}).',
  inlineNotJson: '<script type="application/json"> încorporat nu este JSON valid ({why}).',
  copyFailed: 'Copierea a eșuat: selectați textul pentru a-l copia.',
};
