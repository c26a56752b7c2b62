import type { ProblemMessages } from '../catalogue.js';

export const messages: ProblemMessages = {
  cannotBeUsed: '{named} kan niet worden gebruikt.',
  notWebAddress: '{named} is geen webadres; gebruik er een dat begint met https:// of http://.',
  unknownQuote: '{named} is geen citaat uit dit artikel. {help}',
  noQuote: 'Geef quote="…" het id van een citaat: {known}.',
  unknownHighlight: '{named} komt met geen enkel land in de grafiek overeen. {help}',
  unsupported: '{named} wordt niet ondersteund; gebruik {known}.',
  didYouMean: 'Bedoelde u {name}?',
  known: 'Mogelijke waarden: {names}.',
  twoPageStories:
    'Op deze pagina staan twee <coalition-data page>-elementen: {ignored} wordt genegeerd, en widgets buiten een <coalition-data> houden het artikel van het eerste, {first}.',
  loaderMissing:
    'De kit kon zijn module voor het laden van artikelen niet laden ({why}). Publiceer de hele map van de kit, inclusief chunks/.',
  couldNotLoad: 'Het artikel kon niet worden geladen van {url}: {why}',
  notUrl: 'het is geen geldige URL.',
  onlyHttp: 'alleen http(s)-URL’s zijn toegestaan.',
  serverAnswered: 'de server antwoordde {status}.',
  storyLimit: {
    one: 'een artikel mag hoogstens {count} byte groot zijn.',
    other: 'een artikel mag hoogstens {count} bytes groot zijn.',
  },
  tooLargeAnnounced: {
    one: 'het is te groot: de server kondigt {count} byte aan; {limit}',
    other: 'het is te groot: de server kondigt {count} bytes aan; {limit}',
  },
  tooLargeArrived: {
    one: 'het is te groot: er kwamen meer dan {count} byte binnen; {limit}',
    other: 'het is te groot: er kwamen meer dan {count} bytes binnen; {limit}',
  },
  tooLargeJson: {
    one: 'het is te groot: meer dan {count} byte als JSON; {limit}',
    other: 'het is te groot: meer dan {count} bytes als JSON; {limit}',
  },
  tooLargeInline: {
    one: 'het is te groot: meer dan {count} byte; {limit}',
    other: 'het is te groot: meer dan {count} bytes; {limit}',
  },
  notJson: 'het is geen geldige JSON ({why}).',
  noAnswer: 'de server antwoordde niet binnen {seconds} ({which}).',
  unfinished: {
    one: 'het antwoord was na {seconds} niet compleet ({which}): er kwamen {count} byte binnen.',
    other: 'het antwoord was na {seconds} niet compleet ({which}): er kwamen {count} bytes binnen.',
  },
  defaultTimeout: 'de standaardtime-out',
  seconds: '{count} s',
  notWanted: 'geen enkel element heeft dit artikel nog nodig.',
  networkFailed: 'het netwerkverzoek is mislukt ({why}).',
  brokeOff: 'het antwoord brak af ({why}).',
  notValidStory: 'het is geen geldig artikel',
  invalidData: 'De eigenschap data is geen geldig artikel',
  invalidInline: 'Het ingesloten artikel is niet geldig',
  readingFailed: 'het lezen is mislukt ({why}).',
  inlineNotJson: 'Het ingesloten <script type="application/json"> is geen geldige JSON ({why}).',
  copyFailed: 'Kopiëren mislukt: selecteer de tekst om die te kopiëren.',
};
