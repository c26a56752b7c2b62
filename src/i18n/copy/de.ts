import type { CopyMessages } from './en.js';

export const messages: CopyMessages = {
  quoteCopied: 'Zitat mit Quellenangabe kopiert',
  storyLinkCopied: 'Link zum Artikel kopiert',
  pageLinkCopied: 'Link zu dieser Seite kopiert',
  widgetLinkCopied: 'Link zu diesem Widget kopiert',
  copyRefused: 'Der Browser hat das Kopieren nicht erlaubt: {instead}',
  copyInsecure: 'Kopieren funktioniert nur auf sicheren Seiten (https): {instead}',
  selectQuote: 'Markieren Sie das Zitat, um es zu kopieren.',
  linkIs: 'Der Link lautet {link}',
  photoLink: 'Foto auf {platform}: {link}',
  originalWords: '{mark}: {text}',
};
