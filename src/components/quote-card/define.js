import { define } from '../../shared/define.js';
import { QuoteCard } from './quote-card.js';
define('quote-card', QuoteCard);
export { QuoteCard };
