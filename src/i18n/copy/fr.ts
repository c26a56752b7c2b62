import type { CopyMessages } from './en.js';

export const messages: CopyMessages = {
  quoteCopied: 'Citation copiée avec sa référence',
  storyLinkCopied: 'Lien vers l’article copié',
  pageLinkCopied: 'Lien vers cette page copié',
  widgetLinkCopied: 'Lien vers ce module copié',
  copyRefused: 'Le navigateur n’a pas permis la copie\u00a0: {instead}',
  copyInsecure: 'La copie ne fonctionne que sur les pages sécurisées (https)\u00a0: {instead}',
  selectQuote: 'sélectionnez la citation pour la copier.',
  linkIs: 'le lien est {link}',
  photoLink: 'Photo sur {platform}\u00a0: {link}',
  originalWords: '{mark}\u00a0: {text}',
};
