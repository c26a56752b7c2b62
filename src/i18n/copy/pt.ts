import type { CopyMessages } from './en.js';

export const messages: CopyMessages = {
  quoteCopied: 'Citação copiada com a referência',
  storyLinkCopied: 'Link para o artigo copiado',
  pageLinkCopied: 'Link para esta página copiado',
  widgetLinkCopied: 'Link para este widget copiado',
  copyRefused: 'O navegador não permitiu copiar: {instead}',
  copyInsecure: 'Copiar só funciona em páginas seguras (https): {instead}',
  selectQuote: 'selecione a citação para copiá-la.',
  linkIs: 'o link é {link}',
  photoLink: 'Foto no {platform}: {link}',
  originalWords: '{mark}: {text}',
};
