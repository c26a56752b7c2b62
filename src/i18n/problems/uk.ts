import type { ProblemMessages } from '../catalogue.js';

export const messages: ProblemMessages = {
  cannotBeUsed: '{named}: це значення не можна використати.',
  notWebAddress: '{named} — не вебадреса; вкажіть адресу, що починається з https:// або http://.',
  unknownQuote: '{named} — не цитата з цього матеріалу. {help}',
  noQuote: 'Укажіть у quote="…" ідентифікатор цитати: {known}.',
  unknownHighlight: '{named} не відповідає жодній країні на діаграмі. {help}',
  unsupported: '{named} не підтримується; використайте {known}.',
  didYouMean: 'Можливо, ви мали на увазі {name}?',
  known: 'Доступні значення: {names}.',

  twoPageStories:
    'На цій сторінці два елементи <coalition-data page>: {ignored} ігнорується, а віджети поза будь-яким <coalition-data> показують матеріал першого, {first}.',
  loaderMissing:
    'Набір не зміг завантажити модуль, що завантажує матеріали ({why}). Розмістіть на сервері всю теку набору разом із chunks/.',
  couldNotLoad: 'Не вдалося завантажити матеріал із {url}: {why}',
  notUrl: 'це не дійсна URL-адреса.',
  onlyHttp: 'дозволено лише URL-адреси http(s).',
  serverAnswered: 'сервер відповів {status}.',
  storyLimit: {
    one: 'матеріал може мати щонайбільше {count} байт.',
    few: 'матеріал може мати щонайбільше {count} байти.',
    many: 'матеріал може мати щонайбільше {count} байтів.',
    other: 'матеріал може мати щонайбільше {count} байта.',
  },
  tooLargeAnnounced: {
    one: 'він завеликий: сервер повідомляє про {count} байт; {limit}',
    few: 'він завеликий: сервер повідомляє про {count} байти; {limit}',
    many: 'він завеликий: сервер повідомляє про {count} байтів; {limit}',
    other: 'він завеликий: сервер повідомляє про {count} байта; {limit}',
  },
  tooLargeArrived: {
    one: 'він завеликий: надійшло понад {count} байт; {limit}',
    few: 'він завеликий: надійшло понад {count} байти; {limit}',
    many: 'він завеликий: надійшло понад {count} байтів; {limit}',
    other: 'він завеликий: надійшло понад {count} байта; {limit}',
  },
  tooLargeJson: {
    one: 'він завеликий: понад {count} байт у JSON; {limit}',
    few: 'він завеликий: понад {count} байти у JSON; {limit}',
    many: 'він завеликий: понад {count} байтів у JSON; {limit}',
    other: 'він завеликий: понад {count} байта у JSON; {limit}',
  },
  tooLargeInline: {
    one: 'він завеликий: понад {count} байт; {limit}',
    few: 'він завеликий: понад {count} байти; {limit}',
    many: 'він завеликий: понад {count} байтів; {limit}',
    other: 'він завеликий: понад {count} байта; {limit}',
  },
  notJson: 'це не дійсний JSON ({why}).',
  noAnswer: 'сервер не відповів протягом {seconds} ({which}).',
  unfinished: {
    one: 'відповідь не завершилася протягом {seconds} ({which}): надійшов {count} байт.',
    few: 'відповідь не завершилася протягом {seconds} ({which}): надійшло {count} байти.',
    many: 'відповідь не завершилася протягом {seconds} ({which}): надійшло {count} байтів.',
    other: 'відповідь не завершилася протягом {seconds} ({which}): надійшло {count} байта.',
  },
  defaultTimeout: 'стандартний час очікування',
  seconds: '{count} с',
  notWanted: 'жоден елемент більше не потребує цього матеріалу.',
  networkFailed: 'мережевий запит не вдався ({why}).',
  brokeOff: 'відповідь обірвалася ({why}).',
  notValidStory: 'це не дійсний матеріал',
  invalidData: 'Властивість data не є дійсним матеріалом',
  invalidInline: 'Вбудований матеріал недійсний',
  readingFailed: 'не вдалося його прочитати ({why}).',
  inlineNotJson: 'Вбудований <script type="application/json"> не є дійсним JSON ({why}).',
};
