// Shoelace's card alone (its theme CSS, needed beside it, is measured separately).
import '@shoelace-style/shoelace/dist/components/card/card.js';
