import type { CopyMessages } from './en.js';

export const messages: CopyMessages = {
  quoteCopied: 'Citāts nokopēts kopā ar atsauci',
  storyLinkCopied: 'Saite uz rakstu nokopēta',
  pageLinkCopied: 'Saite uz šo lapu nokopēta',
  widgetLinkCopied: 'Saite uz šo logrīku nokopēta',
  copyRefused: 'Pārlūks neatļāva kopēšanu: {instead}',
  copyInsecure: 'Kopēšana darbojas tikai drošās lapās (https): {instead}',
  selectQuote: 'atlasiet citātu, lai to nokopētu.',
  linkIs: 'saite ir {link}',
  photoLink: 'Fotoattēls platformā {platform}: {link}',
  originalWords: '{mark}: {text}',
};
