import { LitElement, html } from 'lit';
import { formatDate, isolate } from '../../story/format.js';
import { X_POST_LINK } from '../../story/post-link.js';
import { unknownNameHelp } from '../../story/suggest.js';
import type { Quote } from '../../story/story-schema.js';
import { StoryConsumer } from '../../data/story-consumer.js';
import { ProblemController } from '../../shared/problem-controller.js';
import { checkChoice, themes, type Theme } from '../../shared/attributes.js';
import { widgetStyles } from '../../shared/widget-styles.js';
import { FirstRender, loadings, type Loading } from '../../shared/first-render.js';
import { quoteCardStyles } from './quote-card.styles.js';

/**
 * One quote from the story, verbatim, with who said it, their role, when and where. A post on X is
 * shown as a static post card with a link to it; nothing is loaded from X.
 *
 * @summary A quote, or a post on X, from the story.
 * @tagname quote-card
 *
 * @slot - Fallback content such as a `<blockquote>`: shown before the kit loads, and whenever the story has not (yet) loaded.
 * @csspart base - The card.
 * @csspart quote - The quoted words.
 * @csspart attribution - Speaker, role, date and setting.
 * @csspart link - The link to the post, for posts.
 * @csspart error - What is wrong, when something is.
 *
 * @cssprop [--cw-font-family=inherit] - Font of the widget; the page's by default.
 * @cssprop [--cw-color-text=#1b1d21] - Text colour.
 * @cssprop [--cw-color-muted=#596070] - Role, date and handle.
 * @cssprop [--cw-color-surface=#ffffff] - Card background.
 * @cssprop [--cw-color-border=#d5d9e0] - Card border.
 * @cssprop [--cw-color-accent=#0b57a4] - The rule beside the quote, the avatar and links.
 * @cssprop [--cw-color-error=#b3261e] - Error messages.
 * @cssprop [--cw-radius=10px] - Corner radius of the card.
 * @cssprop [--cw-space=1rem] - Padding of the card.
 *
 * @fires {CoalitionErrorEvent} coalition-error - The `quote` attribute is missing or names no quote of the story.
 */
export class QuoteCard extends LitElement {
  static override styles = [widgetStyles, quoteCardStyles];

  static override properties = {
    loading: { reflect: true },
    quote: { reflect: true },
    theme: { reflect: true },
  };

  /** Id of the quote to show, for example `healey-planning` (see the story's `quotes`). */
  quote?: string;

  /** Colour scheme: `light` (default), `dark`, or `auto` to follow the reader's system setting. */
  theme?: Theme;

  /**
   * `eager` (default) renders at once; `lazy` waits until the widget comes near the viewport, as
   * `<img loading="lazy">` does. For widgets far down a long page.
   */
  loading?: Loading;

  readonly #data = new StoryConsumer(this, (story) => story.quotes.find((quote) => quote.id === this.quote));
  readonly #problems = new ProblemController(this);
  readonly #firstRender = new FirstRender(this);

  protected override shouldUpdate(): boolean {
    return this.#firstRender.ready;
  }
  #shown?: Quote;

  protected override willUpdate(): void {
    const quotes = this.#data.state.story?.quotes;
    this.#shown = quotes?.find((quote) => quote.id === this.quote);
    this.#problems.set(this.#data.state.error, [
      checkChoice('theme', this.theme, themes),
      checkChoice('loading', this.loading, loadings),
      quotes && !this.#shown && this.#explainMissingQuote(quotes),
    ]);
  }

  protected override render() {
    const quote = this.#shown;
    return html`${this.#problems.render()}${quote ? (quote.post ? this.#renderPost(quote, quote.post) : this.#renderQuote(quote)) : html`<slot></slot>`}`;
  }

  #renderQuote(quote: Quote) {
    return html`
      <figure class="quote" part="base">
        <blockquote part="quote">${paragraphs(quote.text)}</blockquote>
        <figcaption part="attribution">
          <span class="speaker">${quote.speaker}</span>
          <span class="role">${quote.role}</span>
          <span class="setting"
            >${isolate(quote.setting)}${quote.date ? html`, <time datetime=${quote.date}>${formatDate(quote.date)}</time>` : ''}</span
          >
        </figcaption>
      </figure>
    `;
  }

  #renderPost(quote: Quote, post: NonNullable<Quote['post']>) {
    return html`
      <article class="post" part="base" aria-label="Post on ${post.platform} by ${quote.speaker}">
        <header>
          <span class="avatar" aria-hidden="true">${initials(quote.speaker)}</span>
          <span class="author">
            <span class="speaker">${quote.speaker}</span>
            <span class="handle">${post.handle}</span>
          </span>
          <span class="network" aria-hidden="true">${post.platform}</span>
        </header>
        <blockquote part="quote">${paragraphs(quote.text)}</blockquote>
        <footer part="attribution">
          ${quote.date ? html`<time datetime=${quote.date}>${formatDate(quote.date)}</time>` : ''}
          ${
            X_POST_LINK.test(post.url)
              ? html`<a part="link" href=${post.url} target="_blank" rel="noopener noreferrer"
                  >View the post on ${post.platform}</a
                >`
              : ''
          }
        </footer>
      </article>
    `;
  }

  #explainMissingQuote(quotes: readonly Quote[]): string {
    const ids = quotes.map((quote) => quote.id);
    if (!this.quote) return `Set quote="…" to the id of a quote: ${ids.map((id) => `"${id}"`).join(', ')}.`;
    return `${isolate(`quote="${this.quote}"`)} is not a quote of this story. ${unknownNameHelp(this.quote, ids)}`;
  }
}

function paragraphs(text: string) {
  return text.split('\n').map((line) => html`<p>${line}</p>`);
}

/**
 * A word's first character as a reader counts characters: an emoji whole (with its skin tone or
 * joined parts, a flag), or a letter with its accents; never half of one. (Intl.Segmenter would
 * load ICU's break rules: about 30 ms on first use.)
 */
const firstCharacter = new RegExp('^(\\p{RGI_Emoji}|.\\p{M}*)', 'v');

function initials(name: string): string {
  return name
    .split(/\s+/, 2)
    .map((word) => word.match(firstCharacter)?.[0])
    .join('')
    .toUpperCase();
}

declare global {
  interface HTMLElementTagNameMap {
    'quote-card': QuoteCard;
  }
}
