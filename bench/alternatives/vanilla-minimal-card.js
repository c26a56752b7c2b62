// The smallest useful card written by hand: the DOM and CSS of the minimal Lit card, without Lit.
import { minimalCardCss } from './minimal-card-css.js';
import { sheet, template } from './format.js';

const styles = sheet(minimalCardCss);
const card = template('<figure part="base"><blockquote></blockquote><figcaption></figcaption></figure>');

class VanillaCard extends HTMLElement {
  connectedCallback() {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [styles()];
    const made = card();
    const [quote, speaker] = made.firstChild.children;
    quote.textContent = this.getAttribute('quote');
    speaker.textContent = this.getAttribute('speaker');
    root.append(made);
  }
}
customElements.define('vanilla-card', VanillaCard);
