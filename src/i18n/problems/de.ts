import type { ProblemMessages } from '../catalogue.js';

export const messages: ProblemMessages = {
  cannotBeUsed: '{named} kann nicht verwendet werden.',
  notWebAddress: '{named} ist keine Webadresse; verwenden Sie eine, die mit https:// oder http:// beginnt.',
  unknownQuote: '{named} ist kein Zitat dieses Artikels. {help}',
  noQuote: 'Setzen Sie quote="…" auf die ID eines Zitats: {known}.',
  unknownHighlight: '{named} passt zu keinem Land im Diagramm. {help}',
  unsupported: '{named} wird nicht unterstützt; verwenden Sie {known}.',
  didYouMean: 'Meinten Sie {name}?',
  known: 'Möglich sind: {names}.',

  twoPageStories:
    'Auf dieser Seite stehen zwei <coalition-data page>-Elemente: {ignored} wird ignoriert, und Widgets außerhalb eines <coalition-data> behalten den Artikel des ersten, {first}.',
  loaderMissing:
    'Das Kit konnte seinen Artikel-Lader nicht laden ({why}). Stellen Sie den ganzen Ordner des Kits bereit, chunks/ eingeschlossen.',
  couldNotLoad: 'Der Artikel konnte nicht von {url} geladen werden: {why}',
  notUrl: 'das ist keine gültige URL.',
  onlyHttp: 'nur http(s)-URLs sind erlaubt.',
  serverAnswered: 'der Server antwortete mit {status}.',
  storyLimit: 'ein Artikel darf höchstens {count} Byte groß sein.',
  tooLargeAnnounced: 'er ist zu groß: Der Server kündigt {count} Byte an; {limit}',
  tooLargeArrived: {
    one: 'er ist zu groß: Mehr als {count} Byte ist angekommen; {limit}',
    other: 'er ist zu groß: Mehr als {count} Byte sind angekommen; {limit}',
  },
  tooLargeJson: 'er ist zu groß: mehr als {count} Byte als JSON; {limit}',
  tooLargeInline: 'er ist zu groß: mehr als {count} Byte; {limit}',
  notJson: 'er ist kein gültiges JSON ({why}).',
  noAnswer: 'der Server hat nicht innerhalb von {seconds} geantwortet ({which}).',
  unfinished: {
    one: 'die Antwort war nach {seconds} nicht vollständig ({which}): {count} Byte ist angekommen.',
    other: 'die Antwort war nach {seconds} nicht vollständig ({which}): {count} Byte sind angekommen.',
  },
  defaultTimeout: 'das Standard-Zeitlimit',
  seconds: '{count} s',
  notWanted: 'kein Element braucht diesen Artikel mehr.',
  networkFailed: 'die Netzwerkanfrage ist fehlgeschlagen ({why}).',
  brokeOff: 'die Antwort brach ab ({why}).',
  notValidStory: 'er ist kein gültiger Artikel',
  invalidData: 'Die Eigenschaft data ist kein gültiger Artikel',
  invalidInline: 'Der eingebettete Artikel ist nicht gültig',
  readingFailed: 'das Lesen ist fehlgeschlagen ({why}).',
  inlineNotJson: 'Das eingebettete <script type="application/json"> ist kein gültiges JSON ({why}).',
  copyFailed: 'Kopieren fehlgeschlagen: Markieren Sie den Text, um ihn zu kopieren.',
};
