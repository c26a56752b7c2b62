import type { LitElement } from 'lit';

/**
 * A snippet from the embed builder may carry the widget pre-rendered as declarative shadow DOM,
 * so the page shows it at its final size before the kit loads. The first render replaces it, in
 * the same task, so no frame shows the widget empty.
 */
export function replacePrerendered(element: LitElement, root: HTMLElement | DocumentFragment) {
  root.replaceChildren();
  element.renderOptions.renderBefore = null;
  return root;
}
