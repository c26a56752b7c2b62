// A hand-written custom element producing the same DOM (and using the same CSS) as <quote-card>.
import { css } from '../.build/kit-css.js';
import {
  X_PHOTO_LINK,
  X_POST_LINK,
  element,
  formatDate,
  initials,
  isolate,
  sheet,
  story,
  template,
  updates,
} from './format.js';

const tools =
  '<div class="tools" part="tools"><button type="button" part="copy-quote">Copy quote</button>' +
  '<button type="button" part="copy-link">Copy link</button><span role="status"></span></div>';
const quoteCard = template(
  '<figure class="quote" part="base"><blockquote part="quote"></blockquote><figcaption part="attribution">' +
    `<span class="speaker"></span><span class="role"></span><span class="setting"></span></figcaption>${tools}</figure>`,
);
const postCard = template(
  '<article class="post" part="base"><header><span class="avatar" aria-hidden="true"></span><span class="author">' +
    '<span class="speaker"></span><span class="handle"></span><span class="role"></span></span>' +
    '<svg class="logo" viewBox="0 0 96 96" aria-hidden="true">' +
    '<path d="M76 5h14L58 41l38 50H66L43 61 17 91H2l34-39L0 5h30l21 27zM70 83h9L26 13h-9z"></path></svg></header>' +
    `<blockquote part="quote"></blockquote><footer part="attribution">${tools}</footer></article>`,
);

/** A link that opens a new tab, and says so to screen readers. */
function newTab(href, label) {
  const link = element('a', { part: 'link', href, target: '_blank', rel: 'noopener noreferrer' }, label);
  link.append(element('span', { class: 'visually-hidden' }, ' (opens in a new tab)'));
  return link;
}

// A listener on each copy button, as the kit has: copies the quote, or the page's address, and says so.
function copy(event) {
  const button = event.currentTarget;
  const status = button.parentNode.lastChild;
  const text =
    button.getAttribute('part') === 'copy-quote'
      ? button.closest('[part=base]').querySelector('blockquote').textContent
      : location.href;
  navigator.clipboard.writeText(text).then(
    () => (status.textContent = 'Copied'),
    () => (status.textContent = 'Copying failed'),
  );
}

/** The element class, styled with `cssText`: a variant of the CSS can be tried on the same DOM. */
export function vanillaQuoteCard(cssText) {
  const styles = sheet(cssText);
  return class VanillaQuoteCard extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      const root = this.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = [styles()];
      const data = story();
      const quote = data.quotes.find((candidate) => candidate.id === this.getAttribute('quote'));
      if (!quote) {
        root.append(document.createElement('slot'));
        return;
      }
      const card = quote.post ? postCard() : quoteCard();
      const base = card.firstChild;
      base.setAttribute('lang', data.lang ?? 'en');
      const blockquote = base.querySelector('blockquote');
      const lang = data.lang ?? 'en';
      // The story's words carry a lang of their own only where it is not the card's, as in the kit.
      if (quote.lang && quote.lang !== lang) blockquote.setAttribute('lang', quote.lang);
      for (const line of quote.text.split('\n')) blockquote.append(element('p', null, line));
      for (const button of base.querySelectorAll('.tools button')) button.addEventListener('click', copy);
      if (quote.post) {
        const { post } = quote;
        const link = X_POST_LINK.test(post.url) ? post.url : '';
        const photo = X_PHOTO_LINK.test(link);
        base.setAttribute('aria-label', `Post on ${post.platform} by ${quote.speaker}`);
        const [avatar, author] = base.firstChild.children;
        avatar.textContent = initials(quote.speaker);
        author.children[0].textContent = quote.speaker;
        author.children[1].textContent = post.handle;
        author.children[2].textContent = quote.role;
        if (photo) {
          const note = element('p', { class: 'photo', part: 'photo' });
          note.append(newTab(link, 'The post included a photo: view it on X'));
          blockquote.after(note);
        }
        const footer = base.lastChild;
        const before = footer.firstChild;
        if (quote.date) footer.insertBefore(element('time', { datetime: quote.date }, formatDate(quote.date)), before);
        if (link && !photo) footer.insertBefore(newTab(link, `View the post on ${post.platform}`), before);
        base.append(...updates(data));
      } else {
        if (quote.lead) base.prepend(element('p', { class: 'lead', part: 'lead' }, quote.lead));
        const caption = base.querySelector('figcaption');
        const [speaker, role, setting] = caption.children;
        speaker.textContent = quote.speaker;
        role.textContent = quote.role;
        setting.append(isolate(quote.setting));
        if (quote.date) setting.append(', ', element('time', { datetime: quote.date }, formatDate(quote.date)));
        caption.append(...updates(data));
      }
      root.append(card);
    }
  };
}

if (!customElements.get('vanilla-quote-card'))
  customElements.define('vanilla-quote-card', vanillaQuoteCard(css['quote-card']));
