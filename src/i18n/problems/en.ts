// What the kit says when something is wrong: a widget's attribute it cannot use, a story that does
// not load. Apart from the interface catalogue: a page without mistakes never loads these words.
// The same rules as src/i18n/catalogues/en.ts.
export const messages = {
  // A widget's own problems (src/shared/problem-messages.ts); {named} is `attribute="value"`.
  cannotBeUsed: '{named} cannot be used.',
  notWebAddress: '{named} is not a web address; use one starting with https:// or http://.',
  unknownQuote: '{named} is not a quote of this story. {help}',
  noQuote: 'Set quote="…" to the id of a quote: {known}.',
  unknownHighlight: '{named} matches no country in the chart. {help}',
  unsupported: '{named} is not supported; use {known}.',
  didYouMean: 'Did you mean {name}?',
  known: 'Known: {names}.',

  // The story's loading and checking (src/data/story-loader.ts, <coalition-data>).
  twoPageStories:
    'Two <coalition-data page> elements are on this page: {ignored} is ignored, and widgets outside any <coalition-data> keep the story of the first one, {first}.',
  loaderMissing: "The kit could not load its story loader ({why}). Serve the kit's whole folder, chunks/ included.",
  couldNotLoad: 'Could not load the story from {url}: {why}',
  notUrl: 'it is not a valid URL.',
  onlyHttp: 'only http(s) URLs are allowed.',
  serverAnswered: 'the server answered {status}.',
  storyLimit: { one: 'a story may be at most {count} byte.', other: 'a story may be at most {count} bytes.' },
  tooLargeAnnounced: {
    one: 'it is too large: the server announces {count} byte; {limit}',
    other: 'it is too large: the server announces {count} bytes; {limit}',
  },
  tooLargeArrived: {
    one: 'it is too large: more than {count} byte arrived; {limit}',
    other: 'it is too large: more than {count} bytes arrived; {limit}',
  },
  tooLargeJson: {
    one: 'it is too large: more than {count} byte as JSON; {limit}',
    other: 'it is too large: more than {count} bytes as JSON; {limit}',
  },
  tooLargeInline: {
    one: 'it is too large: more than {count} byte; {limit}',
    other: 'it is too large: more than {count} bytes; {limit}',
  },
  notJson: 'it is not valid JSON ({why}).',
  noAnswer: 'the server did not answer within {seconds} ({which}).',
  unfinished: {
    one: 'the answer did not finish within {seconds} ({which}): {count} byte arrived.',
    other: 'the answer did not finish within {seconds} ({which}): {count} bytes arrived.',
  },
  defaultTimeout: 'the default timeout',
  seconds: '{count} s',
  notWanted: 'no element wants this story any more.',
  networkFailed: 'the network request failed ({why}).',
  brokeOff: 'the answer broke off ({why}).',
  notValidStory: 'it is not a valid story',
  invalidData: 'The data property is not a valid story',
  invalidInline: 'The inline story is not valid',
  readingFailed: 'reading it failed ({why}).',
  inlineNotJson: 'The inline <script type="application/json"> is not valid JSON ({why}).',
  // <quote-card>: the copy code could not load.
  copyFailed: 'Copying failed: select the words to copy them.',
};
