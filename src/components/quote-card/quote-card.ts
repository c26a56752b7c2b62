import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { isolate } from '../../story/format.js';
import { initials } from '../../story/initials.js';
import { X_PHOTO_LINK, X_POST_LINK } from '../../story/post-link.js';
import type { Original, Quote, Story } from '../../story/story-schema.js';
import type { Problem } from '../../shared/attributes.js';
import { widgetStyles } from '../../shared/widget-styles.js';
import { WidgetElement } from '../../shared/widget-element.js';
import { renderUpdates, translatedFrom } from '../../shared/sourcing.js';
import { inLanguage, langBeside } from '../../shared/story-words.js';
import { quoteCardStyles } from './quote-card.styles.js';

/**
 * One quote from the story, verbatim, with who said it, their role, when and where; a fragment
 * comes after the words that lead into it. A post on X is shown as a static post card, with who the
 * account is and a link to it (or to its photo); nothing is loaded from X. The story's corrections
 * are shown. A reader can copy the quote with its citation, or a link to the story. A quote the story
 * shows in translation says so, with the words as said in a disclosure. The card's own words are in
 * the widget's language (its `lang`, else its closest ancestor's, else the page's).
 *
 * @summary A quote, or a post on X, from the story.
 * @tagname quote-card
 *
 * @slot - Fallback content such as a `<blockquote>`: shown before the kit loads, and whenever the story has not (yet) loaded.
 * @csspart base - The card.
 * @csspart lead - The words leading into a quoted fragment: "Macron said the coalition’s plans would go ahead".
 * @csspart quote - The quoted words.
 * @csspart attribution - Speaker, role, date and setting.
 * @csspart original - For a quote shown in translation, the disclosure that says so ("Translated from English") and holds the words as said, in their language.
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

  // The card is in the widget's language; the story's own words (the quote, who said it, where) in the
  // story's, marked where it is not the card's.
  #renderQuote(story: Story, quote: Quote) {
    const lang = this.wordsLangOf(story);
    return html`
      <figure class="quote" part="base" lang=${this.i18n.language}>
        ${this.#renderHeading()}
        ${quote.lead ? html`<p class="lead" part="lead" lang=${ifDefined(lang)}>${quote.lead}</p>` : ''}
        ${this.#words(story, quote, 'quote')} ${this.#renderOriginal(quote.original)}
        <figcaption part="attribution">
          <span class="speaker" lang=${ifDefined(lang)}>${quote.speaker}</span>
          <span class="role" lang=${ifDefined(lang)}>${quote.role}</span>
          <span class="setting"
            >${inLanguage(lang, isolate(quote.setting))}${quote.date ? html`, ${this.#date(quote.date)}` : ''}</span
          >
          ${renderUpdates(story, this.i18n.current)}
        </figcaption>
        ${this.#renderTools()} ${this.renderEnd()}
      </figure>
    `;
  }

  #renderPost(story: Story, quote: Quote, post: NonNullable<Quote['post']>) {
    // The story's link: to the post, or, as X writes it into a post with a photo, to the photo.
    const link = X_POST_LINK.test(post.url) ? post.url : '';
    const photo = X_PHOTO_LINK.test(link);
    const lang = this.wordsLangOf(story);
    const { i18n } = this;
    const { platform } = post;
    return html`
      <article
        class="post"
        part="base"
        lang=${i18n.language}
        aria-label=${i18n.t('postLabel', { platform, name: quote.speaker })}
      >
        ${this.#renderHeading()}
        <header>
          <span class="avatar" aria-hidden="true">${initials(quote.speaker)}</span>
          <span class="author" lang=${ifDefined(lang)}>
            <span class="speaker">${quote.speaker}</span>
            <span class="handle">${post.handle}</span>
            <span class="role">${quote.role}</span>
          </span>
          ${xLogo}
        </header>
        ${this.#words(story, quote, 'quote')} ${this.#renderOriginal(quote.original)}
        ${photo ? html`<p class="photo" part="photo">${this.#newTab(link, i18n.t('viewPhoto', { platform }))}</p>` : ''}
        <footer part="attribution">
          ${quote.date ? this.#date(quote.date) : ''}
          ${link && !photo ? this.#newTab(link, i18n.t('viewPost', { platform })) : ''} ${this.#renderTools()}
        </footer>
        ${renderUpdates(story, i18n.current)} ${this.renderEnd()}
      </article>
    `;
  }

  /** The quote's words, marked with their language (the quote's own, else the story's) where it is not the card's. */
  #words(story: Story, quote: Quote, part: string) {
    return words(quote.text, langBeside(quote.lang ?? this.langOf(story), this.i18n.language), part);
  }

  #date(date: string) {
    return html`<time datetime=${date}>${this.i18n.current.date(date)}</time>`;
  }

  /**
   * A quote shown in translation says so, in the summary of a disclosure that holds the words as said,
   * in their language: native, so that it opens without the kit's script (a pre-rendered card).
   */
  #renderOriginal(original: Original | undefined) {
    if (!original) return '';
    return html`<details part="original">
      <summary>${translatedFrom(this.i18n.current, original)}</summary>
      ${words(original.text, original.lang)}
    </details>`;
  }

  /** A link that opens a new tab, and says so to screen readers. */
  #newTab(href: string, label: string) {
    return html`<a part="link" href=${href} target="_blank" rel="noopener noreferrer"
      >${label}<span class="visually-hidden"> ${this.i18n.t('newTab')}</span></a
    >`;
  }

  /**
   * Copy buttons, and the line that says what was copied: a polite live region, there from the start
   * so that screen readers announce what comes into it; ./copy.ts writes it, not Lit. What the buttons
   * do is a file of its own, loaded at the first click: a reader who never copies does not fetch it.
   */
  #renderTools() {
    return html`<div class="tools" part="tools">
      <button type="button" part="copy-quote" @click=${() => this.#copy(true)}>${this.i18n.t('copyQuote')}</button>
      <button type="button" part="copy-link" @click=${() => this.#copy(false)}>${this.i18n.t('copyLink')}</button>
      <span role="status"></span>
    </div>`;
  }

  #copy(withQuote: boolean) {
    const status = this.renderRoot.querySelector('[role=status]')!;
    const locale = this.i18n.current;
    const story = this.story!;
    const quote = withQuote ? this.#quoteIn(story) : undefined;
    // The quote's language, for its quotation marks: its own, else the story's.
    const inItsLanguage = quote && { ...quote, lang: quote.lang ?? this.langOf(story) };
    import('./copy.js').then(
      (copy) => copy.copy(status, inItsLanguage, this.storyAddress(), locale),
      // Said in the words for problems (on demand too): rarely needed, they stay out of the interface's.
      () =>
        import('../../i18n/load-problems.js')
          .then(({ loadProblems }) => loadProblems(locale))
          .then(() => (status.textContent = this.i18n.t('copyFailed'))),
    );
  }
}

/** Quoted words, one paragraph per line, marked with their language where they need it. */
function words(text: string, lang: string | undefined, part?: string) {
  const lines = text.split('\n').map((line) => html`<p>${line}</p>`);
  return html`<blockquote part=${ifDefined(part)} lang=${ifDefined(lang)}>${lines}</blockquote>`;
}

// X's logo (simple-icons' path, CC0, on a grid of 96), in the text colour; the card's label names the network.
const xLogo = html`<svg class="logo" viewBox="0 0 96 96" aria-hidden="true">
  <path d="M76 5h14L58 41l38 50H66L43 61 17 91H2l34-39L0 5h30l21 27zM70 83h9L26 13h-9z" />
</svg>`;

declare global {
  interface HTMLElementTagNameMap {
    'quote-card': QuoteCard;
  }
}
