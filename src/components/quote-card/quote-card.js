var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { formatDate, unknownNameHelp } from '../../story/index.js';
import { StoryConsumer } from '../../data/story-consumer.js';
import { ProblemController, checkChoice, themes } from '../../shared/problem-controller.js';
import { widgetStyles } from '../../shared/widget-styles.js';
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
    constructor() {
        super(...arguments);
        this.data = new StoryConsumer(this);
        this.problems = new ProblemController(this);
    }
    static { this.styles = [widgetStyles, quoteCardStyles]; }
    willUpdate() {
        const quotes = this.data.state.story?.quotes;
        this.shown = quotes?.find((quote) => quote.id === this.quote);
        this.problems.inherited = this.data.state.error;
        this.problems.own =
            [checkChoice('theme', this.theme, themes), quotes && !this.shown && this.explainMissingQuote(quotes)]
                .filter(Boolean)
                .join(' ') || undefined;
    }
    render() {
        const quote = this.shown;
        return html `${this.problems.render()}${quote ? (quote.post ? this.renderPost(quote, quote.post) : this.renderQuote(quote)) : html `<slot></slot>`}`;
    }
    renderQuote(quote) {
        return html `
      <figure class="quote" part="base">
        <blockquote part="quote">${paragraphs(quote.text)}</blockquote>
        <figcaption part="attribution">
          <span class="speaker">${quote.speaker}</span>
          <span class="role">${quote.role}</span>
          <span class="setting">${quote.setting}${quote.date ? html `, <time datetime=${quote.date}>${formatDate(quote.date)}</time>` : ''}</span>
        </figcaption>
      </figure>
    `;
    }
    renderPost(quote, post) {
        return html `
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
          ${quote.date ? html `<time datetime=${quote.date}>${formatDate(quote.date)}</time>` : ''}
          ${isWebLink(post.url)
            ? html `<a part="link" href=${post.url} target="_blank" rel="noopener noreferrer">View the post on ${post.platform}</a>`
            : ''}
        </footer>
      </article>
    `;
    }
    explainMissingQuote(quotes) {
        const ids = quotes.map((quote) => quote.id);
        if (!this.quote)
            return `Set quote="…" to the id of a quote: ${ids.map((id) => `"${id}"`).join(', ')}.`;
        return `quote="${this.quote}" is not a quote of this story. ${unknownNameHelp(this.quote, ids)}`;
    }
}
__decorate([
    property({ reflect: true })
], QuoteCard.prototype, "quote", void 0);
__decorate([
    property({ reflect: true })
], QuoteCard.prototype, "theme", void 0);
function paragraphs(text) {
    return text.split('\n').map((line) => html `<p>${line}</p>`);
}
/** Stories are validated, but a link is the one place where text could become code: check again. */
function isWebLink(url) {
    return /^https?:\/\//i.test(url);
}
function initials(name) {
    return name
        .split(/\s+/)
        .map((word) => word.charAt(0))
        .join('')
        .slice(0, 2)
        .toUpperCase();
}
