import type { CopyMessages } from './en.js';

export const messages: CopyMessages = {
  quoteCopied: 'Skopiowano cytat wraz ze źródłem',
  storyLinkCopied: 'Skopiowano link do artykułu',
  pageLinkCopied: 'Skopiowano link do tej strony',
  widgetLinkCopied: 'Skopiowano link do tego widżetu',
  copyRefused: 'Przeglądarka nie pozwoliła na kopiowanie: {instead}',
  copyInsecure: 'Kopiowanie działa tylko na bezpiecznych stronach (https): {instead}',
  selectQuote: 'zaznacz cytat, aby go skopiować.',
  linkIs: 'link to {link}',
  photoLink: 'Zdjęcie na {platform}: {link}',
  originalWords: '{mark}: {text}',
};
