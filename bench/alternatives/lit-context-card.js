// Lit + @lit/context: the same minimal card, reading its data from a provider element (or a context root).
import { LitElement, html, css } from 'lit';
import { createContext, ContextConsumer, ContextProvider, ContextRoot } from '@lit/context';

const quoteContext = createContext(Symbol('quote'));
new ContextRoot().attach(document.documentElement);

class LitCardData extends LitElement {
  static properties = { data: { attribute: false } };
  provider = new ContextProvider(this, { context: quoteContext });
  updated() {
    this.provider.setValue(this.data);
  }
  render() {
    return html`<slot></slot>`;
  }
}

class LitContextCard extends LitElement {
  // prettier-ignore
  static styles = css`:host{display:block}figure{margin:0;padding:1rem;border:1px solid #d5d9e0;border-radius:10px}blockquote{margin:0;font-size:1.15rem}`;
  data = new ContextConsumer(this, { context: quoteContext, subscribe: true });
  render() {
    const quote = this.data.value;
    // prettier-ignore
    return quote ? html`<figure part="base"><blockquote>${quote.text}</blockquote><figcaption>${quote.speaker}</figcaption></figure>` : html`<slot></slot>`;
  }
}
customElements.define('lit-card-data', LitCardData);
customElements.define('lit-context-card', LitContextCard);
