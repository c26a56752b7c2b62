// The CSS of the two minimal cards (Lit and vanilla): the anchors a card of the kit is measured against.
export const minimalCardCss =
  ':host{display:block}figure{margin:0;padding:1rem;border:1px solid #d5d9e0;border-radius:10px}blockquote{margin:0;font-size:1.15rem}';
