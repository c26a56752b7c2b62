// What <quote-card>'s copy buttons do: a file of its own, imported at the first click, with the words
// it says in the widget's language (src/i18n/copy/).
import { text, type Locale } from '../../i18n/catalogue.js';
import type { Language } from '../../i18n/language.js';
import type { CopyMessages } from '../../i18n/copy/en.js';
import { inMarks } from '../../i18n/quote-marks.js';
import { X_PHOTO_LINK, X_POST_LINK } from '../../story/post-link.js';
import type { Quote } from '../../story/story-schema.js';

const copyWords: Record<Language, () => Promise<{ messages: CopyMessages }>> = {
  en: () => import('../../i18n/copy/en.js'),
  fr: () => import('../../i18n/copy/fr.js'),
  de: () => import('../../i18n/copy/de.js'),
  uk: () => import('../../i18n/copy/uk.js'),
  pl: () => import('../../i18n/copy/pl.js'),
  it: () => import('../../i18n/copy/it.js'),
  es: () => import('../../i18n/copy/es.js'),
  nl: () => import('../../i18n/copy/nl.js'),
  pt: () => import('../../i18n/copy/pt.js'),
  sv: () => import('../../i18n/copy/sv.js'),
  da: () => import('../../i18n/copy/da.js'),
  fi: () => import('../../i18n/copy/fi.js'),
  et: () => import('../../i18n/copy/et.js'),
  lv: () => import('../../i18n/copy/lv.js'),
  lt: () => import('../../i18n/copy/lt.js'),
  cs: () => import('../../i18n/copy/cs.js'),
  ro: () => import('../../i18n/copy/ro.js'),
  ja: () => import('../../i18n/copy/ja.js'),
};

type Say = (key: keyof CopyMessages, values?: Record<string, string>) => string;

/** The copy code's words in `language`, English where they cannot load. */
async function wordsIn(language: Language): Promise<Say> {
  const { messages } = await copyWords[language]().catch(copyWords.en);
  return (key, values = {}) => messages[key].replace(/\{(\w+)\}/g, (_, name: string) => values[name]);
}

/**
 * The quote as a reader pastes it: the words verbatim in the quotation marks of their language (the
 * quote's `lang`, which the card fills in from the story's), as the card draws them (after the words leading
 * into a fragment, as the card shows them), who said them, their role, where and when, and where to
 * read them: the story's link, else the post's (named as the photo's when it opens the photo), else
 * the page's address. The kit's own words (the date, "Photo on X") are in the widget's language.
 *
 * A quote shown in translation is copied as the card shows it, in the article's language, marked as
 * a translation and followed by the words as said: a reader quoting it in the same language gets the
 * text they read, and whoever reads the paste can check it against the original.
 */
export function citation(quote: Quote, storyLink: string | undefined, page: string, locale: Locale, say: Say): string {
  const { post, original } = quote;
  const postLink = post && X_POST_LINK.test(post.url) ? post.url : undefined;
  const photoLink = postLink && X_PHOTO_LINK.test(postLink);
  const link =
    storyLink ?? (photoLink ? say('photoLink', { platform: post!.platform, link: postLink }) : (postLink ?? page));
  const who = `${quote.speaker}${post ? ` (${post.handle})` : ''}, ${quote.role}`;
  const where = `${quote.setting}${quote.date ? `, ${locale.date(quote.date)}` : ''}`;
  const mark = original && text(locale, /^en\b/i.test(original.lang) ? 'translatedFromEnglish' : 'translated');
  const said = original
    ? `\n${say('originalWords', { mark: mark!, text: inMarks(original.text, original.lang) })}`
    : '';
  return `${quote.lead ? `${quote.lead} ` : ''}${inMarks(quote.text, quote.lang ?? 'en')}\n— ${who}. ${where}${said}\n${link}`;
}

/**
 * Copies the quote with its citation, or without a quote the link to the story (else the address of
 * the page the card is on), and says in `status` what was copied, or why nothing was. Emptied first,
 * so that the same words said again are announced again.
 */
export async function copy(
  status: Element,
  quote: Quote | undefined,
  storyLink: string | undefined,
  locale: Locale,
): Promise<void> {
  status.textContent = '';
  const say = await wordsIn(locale.language);
  const link = storyLink ?? location.href;
  // In an iframe (the embed page) the address is the widget's own page, not the article's.
  const linkCopied = storyLink ? 'storyLinkCopied' : window === window.top ? 'pageLinkCopied' : 'widgetLinkCopied';
  status.textContent = await (quote
    ? write(citation(quote, storyLink, location.href, locale, say), say, 'quoteCopied', say('selectQuote'))
    : write(link, say, linkCopied, say('linkIs', { link })));
}

/** Writes `words` to the clipboard. Never throws: a refusal is said in words, with what to do instead. */
async function write(words: string, say: Say, done: keyof CopyMessages, instead: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(words);
    return say(done);
  } catch {
    // navigator.clipboard exists only on secure (https) pages.
    return say(navigator.clipboard ? 'copyRefused' : 'copyInsecure', { instead });
  }
}
