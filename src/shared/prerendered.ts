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
 * Lit's hydration, loading, when the page holds pre-rendered copies of `tag`: it must be installed
 * before such an element's first update. A page without pre-rendered widgets never loads it. Should
 * it fail to load, the copies are replaced by a first render, as without hydration.
 */
export function hydrationFor(tag: string): Promise<unknown> | undefined {
  if (globalThis.document && [...document.querySelectorAll(tag)].some(hasCopy)) {
    return (hydration ??= import('./hydration.js').catch(() => undefined));
  }
}
