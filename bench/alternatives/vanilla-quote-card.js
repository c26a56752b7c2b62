// A hand-written custom element producing the same DOM (and using the same CSS) as <quote-card>.
import { css } from '../.build/kit-css.js';
import { element, formatDate, sheet, story, template } from './format.js';

const quoteCard = template(
  '<figure class="quote" part="base"><blockquote part="quote"></blockquote><figcaption part="attribution">' +
    '<span class="speaker"></span><span class="role"></span><span class="setting"></span></figcaption></figure>',
);
const postCard = template(
  '<article class="post" part="base"><header><span class="avatar" aria-hidden="true"></span><span class="author">' +
    '<span class="speaker"></span><span class="handle"></span></span><span class="network" aria-hidden="true"></span></header>' +
    '<blockquote part="quote"></blockquote><footer part="attribution"></footer></article>',
);

const initials = (name) =>
  name
    .split(/\s+/)
    .map((word) => word.charAt(0))
    .join('')
    .slice(0, 2)
    .toUpperCase();

/** The element class, styled with `cssText` (the benchmark also defines it with a variant of the CSS). */
export function vanillaQuoteCard(cssText) {
  const styles = sheet(cssText);
  return class VanillaQuoteCard extends HTMLElement {
    connectedCallback() {
      if (this.shadowRoot) return;
      const root = this.attachShadow({ mode: 'open' });
      root.adoptedStyleSheets = [styles()];
      const quote = story().quotes.find((candidate) => candidate.id === this.getAttribute('quote'));
      if (!quote) {
        root.append(document.createElement('slot'));
        return;
      }
      const card = quote.post ? postCard() : quoteCard();
      const base = card.firstChild;
      const blockquote = base.querySelector('blockquote');
      for (const line of quote.text.split('\n')) blockquote.append(element('p', null, line));
      if (quote.post) {
        const { post } = quote;
        base.setAttribute('aria-label', `Post on ${post.platform} by ${quote.speaker}`);
        const header = base.firstChild;
        header.children[0].textContent = initials(quote.speaker);
        header.children[1].children[0].textContent = quote.speaker;
        header.children[1].children[1].textContent = post.handle;
        header.children[2].textContent = post.platform;
        const footer = base.lastChild;
        if (quote.date) footer.append(element('time', { datetime: quote.date }, formatDate(quote.date)));
        if (/^https?:\/\//i.test(post.url)) {
          footer.append(
            element(
              'a',
              { part: 'link', href: post.url, target: '_blank', rel: 'noopener noreferrer' },
              `View the post on ${post.platform}`,
            ),
          );
        }
      } else {
        const [speaker, role, setting] = base.lastChild.children;
        speaker.textContent = quote.speaker;
        role.textContent = quote.role;
        setting.textContent = quote.date ? `${quote.setting}, ` : quote.setting;
        if (quote.date) setting.append(element('time', { datetime: quote.date }, formatDate(quote.date)));
      }
      root.append(card);
    }
  };
}

if (!customElements.get('vanilla-quote-card'))
  customElements.define('vanilla-quote-card', vanillaQuoteCard(css['quote-card']));
