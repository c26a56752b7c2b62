import type { CopyMessages } from './en.js';

export const messages: CopyMessages = {
  quoteCopied: 'Citazione copiata con la fonte',
  storyLinkCopied: 'Link all’articolo copiato',
  pageLinkCopied: 'Link a questa pagina copiato',
  widgetLinkCopied: 'Link a questo widget copiato',
  copyRefused: 'Il browser non ha consentito la copia: {instead}',
  copyInsecure: 'La copia funziona solo sulle pagine sicure (https): {instead}',
  selectQuote: 'seleziona la citazione per copiarla.',
  linkIs: 'il link è {link}',
  photoLink: 'Foto su {platform}: {link}',
  originalWords: '{mark}: {text}',
};
