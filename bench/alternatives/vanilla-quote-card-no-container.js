// Diagnostic only: the vanilla quote card with the kit's CSS minus `container-type: inline-size`,
// to show what the container queries cost in layout (the DOM is the same).
import { css } from '../.build/kit-css.js';
import { vanillaQuoteCard } from './vanilla-quote-card.js';

customElements.define(
  'vanilla-quote-card-nc',
  vanillaQuoteCard(css['quote-card'].replace(/container-type:\s*inline-size;?/g, '')),
);
