import type { CopyMessages } from './en.js';

export const messages: CopyMessages = {
  quoteCopied: '出典付きで引用をコピーしました',
  storyLinkCopied: '記事へのリンクをコピーしました',
  pageLinkCopied: 'このページへのリンクをコピーしました',
  widgetLinkCopied: 'このウィジェットへのリンクをコピーしました',
  copyRefused: 'ブラウザーがコピーを許可しませんでした：{instead}',
  copyInsecure: 'コピーは安全な（https）ページでのみ機能します：{instead}',
  selectQuote: '引用を選択してコピーしてください。',
  linkIs: 'リンクは {link} です',
  photoLink: '{platform}の写真：{link}',
  originalWords: '{mark}：{text}',
};
