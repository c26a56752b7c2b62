// React 19 with one card: mounts a card into every element marked data-react-card.
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';

function Card({ quote, speaker }) {
  return h('figure', { className: 'card' }, h('blockquote', null, quote), h('figcaption', null, speaker));
}

for (const host of document.querySelectorAll('[data-react-card]')) {
  createRoot(host).render(h(Card, { quote: host.dataset.quote, speaker: host.dataset.speaker }));
}
