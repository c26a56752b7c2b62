import type { CopyMessages } from './en.js';

export const messages: CopyMessages = {
  quoteCopied: 'Sitaatti kopioitu lähdetietoineen',
  storyLinkCopied: 'Linkki artikkeliin kopioitu',
  pageLinkCopied: 'Linkki tälle sivulle kopioitu',
  widgetLinkCopied: 'Linkki tähän widgetiin kopioitu',
  copyRefused: 'Selain ei sallinut kopiointia: {instead}',
  copyInsecure: 'Kopiointi toimii vain suojatuilla sivuilla (https): {instead}',
  selectQuote: 'valitse sitaatti ja kopioi se.',
  linkIs: 'linkki on {link}',
  photoLink: 'Kuva palvelussa {platform}: {link}',
  originalWords: '{mark}: {text}',
};
