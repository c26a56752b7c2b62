import type { CopyMessages } from './en.js';

export const messages: CopyMessages = {
  quoteCopied: 'Cita copiada con su referencia',
  storyLinkCopied: 'Enlace al artículo copiado',
  pageLinkCopied: 'Enlace a esta página copiado',
  widgetLinkCopied: 'Enlace a este widget copiado',
  copyRefused: 'El navegador no permitió copiar: {instead}',
  copyInsecure: 'Solo se puede copiar en páginas seguras (https): {instead}',
  selectQuote: 'seleccione la cita para copiarla.',
  linkIs: 'el enlace es {link}',
  photoLink: 'Foto en {platform}: {link}',
  originalWords: '{mark}: {text}',
};
