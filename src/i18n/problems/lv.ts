import type { ProblemMessages } from '../catalogue.js';

export const messages: ProblemMessages = {
  cannotBeUsed: '{named} nevar izmantot.',
  notWebAddress: '{named} nav tīmekļa adrese; norādiet adresi, kas sākas ar https:// vai http://.',
  unknownQuote: '{named} nav šī raksta citāts. {help}',
  noQuote: 'Norādiet quote="…" citāta identifikatoru: {known}.',
  unknownHighlight: '{named} neatbilst nevienai diagrammas valstij. {help}',
  unsupported: '{named} netiek atbalstīts; izmantojiet {known}.',
  didYouMean: 'Vai domājāt {name}?',
  known: 'Iespējamās vērtības: {names}.',
  twoPageStories:
    'Šajā lapā ir divi <coalition-data page> elementi: {ignored} tiek ignorēts, un logrīki ārpus jebkura <coalition-data> saglabā pirmā elementa rakstu, {first}.',
  loaderMissing:
    'Komplekts nevarēja ielādēt savu rakstu ielādes moduli ({why}). Publicējiet visu komplekta mapi, ieskaitot chunks/.',
  couldNotLoad: 'Neizdevās ielādēt rakstu no {url}: {why}',
  notUrl: 'tas nav derīgs URL.',
  onlyHttp: 'atļauti tikai http(s) URL.',
  serverAnswered: 'serveris atbildēja {status}.',
  storyLimit: {
    zero: 'raksts drīkst būt ne lielāks par {count} baitu.',
    one: 'raksts drīkst būt ne lielāks par {count} baits.',
    other: 'raksts drīkst būt ne lielāks par {count} baiti.',
  },
  tooLargeAnnounced: {
    zero: 'tas ir pārāk liels: serveris paziņo {count} baitu; {limit}',
    one: 'tas ir pārāk liels: serveris paziņo {count} baits; {limit}',
    other: 'tas ir pārāk liels: serveris paziņo {count} baiti; {limit}',
  },
  tooLargeArrived: {
    zero: 'tas ir pārāk liels: saņemts vairāk nekā {count} baitu; {limit}',
    one: 'tas ir pārāk liels: saņemts vairāk nekā {count} baits; {limit}',
    other: 'tas ir pārāk liels: saņemts vairāk nekā {count} baiti; {limit}',
  },
  tooLargeJson: {
    zero: 'tas ir pārāk liels: vairāk nekā {count} baitu kā JSON; {limit}',
    one: 'tas ir pārāk liels: vairāk nekā {count} baits kā JSON; {limit}',
    other: 'tas ir pārāk liels: vairāk nekā {count} baiti kā JSON; {limit}',
  },
  tooLargeInline: {
    zero: 'tas ir pārāk liels: vairāk nekā {count} baitu; {limit}',
    one: 'tas ir pārāk liels: vairāk nekā {count} baits; {limit}',
    other: 'tas ir pārāk liels: vairāk nekā {count} baiti; {limit}',
  },
  notJson: 'tas nav derīgs JSON ({why}).',
  noAnswer: 'serveris neatbildēja {seconds} laikā ({which}).',
  unfinished: {
    zero: 'atbilde netika pabeigta {seconds} laikā ({which}): saņemti {count} baitu.',
    one: 'atbilde netika pabeigta {seconds} laikā ({which}): saņemti {count} baits.',
    other: 'atbilde netika pabeigta {seconds} laikā ({which}): saņemti {count} baiti.',
  },
  defaultTimeout: 'noklusējuma noilgums',
  seconds: '{count} s',
  notWanted: 'neviens elements šo rakstu vairs negaida.',
  networkFailed: 'tīkla pieprasījums neizdevās ({why}).',
  brokeOff: 'atbilde pārtrūka ({why}).',
  notValidStory: 'tas nav derīgs raksts',
  invalidData: 'Īpašība data nav derīgs raksts',
  invalidInline: 'Iegultais raksts nav derīgs',
  readingFailed: 'to neizdevās nolasīt ({why}).',
  inlineNotJson: 'Iegultais <script type="application/json"> nav derīgs JSON ({why}).',
  copyFailed: 'Kopēšana neizdevās: atlasiet tekstu, lai to nokopētu.',
};
