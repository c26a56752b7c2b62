// What every page loads for pre-rendered widgets: finding them, and loading Lit's hydration only when
// there are some. The hydration itself (./hydration.ts) is a file of its own, imported on demand.

/** Widgets whose pre-rendered copy Lit hydrates rather than replaces (./hydration.ts adds them). */
export const hydrating = new WeakSet<Element>();

let hydration: Promise<unknown> | undefined;

/** A copy made by the kit's renderer opens its shadow root with a comment (./copy-marker.ts). */
export function hasCopy(element: Element): boolean {
  return element.shadowRoot?.firstChild?.nodeType === 8;
}

/**
 * Defines a tag through `define` at once, unless the page holds pre-rendered copies of it: then
 * once Lit's hydration is installed, which must happen before such an element's first update.
 * A page without pre-rendered widgets never loads it. Should it fail to load, the copies are
 * replaced by a first render, as without hydration.
 */
export function defineWhenHydratable(tag: string, define: () => void): void {
  if (!globalThis.document || ![...document.querySelectorAll(tag)].some(hasCopy)) return define();
  hydration ??= import('./hydration.js').catch(() => undefined);
  void hydration.then(define);
}
