import type { ProblemMessages } from '../catalogue.js';

export const messages: ProblemMessages = {
  cannotBeUsed: '{named} ei saa kasutada.',
  notWebAddress: '{named} ei ole veebiaadress; kasutage aadressi, mis algab https:// või http://.',
  unknownQuote: '{named} ei ole selle loo tsitaat. {help}',
  noQuote: 'Määrake quote="…" väärtuseks tsitaadi id: {known}.',
  unknownHighlight: '{named} ei vasta ühelegi diagrammi riigile. {help}',
  unsupported: '{named} ei ole toetatud; kasutage {known}.',
  didYouMean: 'Kas mõtlesite {name}?',
  known: 'Võimalikud väärtused: {names}.',
  twoPageStories:
    'Lehel on kaks <coalition-data page> elementi: {ignored} jäetakse kõrvale ja vidinad väljaspool <coalition-data> elemente näitavad edasi esimese lugu, {first}.',
  loaderMissing:
    'Komplekt ei saanud laadida oma lugude laadimise moodulit ({why}). Avaldage komplekti kogu kaust koos kaustaga chunks/.',
  couldNotLoad: 'Lugu ei õnnestunud laadida aadressilt {url}: {why}',
  notUrl: 'see ei ole kehtiv URL.',
  onlyHttp: 'lubatud on ainult http(s) URL-id.',
  serverAnswered: 'server vastas {status}.',
  storyLimit: { one: 'lugu võib olla kuni {count} bait.', other: 'lugu võib olla kuni {count} baiti.' },
  tooLargeAnnounced: {
    one: 'see on liiga suur: server teatab {count} bait; {limit}',
    other: 'see on liiga suur: server teatab {count} baiti; {limit}',
  },
  tooLargeArrived: {
    one: 'see on liiga suur: saabus üle {count} bait; {limit}',
    other: 'see on liiga suur: saabus üle {count} baiti; {limit}',
  },
  tooLargeJson: {
    one: 'see on liiga suur: üle {count} bait JSON-ina; {limit}',
    other: 'see on liiga suur: üle {count} baiti JSON-ina; {limit}',
  },
  tooLargeInline: {
    one: 'see on liiga suur: üle {count} bait; {limit}',
    other: 'see on liiga suur: üle {count} baiti; {limit}',
  },
  notJson: 'see ei ole kehtiv JSON ({why}).',
  noAnswer: 'server ei vastanud {seconds} jooksul ({which}).',
  unfinished: {
    one: 'vastus ei jõudnud {seconds} jooksul lõpuni ({which}): saabus {count} bait.',
    other: 'vastus ei jõudnud {seconds} jooksul lõpuni ({which}): saabus {count} baiti.',
  },
  defaultTimeout: 'vaikimisi ajalimiit',
  seconds: '{count} s',
  notWanted: 'ükski element ei vaja seda lugu enam.',
  networkFailed: 'võrgupäring ebaõnnestus ({why}).',
  brokeOff: 'vastus katkes ({why}).',
  notValidStory: 'see ei ole kehtiv lugu',
  invalidData: 'Omadus data ei ole kehtiv lugu',
  invalidInline: 'Manustatud lugu ei ole kehtiv',
  readingFailed: 'lugemine ebaõnnestus ({why}).',
  inlineNotJson: 'Manustatud <script type="application/json"> ei ole kehtiv JSON ({why}).',
  copyFailed: 'Kopeerimine ebaõnnestus: valige tekst, et see kopeerida.',
};
