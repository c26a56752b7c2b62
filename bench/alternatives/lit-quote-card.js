// A plain LitElement producing the same DOM (and using the same CSS) as <quote-card>, without the kit's
// story context, validation or error reporting: what Lit itself costs for this card.
import { LitElement, html, unsafeCSS } from 'lit';
import { css } from '../.build/kit-css.js';
import { formatDate, story } from './format.js';

const paragraphs = (text) => text.split('\n').map((line) => html`<p>${line}</p>`);
const initials = (name) =>
  name
    .split(/\s+/)
    .map((word) => word.charAt(0))
    .join('')
    .slice(0, 2)
    .toUpperCase();

class LitQuoteCard extends LitElement {
  static properties = { quote: { reflect: true } };
  static styles = unsafeCSS(css['quote-card']);

  // Templates without whitespace between tags: Lit's own cost, not that of template indentation.
  // prettier-ignore
  render() {
    const quote = story().quotes.find((candidate) => candidate.id === this.quote);
    if (!quote) return html`<slot></slot>`;
    const post = quote.post;
    if (!post) {
      return html`<figure class="quote" part="base"><blockquote part="quote">${paragraphs(quote.text)}</blockquote><figcaption part="attribution"><span class="speaker">${quote.speaker}</span><span class="role">${quote.role}</span><span class="setting">${quote.setting}${quote.date ? html`, <time datetime=${quote.date}>${formatDate(quote.date)}</time>` : ''}</span></figcaption></figure>`;
    }
    return html`<article class="post" part="base" aria-label="Post on ${post.platform} by ${quote.speaker}"><header><span class="avatar" aria-hidden="true">${initials(quote.speaker)}</span><span class="author"><span class="speaker">${quote.speaker}</span><span class="handle">${post.handle}</span></span><span class="network" aria-hidden="true">${post.platform}</span></header><blockquote part="quote">${paragraphs(quote.text)}</blockquote><footer part="attribution">${quote.date ? html`<time datetime=${quote.date}>${formatDate(quote.date)}</time>` : ''}${/^https?:\/\//i.test(post.url) ? html`<a part="link" href=${post.url} target="_blank" rel="noopener noreferrer">View the post on ${post.platform}</a>` : ''}</footer></article>`;
  }
}
customElements.define('lit-quote-card', LitQuoteCard);
