// A plain LitElement producing the same DOM (and using the same CSS) as <quote-card>, without the kit's
// story context, validation or error reporting: what Lit itself costs for this card.
import { LitElement, html, unsafeCSS } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { css } from '../.build/kit-css.js';
import { X_PHOTO_LINK, X_POST_LINK, formatDate, initials, isolate, story, updateNotes } from './format.js';

// Templates without whitespace between tags: Lit's own cost, not that of template indentation.
// prettier-ignore
const words = (quote, lang) => html`<blockquote part="quote" lang=${ifDefined(quote.lang === lang ? undefined : quote.lang)}>${quote.text.split('\n').map((line) => html`<p>${line}</p>`)}</blockquote>`;
// prettier-ignore
const newTab = (href, label) => html`<a part="link" href=${href} target="_blank" rel="noopener noreferrer">${label}<span class="visually-hidden"> (opens in a new tab)</span></a>`;
const updates = (data) => {
  const notes = updateNotes(data);
  return notes.length ? html`<div part="updates">${notes.map((note) => html`<p>${note}</p>`)}</div>` : '';
};
// prettier-ignore
const xLogo = html`<svg class="logo" viewBox="0 0 96 96" aria-hidden="true"><path d="M76 5h14L58 41l38 50H66L43 61 17 91H2l34-39L0 5h30l21 27zM70 83h9L26 13h-9z"/></svg>`;

class LitQuoteCard extends LitElement {
  static properties = { quote: { reflect: true } };
  static styles = unsafeCSS(css['quote-card']);

  // prettier-ignore
  render() {
    const data = story();
    const quote = data.quotes.find((candidate) => candidate.id === this.quote);
    if (!quote) return html`<slot></slot>`;
    const post = quote.post;
    const lang = data.lang ?? 'en';
    if (!post) {
      return html`<figure class="quote" part="base" lang=${lang}>${quote.lead ? html`<p class="lead" part="lead">${quote.lead}</p>` : ''}${words(quote, lang)}<figcaption part="attribution"><span class="speaker">${quote.speaker}</span><span class="role">${quote.role}</span><span class="setting">${isolate(quote.setting)}${quote.date ? html`, <time datetime=${quote.date}>${formatDate(quote.date)}</time>` : ''}</span>${updates(data)}</figcaption>${this.#tools()}</figure>`;
    }
    const link = X_POST_LINK.test(post.url) ? post.url : '';
    const photo = X_PHOTO_LINK.test(link);
    return html`<article class="post" part="base" lang=${lang} aria-label="Post on ${post.platform} by ${quote.speaker}"><header><span class="avatar" aria-hidden="true">${initials(quote.speaker)}</span><span class="author"><span class="speaker">${quote.speaker}</span><span class="handle">${post.handle}</span><span class="role">${quote.role}</span></span>${xLogo}</header>${words(quote, lang)}${photo ? html`<p class="photo" part="photo">${newTab(link, 'The post included a photo: view it on X')}</p>` : ''}<footer part="attribution">${quote.date ? html`<time datetime=${quote.date}>${formatDate(quote.date)}</time>` : ''}${link && !photo ? newTab(link, `View the post on ${post.platform}`) : ''}${this.#tools()}</footer>${updates(data)}</article>`;
  }

  // prettier-ignore
  #tools() {
    return html`<div class="tools" part="tools"><button type="button" part="copy-quote" @click=${() => this.#copy(true)}>Copy quote</button><button type="button" part="copy-link" @click=${() => this.#copy(false)}>Copy link</button><span role="status"></span></div>`;
  }

  #copy(quote) {
    const status = this.renderRoot.querySelector('[role=status]');
    const text = quote ? this.renderRoot.querySelector('blockquote').textContent : location.href;
    navigator.clipboard.writeText(text).then(
      () => (status.textContent = 'Copied'),
      () => (status.textContent = 'Copying failed'),
    );
  }
}
customElements.define('lit-quote-card', LitQuoteCard);
