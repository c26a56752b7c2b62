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
 * Runs `then` at once, or, when the page holds pre-rendered copies of `tag`, once Lit's hydration has
 * loaded: it must be installed before such an element's first update. A page without pre-rendered
 * widgets never loads it. Should it fail to load, the copies are replaced by a first render, as
 * without hydration.
 */
export function afterHydrationFor(tag: string, then: () => void): void {
  if (globalThis.document && [...document.querySelectorAll(tag)].some(hasCopy)) {
    void (hydration ??= import('./hydration.js').catch(() => {})).then(then);
  } else then();
}
