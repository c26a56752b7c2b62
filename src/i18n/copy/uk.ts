import type { CopyMessages } from './en.js';

export const messages: CopyMessages = {
  quoteCopied: 'Цитату скопійовано з посиланням на джерело',
  storyLinkCopied: 'Посилання на статтю скопійовано',
  pageLinkCopied: 'Посилання на цю сторінку скопійовано',
  widgetLinkCopied: 'Посилання на цей віджет скопійовано',
  copyRefused: 'Браузер не дозволив копіювання: {instead}',
  copyInsecure: 'Копіювання працює лише на захищених сторінках (https): {instead}',
  selectQuote: 'виділіть цитату, щоб скопіювати її.',
  linkIs: 'посилання: {link}',
  photoLink: 'Фото у {platform}: {link}',
  originalWords: '{mark}: {text}',
};
