import { html, nothing } from 'lit';
import { formatDate, isolate } from '../../story/format.js';
import { X_POST_LINK } from '../../story/post-link.js';
import type { Quote, Story } from '../../story/story-schema.js';
import type { Problem } from '../../shared/attributes.js';
import { widgetStyles } from '../../shared/widget-styles.js';
import { WidgetElement } from '../../shared/widget-element.js';
import { renderUpdates } from '../../shared/sourcing.js';
import { quoteCardStyles } from './quote-card.styles.js';

/**
 * One quote from the story, verbatim, with who said it, their role, when and where; a fragment
 * comes after the words that lead into it. A post on X is shown as a static post card, with who the
 * account is and a link to it; nothing is loaded from X. The story's corrections are shown.
 *
 * @summary A quote, or a post on X, from the story.
 * @tagname quote-card
 *
 * @slot - Fallback content such as a `<blockquote>`: shown before the kit loads, and whenever the story has not (yet) loaded.
 * @csspart base - The card.
 * @csspart lead - The words leading into a quoted fragment: "Macron said the coalition’s plans would go ahead".
 * @csspart quote - The quoted words.
 * @csspart attribution - Speaker, role, date and setting.
 * @csspart link - The link to the post, for posts.
 * @csspart updates - The "Updated …" and "Correction (…): …" lines, when the story has them.
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
export class QuoteCard extends WidgetElement {
  static override styles = [widgetStyles, quoteCardStyles];

  // A getter, as lit-analyzer reads no attributes from a `static properties` field.
  static override get properties() {
    return { ...super.properties, quote: { reflect: true } };
  }

  /** Id of the quote to show, for example `healey-planning` (see the story's `quotes`). */
  quote?: string;

  protected shows(story: Story) {
    return [this.#quoteIn(story), story.updated, story.corrections];
  }

  protected ownProblems(story: Story | undefined): (Problem | undefined)[] {
    return [
      story && !this.#quoteIn(story) ? ['quote', this.quote ?? '', story.quotes.map((quote) => quote.id)] : undefined,
    ];
  }

  protected renderCard(story: Story) {
    const quote = this.#quoteIn(story);
    if (!quote) return undefined;
    return quote.post ? this.#renderPost(story, quote, quote.post) : this.#renderQuote(story, quote);
  }

  #quoteIn(story: Story): Quote | undefined {
    return story.quotes.find((quote) => quote.id === this.quote);
  }

  /** The editor's title over the card, if given (the quote card has none of its own). */
  #renderHeading() {
    return this.heading && !this.hideHeadline
      ? html`<p class="heading" role="heading" aria-level=${this.level()}>${this.heading}</p>`
      : nothing;
  }

  #renderQuote(story: Story, quote: Quote) {
    return html`
      <figure class="quote" part="base">
        ${this.#renderHeading()} ${quote.lead ? html`<p class="lead" part="lead">${quote.lead}</p>` : ''}
        <blockquote part="quote">${paragraphs(quote.text)}</blockquote>
        <figcaption part="attribution">
          <span class="speaker">${quote.speaker}</span>
          <span class="role">${quote.role}</span>
          <span class="setting"
            >${isolate(quote.setting)}${quote.date ? html`, <time datetime=${quote.date}>${formatDate(quote.date)}</time>` : ''}</span
          >
          ${renderUpdates(story)}
        </figcaption>
        ${this.renderEnd()}
      </figure>
    `;
  }

  #renderPost(story: Story, quote: Quote, post: NonNullable<Quote['post']>) {
    return html`
      <article class="post" part="base" aria-label="Post on ${post.platform} by ${quote.speaker}">
        ${this.#renderHeading()}
        <header>
          <span class="avatar" aria-hidden="true">${initials(quote.speaker)}</span>
          <span class="author">
            <span class="speaker">${quote.speaker}</span>
            <span class="handle">${post.handle}</span>
            <span class="role">${quote.role}</span>
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
        ${renderUpdates(story)} ${this.renderEnd()}
      </article>
    `;
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
