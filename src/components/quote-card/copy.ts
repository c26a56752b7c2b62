// What <quote-card>'s copy buttons do: a file of its own, imported at the first click.
import { formatDate } from '../../story/format.js';
import { X_PHOTO_LINK, X_POST_LINK } from '../../story/post-link.js';
import type { Quote } from '../../story/story-schema.js';

/**
 * The quote as a reader pastes it: the words verbatim in quotation marks (after the words leading
 * into a fragment, as the card shows them), who said them, their role, where and when, and where to
 * read them: the story's link, else the post's (named as the photo's when it opens the photo), else
 * the page's address.
 */
export function citation(quote: Quote, storyLink: string | undefined, page: string): string {
  const { post } = quote;
  const postLink = post && X_POST_LINK.test(post.url) ? post.url : undefined;
  const link = storyLink ?? (postLink ? `${X_PHOTO_LINK.test(postLink) ? 'Photo on X: ' : ''}${postLink}` : page);
  const who = `${quote.speaker}${post ? ` (${post.handle})` : ''}, ${quote.role}`;
  const where = `${quote.setting}${quote.date ? `, ${formatDate(quote.date)}` : ''}`;
  return `${quote.lead ? `${quote.lead} ` : ''}“${quote.text}”\n— ${who}. ${where}\n${link}`;
}

/**
 * Copies the quote with its citation, or without a quote the link to the story (else the address of
 * the page the card is on), and says in `status` what was copied, or why nothing was. Emptied first,
 * so that the same words said again are announced again.
 */
export async function copy(status: Element, quote: Quote | undefined, storyLink: string | undefined): Promise<void> {
  status.textContent = '';
  status.textContent = await (quote ? copyQuote(quote, storyLink) : copyLink(storyLink));
}

function copyQuote(quote: Quote, storyLink: string | undefined): Promise<string> {
  return write(
    citation(quote, storyLink, location.href),
    'Quote copied with its citation',
    'select the quote to copy it.',
  );
}

function copyLink(storyLink: string | undefined): Promise<string> {
  const link = storyLink ?? location.href;
  // In an iframe (the embed page) the address is the widget's own page, not the article's.
  const what = storyLink ? 'the story' : window === window.top ? 'this page' : 'this widget';
  return write(link, `Link to ${what} copied`, `the link is ${link}`);
}

/** Writes `text` to the clipboard. Never throws: a refusal is said in words, with what to do instead. */
async function write(text: string, done: string, instead: string): Promise<string> {
  try {
    await navigator.clipboard.writeText(text);
    return done;
  } catch {
    // navigator.clipboard exists only on secure (https) pages.
    return `${navigator.clipboard ? 'The browser did not allow copying' : 'Copying works only on secure (https) pages'}: ${instead}`;
  }
}
