import type { CopyMessages } from './en.js';

export const messages: CopyMessages = {
  quoteCopied: 'Citatet er kopieret med kildeangivelse',
  storyLinkCopied: 'Linket til artiklen er kopieret',
  pageLinkCopied: 'Linket til denne side er kopieret',
  widgetLinkCopied: 'Linket til denne widget er kopieret',
  copyRefused: 'Browseren tillod ikke kopiering: {instead}',
  copyInsecure: 'Kopiering virker kun på sikre sider (https): {instead}',
  selectQuote: 'markér citatet for at kopiere det.',
  linkIs: 'linket er {link}',
  photoLink: 'Foto på {platform}: {link}',
  originalWords: '{mark}: {text}',
};
