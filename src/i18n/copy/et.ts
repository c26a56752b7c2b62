import type { CopyMessages } from './en.js';

export const messages: CopyMessages = {
  quoteCopied: 'Tsitaat kopeeriti koos viitega',
  storyLinkCopied: 'Artikli link kopeeriti',
  pageLinkCopied: 'Selle lehe link kopeeriti',
  widgetLinkCopied: 'Selle vidina link kopeeriti',
  copyRefused: 'Brauser ei lubanud kopeerida: {instead}',
  copyInsecure: 'Kopeerimine töötab ainult turvalistel lehtedel (https): {instead}',
  selectQuote: 'valige tsitaat, et see kopeerida.',
  linkIs: 'link on {link}',
  photoLink: 'Foto platvormil {platform}: {link}',
  originalWords: '{mark}: {text}',
};
