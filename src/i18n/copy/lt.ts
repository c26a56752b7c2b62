import type { CopyMessages } from './en.js';

export const messages: CopyMessages = {
  quoteCopied: 'Citata nukopijuota su šaltinio nuoroda',
  storyLinkCopied: 'Nuoroda į straipsnį nukopijuota',
  pageLinkCopied: 'Nuoroda į šį puslapį nukopijuota',
  widgetLinkCopied: 'Nuoroda į šį valdiklį nukopijuota',
  copyRefused: 'Naršyklė neleido kopijuoti: {instead}',
  copyInsecure: 'Kopijuoti galima tik saugiuose puslapiuose (https): {instead}',
  selectQuote: 'pažymėkite citatą, kad ją nukopijuotumėte.',
  linkIs: 'nuoroda: {link}',
  photoLink: 'Nuotrauka platformoje {platform}: {link}',
  originalWords: '{mark}: {text}',
};
