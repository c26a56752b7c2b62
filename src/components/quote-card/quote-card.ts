import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatDate, isolate } from '../../story/format.js';
import { X_PHOTO_LINK, X_POST_LINK } from '../../story/post-link.js';
import type { Quote, Story } from '../../story/story-schema.js';
import type { Problem } from '../../shared/attributes.js';
import { widgetStyles } from '../../shared/widget-styles.js';
import { WidgetElement } from '../../shared/widget-element.js';
import { renderUpdates } from '../../shared/sourcing.js';
import { quoteCardStyles } from './quote-card.styles.js';

/**
 * One quote from the story, verbatim, with who said it, their role, when and where; a fragment
 * comes after the words that lead into it. A post on X is shown as a static post card, with who the
 * account is and a link to it (or to its photo); nothing is loaded from X. The story's corrections
 * are shown. A reader can copy the quote with its citation, or a link to the story.
 *
 * @summary A quote, or a post on X, from the story.
 * @tagname quote-card
 *
 * @slot - Fallback content such as a `<blockquote>`: shown before the kit loads, and whenever the story has not (yet) loaded.
 * @csspart base - The card.
 * @csspart lead - The words leading into a quoted fragment: "Macron said the coalition’s plans would go ahead".
 * @csspart quote - The quoted words.
 * @csspart attribution - Speaker, role, date and setting.
 * @csspart link - For posts, the link to the post, or to its photo when that is the link the story has (it opens a new tab, and says so to screen readers).
 * @csspart photo - For a post that had a photo, the note that says so, with the link to the photo.
 * @csspart tools - The copy buttons and the line that says what was copied.
 * @csspart copy-quote - The button that copies the quote with its citation: who said it, their role, where, when, and the link to the story (`story-link`), else the post's link, else the page's address.
 * @csspart copy-link - The button that copies the link to the story (`story-link`), else the page's address.
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
      <figure class="quote" part="base" lang=${this.langOf(story)}>
        ${this.#renderHeading()} ${quote.lead ? html`<p class="lead" part="lead">${quote.lead}</p>` : ''}
        ${words(quote)}
        <figcaption part="attribution">
          <span class="speaker">${quote.speaker}</span>
          <span class="role">${quote.role}</span>
          <span class="setting"
            >${isolate(quote.setting)}${quote.date ? html`, <time datetime=${quote.date}>${formatDate(quote.date)}</time>` : ''}</span
          >
          ${renderUpdates(story)}
        </figcaption>
        ${this.#renderTools()} ${this.renderEnd()}
      </figure>
    `;
  }

  #renderPost(story: Story, quote: Quote, post: NonNullable<Quote['post']>) {
    // The story's link: to the post, or, as X writes it into a post with a photo, to the photo.
    const link = X_POST_LINK.test(post.url) ? post.url : '';
    const photo = X_PHOTO_LINK.test(link);
    return html`
      <article
        class="post"
        part="base"
        lang=${this.langOf(story)}
        aria-label="Post on ${post.platform} by ${quote.speaker}"
      >
        ${this.#renderHeading()}
        <header>
          <span class="avatar" aria-hidden="true">${initials(quote.speaker)}</span>
          <span class="author">
            <span class="speaker">${quote.speaker}</span>
            <span class="handle">${post.handle}</span>
            <span class="role">${quote.role}</span>
          </span>
          ${xLogo}
        </header>
        ${words(quote)}
        ${photo ? html`<p class="photo" part="photo">The post included a photo. ${newTab(link, 'View the photo on X')}</p>` : ''}
        <footer part="attribution">
          ${quote.date ? html`<time datetime=${quote.date}>${formatDate(quote.date)}</time>` : ''}
          ${link && !photo ? newTab(link, `View the post on ${post.platform}`) : ''} ${this.#renderTools()}
        </footer>
        ${renderUpdates(story)} ${this.renderEnd()}
      </article>
    `;
  }

  /**
   * Copy buttons, and the line that says what was copied: a polite live region, there from the start
   * so that screen readers announce what comes into it; ./copy.ts writes it, not Lit. What the buttons
   * do is a file of its own, loaded at the first click: a reader who never copies does not fetch it.
   */
  #renderTools() {
    return html`<div class="tools" part="tools">
      <button type="button" part="copy-quote" @click=${() => this.#copy(true)}>Copy quote</button>
      <button type="button" part="copy-link" @click=${() => this.#copy(false)}>Copy link</button>
      <span role="status"></span>
    </div>`;
  }

  #copy(quote: boolean) {
    const status = this.renderRoot.querySelector('[role=status]')!;
    import('./copy.js').then(
      (copy) => copy.copy(status, quote ? this.#quoteIn(this.data.state.story!) : undefined, this.storyAddress()),
      () => (status.textContent = 'Copying failed: select the words to copy them.'),
    );
  }
}

/** The quoted words, one paragraph per line, marked with their language when it is not the story's. */
function words(quote: Quote) {
  const lines = quote.text.split('\n').map((line) => html`<p>${line}</p>`);
  return html`<blockquote part="quote" lang=${ifDefined(quote.lang)}>${lines}</blockquote>`;
}

/** A link that opens a new tab, and says so to screen readers. */
function newTab(href: string, label: string) {
  return html`<a part="link" href=${href} target="_blank" rel="noopener noreferrer"
    >${label}<span class="visually-hidden"> (opens in a new tab)</span></a
  >`;
}

// X's logo (simple-icons' path, CC0, on a grid of 96), in the text colour; the card's label names the network.
const xLogo = html`<svg class="logo" viewBox="0 0 96 96" aria-hidden="true">
  <path d="M76 5h14L58 41l38 50H66L43 61 17 91H2l34-39L0 5h30l21 27zM70 83h9L26 13h-9z" />
</svg>`;

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
