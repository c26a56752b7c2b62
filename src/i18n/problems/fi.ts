import type { ProblemMessages } from '../catalogue.js';

export const messages: ProblemMessages = {
  cannotBeUsed: 'Arvoa {named} ei voi käyttää.',
  notWebAddress: '{named} ei ole verkko-osoite; käytä osoitetta, joka alkaa https:// tai http://.',
  unknownQuote: '{named} ei ole tämän jutun sitaatti. {help}',
  noQuote: 'Anna quote="…" -määritteelle sitaatin tunniste: {known}.',
  unknownHighlight: '{named} ei vastaa yhtään kaavion maata. {help}',
  unsupported: '{named} ei ole tuettu; käytä arvoa {known}.',
  didYouMean: 'Tarkoititko {name}?',
  known: 'Mahdolliset arvot: {names}.',
  twoPageStories:
    'Sivulla on kaksi <coalition-data page> -elementtiä: {ignored} ohitetaan, ja <coalition-data>-elementtien ulkopuoliset widgetit näyttävät edelleen ensimmäisen juttua, {first}.',
  loaderMissing:
    'Paketti ei voinut ladata juttujen latausmoduuliaan ({why}). Julkaise paketin koko kansio, myös chunks/.',
  couldNotLoad: 'Juttua ei voitu ladata osoitteesta {url}: {why}',
  notUrl: 'se ei ole kelvollinen URL.',
  onlyHttp: 'vain http(s)-URL:t ovat sallittuja.',
  serverAnswered: 'palvelin vastasi {status}.',
  storyLimit: { one: 'juttu saa olla enintään {count} tavu.', other: 'juttu saa olla enintään {count} tavua.' },
  tooLargeAnnounced: {
    one: 'se on liian suuri: palvelin ilmoittaa {count} tavu; {limit}',
    other: 'se on liian suuri: palvelin ilmoittaa {count} tavua; {limit}',
  },
  tooLargeArrived: {
    one: 'se on liian suuri: yli {count} tavu saapui; {limit}',
    other: 'se on liian suuri: yli {count} tavua saapui; {limit}',
  },
  tooLargeJson: {
    one: 'se on liian suuri: yli {count} tavu JSON-muodossa; {limit}',
    other: 'se on liian suuri: yli {count} tavua JSON-muodossa; {limit}',
  },
  tooLargeInline: {
    one: 'se on liian suuri: yli {count} tavu; {limit}',
    other: 'se on liian suuri: yli {count} tavua; {limit}',
  },
  notJson: 'se ei ole kelvollista JSONia ({why}).',
  noAnswer: 'palvelin ei vastannut {seconds} kuluessa ({which}).',
  unfinished: {
    one: 'vastaus ei valmistunut {seconds} kuluessa ({which}): {count} tavu saapui.',
    other: 'vastaus ei valmistunut {seconds} kuluessa ({which}): {count} tavua saapui.',
  },
  defaultTimeout: 'oletusaikaraja',
  seconds: '{count} s',
  notWanted: 'mikään elementti ei enää tarvitse tätä juttua.',
  networkFailed: 'verkkopyyntö epäonnistui ({why}).',
  brokeOff: 'vastaus katkesi ({why}).',
  notValidStory: 'se ei ole kelvollinen juttu',
  invalidData: 'Ominaisuus data ei ole kelvollinen juttu',
  invalidInline: 'Upotettu juttu ei ole kelvollinen',
  readingFailed: 'lukeminen epäonnistui ({why}).',
  inlineNotJson: 'Upotettu <script type="application/json"> ei ole kelvollista JSONia ({why}).',
  copyFailed: 'Kopiointi epäonnistui: valitse teksti ja kopioi se.',
};
