import type { ProblemMessages } from '../catalogue.js';

export const messages: ProblemMessages = {
  cannotBeUsed: '{named}: tej wartości nie można użyć.',
  notWebAddress: '{named} to nie jest adres internetowy; podaj adres zaczynający się od https:// lub http://.',
  unknownQuote: '{named} nie jest cytatem z tego artykułu. {help}',
  noQuote: 'Ustaw quote="…" na identyfikator cytatu: {known}.',
  unknownHighlight: '{named} nie pasuje do żadnego kraju na wykresie. {help}',
  unsupported: '{named} nie jest obsługiwane; użyj {known}.',
  didYouMean: 'Czy chodziło o {name}?',
  known: 'Dostępne wartości: {names}.',

  twoPageStories:
    'Na tej stronie są dwa elementy <coalition-data page>: {ignored} jest pomijany, a widżety poza elementem <coalition-data> zachowują artykuł pierwszego, {first}.',
  loaderMissing:
    'Zestaw nie mógł wczytać modułu ładującego artykuły ({why}). Udostępnij cały folder zestawu, łącznie z chunks/.',
  couldNotLoad: 'Nie udało się wczytać artykułu z {url}: {why}',
  notUrl: 'to nie jest prawidłowy adres URL.',
  onlyHttp: 'dozwolone są tylko adresy URL http(s).',
  serverAnswered: 'serwer odpowiedział: {status}.',
  storyLimit: {
    one: 'artykuł może mieć najwyżej {count} bajt.',
    few: 'artykuł może mieć najwyżej {count} bajty.',
    many: 'artykuł może mieć najwyżej {count} bajtów.',
    other: 'artykuł może mieć najwyżej {count} bajta.',
  },
  tooLargeAnnounced: {
    one: 'jest za duży: serwer zapowiada {count} bajt; {limit}',
    few: 'jest za duży: serwer zapowiada {count} bajty; {limit}',
    many: 'jest za duży: serwer zapowiada {count} bajtów; {limit}',
    other: 'jest za duży: serwer zapowiada {count} bajta; {limit}',
  },
  tooLargeArrived: {
    one: 'jest za duży: odebrano ponad {count} bajt; {limit}',
    few: 'jest za duży: odebrano ponad {count} bajty; {limit}',
    many: 'jest za duży: odebrano ponad {count} bajtów; {limit}',
    other: 'jest za duży: odebrano ponad {count} bajta; {limit}',
  },
  tooLargeJson: {
    one: 'jest za duży: ponad {count} bajt jako JSON; {limit}',
    few: 'jest za duży: ponad {count} bajty jako JSON; {limit}',
    many: 'jest za duży: ponad {count} bajtów jako JSON; {limit}',
    other: 'jest za duży: ponad {count} bajta jako JSON; {limit}',
  },
  tooLargeInline: {
    one: 'jest za duży: ponad {count} bajt; {limit}',
    few: 'jest za duży: ponad {count} bajty; {limit}',
    many: 'jest za duży: ponad {count} bajtów; {limit}',
    other: 'jest za duży: ponad {count} bajta; {limit}',
  },
  notJson: 'to nie jest prawidłowy JSON ({why}).',
  noAnswer: 'serwer nie odpowiedział w ciągu {seconds} ({which}).',
  unfinished: {
    one: 'odpowiedź nie dotarła w całości w ciągu {seconds} ({which}): odebrano {count} bajt.',
    few: 'odpowiedź nie dotarła w całości w ciągu {seconds} ({which}): odebrano {count} bajty.',
    many: 'odpowiedź nie dotarła w całości w ciągu {seconds} ({which}): odebrano {count} bajtów.',
    other: 'odpowiedź nie dotarła w całości w ciągu {seconds} ({which}): odebrano {count} bajta.',
  },
  defaultTimeout: 'domyślny limit czasu',
  seconds: '{count} s',
  notWanted: 'żaden element nie potrzebuje już tego artykułu.',
  networkFailed: 'żądanie sieciowe nie powiodło się ({why}).',
  brokeOff: 'odpowiedź została przerwana ({why}).',
  notValidStory: 'to nie jest prawidłowy artykuł',
  invalidData: 'Właściwość data nie jest prawidłowym artykułem',
  invalidInline: 'Osadzony artykuł jest nieprawidłowy',
  readingFailed: 'nie udało się go odczytać ({why}).',
  inlineNotJson: 'Osadzony <script type="application/json"> nie jest prawidłowym JSON-em ({why}).',
};
