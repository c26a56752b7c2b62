// "Lit alone with one card": the smallest useful LitElement card.
import { LitElement, html, unsafeCSS } from 'lit';
import { minimalCardCss } from './minimal-card-css.js';

class LitCard extends LitElement {
  static properties = { quote: {}, speaker: {} };
  static styles = unsafeCSS(minimalCardCss);
  render() {
    // prettier-ignore
    return html`<figure part="base"><blockquote>${this.quote}</blockquote><figcaption>${this.speaker}</figcaption></figure>`;
  }
}
customElements.define('lit-card', LitCard);
