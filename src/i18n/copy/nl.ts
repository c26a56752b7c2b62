import type { CopyMessages } from './en.js';

export const messages: CopyMessages = {
  quoteCopied: 'Citaat gekopieerd met bronvermelding',
  storyLinkCopied: 'Link naar het artikel gekopieerd',
  pageLinkCopied: 'Link naar deze pagina gekopieerd',
  widgetLinkCopied: 'Link naar deze widget gekopieerd',
  copyRefused: 'De browser stond kopiëren niet toe: {instead}',
  copyInsecure: 'Kopiëren werkt alleen op beveiligde pagina’s (https): {instead}',
  selectQuote: 'selecteer het citaat om het te kopiëren.',
  linkIs: 'de link is {link}',
  photoLink: 'Foto op {platform}: {link}',
  originalWords: '{mark}: {text}',
};
