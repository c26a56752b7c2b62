// The three vanilla elements in one file: the late-upgrading comparison in the layout-shift pages.
import './vanilla-quote-card.js';
import './vanilla-satellite-compare.js';
import './vanilla-coalition-summary.js';
