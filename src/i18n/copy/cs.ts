import type { CopyMessages } from './en.js';

export const messages: CopyMessages = {
  quoteCopied: 'Citát zkopírován i se zdrojem',
  storyLinkCopied: 'Odkaz na článek zkopírován',
  pageLinkCopied: 'Odkaz na tuto stránku zkopírován',
  widgetLinkCopied: 'Odkaz na tento widget zkopírován',
  copyRefused: 'Prohlížeč kopírování nepovolil: {instead}',
  copyInsecure: 'Kopírování funguje jen na zabezpečených stránkách (https): {instead}',
  selectQuote: 'označte citát a zkopírujte ho.',
  linkIs: 'odkaz je {link}',
  photoLink: 'Fotografie na {platform}: {link}',
  originalWords: '{mark}: {text}',
};
