import type { CopyMessages } from './en.js';

export const messages: CopyMessages = {
  quoteCopied: 'Citatul a fost copiat cu sursa',
  storyLinkCopied: 'Linkul către articol a fost copiat',
  pageLinkCopied: 'Linkul către această pagină a fost copiat',
  widgetLinkCopied: 'Linkul către acest widget a fost copiat',
  copyRefused: 'Browserul nu a permis copierea: {instead}',
  copyInsecure: 'Copierea funcționează doar pe pagini securizate (https): {instead}',
  selectQuote: 'selectați citatul pentru a-l copia.',
  linkIs: 'linkul este {link}',
  photoLink: 'Fotografie pe {platform}: {link}',
  originalWords: '{mark}: {text}',
};
