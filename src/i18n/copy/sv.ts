import type { CopyMessages } from './en.js';

export const messages: CopyMessages = {
  quoteCopied: 'Citatet kopierat med källhänvisning',
  storyLinkCopied: 'Länken till artikeln kopierad',
  pageLinkCopied: 'Länken till den här sidan kopierad',
  widgetLinkCopied: 'Länken till den här widgeten kopierad',
  copyRefused: 'Webbläsaren tillät inte kopiering: {instead}',
  copyInsecure: 'Kopiering fungerar bara på säkra sidor (https): {instead}',
  selectQuote: 'markera citatet för att kopiera det.',
  linkIs: 'länken är {link}',
  photoLink: 'Foto på {platform}: {link}',
  originalWords: '{mark}: {text}',
};
