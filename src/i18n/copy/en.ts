// What <quote-card>'s copy buttons say, and the words of a copied citation: loaded with the copy code
// at the first click (src/components/quote-card/copy.ts), not with the interface's words. Every other
// language has the same keys and {placeholders} (test/i18n/catalogues.test.ts).
export const messages = {
  quoteCopied: 'Quote copied with its citation',
  storyLinkCopied: 'Link to the story copied',
  pageLinkCopied: 'Link to this page copied',
  widgetLinkCopied: 'Link to this widget copied',
  copyRefused: 'The browser did not allow copying: {instead}',
  copyInsecure: 'Copying works only on secure (https) pages: {instead}',
  selectQuote: 'select the quote to copy it.',
  linkIs: 'the link is {link}',
  photoLink: 'Photo on {platform}: {link}',
  originalWords: '{mark}: {text}',
};

export type CopyMessages = Record<keyof typeof messages, string>;
