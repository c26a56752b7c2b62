// "Lit alone with one card": the smallest useful LitElement card.
import { LitElement, html, css } from 'lit';

class LitCard extends LitElement {
  static properties = { quote: {}, speaker: {} };
  // prettier-ignore
  static styles = css`:host{display:block}figure{margin:0;padding:1rem;border:1px solid #d5d9e0;border-radius:10px}blockquote{margin:0;font-size:1.15rem}`;
  render() {
    // prettier-ignore
    return html`<figure part="base"><blockquote>${this.quote}</blockquote><figcaption>${this.speaker}</figcaption></figure>`;
  }
}
customElements.define('lit-card', LitCard);
